extension Workbook {
  /// Shows the reference's production code for the current step as a diff from the learner's.
  ///
  /// At a failing step that is the code of the green step that follows it: how the reference
  /// made the test pass. At a green or refactor step it is the code of that step. Only the
  /// production code is compared, and nothing is written.
  func peek() throws -> Int32 {
    let (lesson, step, _) = try currentPosition()
    let shown =
      step.kind.isFailing
      ? lesson.steps.dropFirst(step.number).first { !$0.kind.isFailing } ?? step : step
    let reference = lesson.production(of: lesson.state(after: shown.number))
    let yours = lesson.production(of: try workspace.currentFiles(of: lesson))
    let source =
      shown.number == step.number
      ? "at step \(step.number) (\(shown.kind): \(shown.title))"
      : "once step \(step.number) passes, at step \(shown.number) (\(shown.kind): \(shown.title))"
    terminal.print("The reference's production code \(source), as a change from yours:")
    guard reference != yours else {
      terminal.print("Your production code is the reference's, line for line.")
      return 0
    }
    terminal.print("")
    printDiff(from: yours, to: reference, sides: ("yours", "reference"), gitHeaders: false)
    terminal.print("")
    terminal.print("Your code need not match to be right: the tests decide. Nothing was changed.")
    return 0
  }
}
