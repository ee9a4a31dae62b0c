import WorkbookCore

extension CheckReport {
  /// Reads `outcome` in free practice, after the last step of `lesson`: the colour and what
  /// failed, and what a learner writing their own tests makes of it.
  init(practising lesson: Lesson, outcome: Outcome, root: String) {
    let summary = outcome.summary(relativeTo: root)
    let advice: [String] =
      switch outcome.colour {
      case .green:
        [
          "Every test passes. Write the next test of the lesson's exercises, or tidy up.",
          "'swift run workbook' shows what comes next.",
        ]
      case .red:
        [
          "If it is the test you have just written, that is your red: make it pass.",
          "If not, your last change broke a test: undo it, or fix it.",
        ]
      case .amber:
        [
          "If your new test asks for code that is not there yet, that is your red: make it compile.",
          "If not, fix the errors above, or undo your last change.",
        ]
      }
    self.init(
      lines: summary + [""] + advice, colour: outcome.colour, isOnTrack: outcome.colour == .green,
      summary: String(summary[0].dropLast()))
  }
}
