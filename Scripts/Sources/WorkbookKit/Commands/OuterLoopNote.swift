import WorkbookCore

/// What `check` and `next` say about the outer tests a step keeps red, the acceptance tests of
/// the double loop, once the inner loop has been judged without them.
struct OuterLoopNote {
  /// The lines to add to the report; empty when the step keeps no outer test red.
  let lines: [String]
  /// Words for the one-line summary after the colour of the run, such as " (only the
  /// acceptance test, as expected)"; empty when there is nothing to add.
  let summaryQualifier: String

  /// Reads `outcome` for the outer tests of `step` of `lesson`.
  init(lesson: Lesson, step: Step, outcome: Outcome) {
    let outerTests = lesson.outerStillRed(during: step).map(\.test)
    guard case .ran(_, let failures) = outcome, !outerTests.isEmpty else {
      lines = []
      summaryQualifier = ""
      return
    }
    let failing = Set(failures.map(\.test))
    let innerIsGreen =
      outcome.settingAside(lesson.outerStillRed(during: step)).colour == .green
    let mayStayRed = Set(lesson.outerStillRed(onceGreen: step).map(\.test))
    var lines: [String] = []
    var qualifier = ""
    for outer in outerTests {
      switch (failing.contains(outer), innerIsGreen, mayStayRed.contains(outer)) {
      case (true, false, true):
        lines.append(
          "The acceptance test \(outer) is still red too, as expected: "
            + "it turns green only when the inner work is done.")
        qualifier = " (the acceptance test too, as expected)"
      case (true, false, false):
        lines.append(
          "The acceptance test \(outer) is still red too, as expected: "
            + "the work that makes this step's test pass should turn it green as well.")
        qualifier = " (the acceptance test too, as expected)"
      case (true, true, true):
        lines.append("Your unit is green; the acceptance test \(outer) is still red, as expected.")
        qualifier = " (only the acceptance test, as expected)"
      case (true, true, false):
        lines.append(
          "Your unit is green, and the acceptance test \(outer) is all that is left: "
            + "this step's work should turn it green. Read its failure above.")
      case (false, _, true):
        lines.append(
          "The acceptance test \(outer) already passes, earlier than step \(step.number) expects. "
            + "Fine if you went further; read it to be sure it passes for the right reason.")
      case (false, _, false):
        lines.append(
          "The acceptance test \(outer) passes now: the outer loop is closed, "
            + "and the feature works end to end.")
        qualifier = ", the acceptance test too"
      }
    }
    self.lines = [""] + lines
    summaryQualifier = qualifier
  }

  /// What `next` says on arriving at `target`: which outer tests stay red through it, and which
  /// ones its work should turn green.
  static func arriving(at target: Step, of lesson: Lesson) -> [String] {
    let mayStayRed = Set(lesson.outerStillRed(onceGreen: target).map(\.test))
    return lesson.outerStillRed(during: target).map { outer in
      mayStayRed.contains(outer.test)
        ? "The acceptance test \(outer.test) stays red through this step, as expected: "
          + "work in the inner loop, one unit test at a time."
        : "Once this step's test passes, the acceptance test \(outer.test) should pass too."
    }
  }
}
