import WorkbookCore

/// The rules only a lesson with strict rules follows, beyond what `StepRules` checks for every
/// lesson in the light of `LessonRules`.
enum StrictRules {
  /// Checks that a green step of a strict lesson wrote its logic around the tests'
  /// expectations without changing them, so that the step still answers the same question.
  static func expectations(
    of step: Step, from before: Snapshot, to after: Snapshot, in lesson: Lesson
  )
    -> [Breach]
  {
    guard lesson.rules == .strict, step.kind == .green else { return [] }
    let changed = lesson.testsWithChangedExpectations(from: before, to: after)
    guard let first = changed.first else { return [] }
    return [
      Breach(
        rule: "strict green keeps the tests' expectations",
        seen: "\(first) changed its #expect, #require or Issue.record lines")
    ]
  }
}
