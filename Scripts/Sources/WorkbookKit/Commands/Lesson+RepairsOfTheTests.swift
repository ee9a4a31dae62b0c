import WorkbookCore

extension Lesson {
  /// The refactorings of the tests after `step` and before the next failing step, which `next`
  /// brings in on its way there: repairs of the tests that the learner may make first, their own
  /// way, and compare with the reference's. Under strict rules there are none, since `next`
  /// stops at each refactoring of the tests for the learner to make.
  func repairsOfTheTests(after step: Step) -> [Step] {
    guard rules == .standard else { return [] }
    return steps.dropFirst(step.number).prefix { !$0.kind.isFailing }.filter { later in
      later.kind == .refactor && later.writes.keys.contains(where: isTestPath)
    }
  }
}
