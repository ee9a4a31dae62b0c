import WorkbookCore

/// The rules a change must keep before `record` or `insert` makes it a step: those `verify`
/// would check without running the tests, so that CI never finds what recording could have.
public enum DraftRules {
  /// Every rule that `draft`, turning `previous` into `current`, would break as the step after
  /// the first `draft.number - 1` steps of `lesson`.
  public static func breaches(
    of draft: Step, from previous: Snapshot, to current: Snapshot, in lesson: Lesson
  ) -> [Breach] {
    var history = ContinuityRules.History()
    var learnerWritten = ContinuityRules.LearnerWrittenTests(rules: lesson.rules)
    var state = Snapshot()
    var tests: [String: String] = [:]
    for step in lesson.steps.prefix(draft.number - 1) {
      let next = step.applied(to: state)
      let nextTests = ContinuityRules.tests(of: next, in: lesson)
      _ = history.check(step, from: state, to: next)
      _ = learnerWritten.check(step, before: tests, after: nextTests)
      (state, tests) = (next, nextTests)
    }
    let before = ContinuityRules.tests(of: previous, in: lesson)
    let after = ContinuityRules.tests(of: current, in: lesson)
    return StepRules.changes(of: draft, from: previous, to: current, in: lesson)
      + ContinuityRules.tests(of: draft, before: before, after: after)
      + history.check(draft, from: previous, to: current)
      + learnerWritten.check(draft, before: before, after: after)
      + newTestsThatCheckNothing(in: current, besides: Set(before.keys), of: lesson)
  }

  /// A breach for the tests of `snapshot`, not among `known`, that record no expectation.
  private static func newTestsThatCheckNothing(
    in snapshot: Snapshot, besides known: Set<String>, of lesson: Lesson
  ) -> [Breach] {
    let idle = TestSourceScan(files: lesson.tests(of: snapshot).texts).tests
      .filter { !known.contains($0.name) && !$0.checksSomething }
    guard !idle.isEmpty else { return [] }
    let named = idle.map { "\($0.name) at \($0.file):\($0.line)" }.joined(separator: ", ")
    return [
      Breach(
        rule: "every new test records an expectation",
        seen: "\(named) checks nothing, so it can never fail; add an #expect or #require")
    ]
  }
}
