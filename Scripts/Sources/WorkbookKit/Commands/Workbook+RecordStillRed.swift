import WorkbookCore

extension Workbook {
  /// The outer tests a step being recorded keeps red, each with the message it fails with in
  /// `run`: those named with `--still-red`, and those the lesson's last step left red (a red
  /// step followed by this one stays red), as long as they still fail. It says which ones it carries over and which ones
  /// turned green.
  ///
  /// - Throws: a failure when a named test does not fail in `run`, or when the step is amber.
  func outerStillRed(
    in run: Outcome, kind: StepKind, named: [String], carriedFrom lesson: Lesson
  ) throws -> [StillRedTest] {
    guard kind != .amber else {
      guard named.isEmpty else {
        throw WorkbookError.failure(
          "cannot record an amber step with --still-red: it runs no tests")
      }
      return []
    }
    guard case .ran(_, let failures) = run else { return [] }
    // A failing step after a red one makes that red step stay red: its tests become outer too.
    var carried: [String] = []
    if let last = lesson.steps.last {
      let following = Lesson(entry: lesson.entry, steps: lesson.steps + [last.draft(of: kind)])
      carried = following.outerStillRed(leftBy: last).map(\.test)
    }
    var outer: [StillRedTest] = []
    for test in carried + named where !outer.contains(where: { $0.test == test }) {
      guard let failure = failures.first(where: { $0.test == test }) else {
        guard named.contains(test) else {
          terminal.print(
            "\(test) passes now: the outer loop is closed, so it is no longer kept red.")
          continue
        }
        throw WorkbookError.failure(
          "cannot keep \(test) red: it does not fail in this run; name tests as Suite/function()")
      }
      if !named.contains(test) {
        terminal.print("\(test) still fails: kept red, as the step before left it.")
      }
      outer.append(StillRedTest(test: test, message: failure.message))
    }
    return outer
  }
}

extension Step {
  /// A stand-in for the step of `kind` about to be recorded after this one.
  fileprivate func draft(of kind: StepKind) -> Step {
    Step(
      number: number + 1, folder: "", kind: kind, title: "", expectation: .allPass, hints: [],
      writes: [:], deletes: [])
  }
}
