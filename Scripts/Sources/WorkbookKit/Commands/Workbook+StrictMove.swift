import WorkbookCore

extension Workbook {
  /// Whether `step` is a refactoring of a strict lesson that moves code out of the tests into
  /// production code, changing both.
  func isMoveOutOfTests(_ step: Step, in lesson: Lesson) -> Bool {
    lesson.rules == .strict && step.kind == .refactor
      && step.writes.keys.contains(where: lesson.isTestPath)
      && step.writes.keys.contains(where: lesson.isProductionPath)
  }

  /// Shows the reference's move at `step`, tests and production code both, and how to make it.
  func showMove(_ step: Step, of lesson: Lesson) {
    terminal.print(
      "The reference moves code out of its tests here (strict rules): the tests are as they were")
    terminal.print("just before the move. This is the whole move, tests and production code:")
    terminal.print("")
    printDiff(from: lesson.state(after: step.number - 1), to: lesson.state(after: step.number))
    terminal.print("")
    terminal.print(
      "Make the same move in your files, in small edits, running 'swift run workbook check' after")
    terminal.print(
      "each: it stays green. The tests that come next use what the move creates, so do not skip it;"
    )
    terminal.print("'swift run workbook peek' shows the reference's code. Then run next again.")
  }
}
