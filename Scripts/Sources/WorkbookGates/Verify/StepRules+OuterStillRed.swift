import WorkbookCore

extension StepRules {
  /// Checks that each outer test the step keeps red ran and failed for its declared reason.
  ///
  /// A run that does not compile says nothing about them; the rules of the step's kind report it.
  static func outerStillRed(of step: Step, _ outcome: Outcome) -> [Breach] {
    guard case .ran(let tests, let failures) = outcome else { return [] }
    return step.outerStillRed.compactMap { outer in
      let rule = "\(step.kind) keeps \(outer.test) red"
      guard tests.contains(outer.test) else {
        return Breach(
          rule: rule, seen: "no test is named \(outer.test): name tests as Suite/function()")
      }
      guard let failure = failures.first(where: { $0.test == outer.test }) else {
        return Breach(
          rule: rule, seen: "it passed; the outer loop is done, so drop it from outerStillRed")
      }
      guard failure.message.contains(outer.message) else {
        return Breach(
          rule: "\(outer.test) stays red with \"\(outer.message)\"",
          seen: "it failed with \"\(failure.message)\"")
      }
      return nil
    }
  }
}
