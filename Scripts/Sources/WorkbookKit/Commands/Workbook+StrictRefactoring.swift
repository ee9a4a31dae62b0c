import WorkbookCore

extension Workbook {
  /// Whether `step` is a refactoring of a strict lesson that changes the tests: an extraction
  /// of code written in them, or a move of that code into production code.
  func isStrictRefactoringOfTests(_ step: Step, in lesson: Lesson) -> Bool {
    lesson.rules == .strict && step.kind == .refactor
      && step.writes.keys.contains(where: lesson.isTestPath)
  }

  /// The last step whose work the learner has done on leaving `step`: `step`, and the green
  /// steps right after it, which they made pass themselves. Under strict rules such a green
  /// changes the tests, so its change is the learner's own, and not one to merge into their
  /// tests; under standard rules it changes no test, so this is `step` as far as tests go.
  func stepDone(leaving step: Step, in lesson: Lesson) -> Step {
    lesson.steps.dropFirst(step.number).prefix { $0.kind == .green }.last ?? step
  }

  /// Shows the reference's refactoring at `step`, tests and production code both, and how to
  /// make it.
  func showStrictRefactoring(_ step: Step, of lesson: Lesson) {
    let isMove = step.writes.keys.contains(where: lesson.isProductionPath)
    terminal.print(
      isMove
        ? "The reference moves code out of its tests here (strict rules):"
        : "The reference refactors its tests here (strict rules):")
    terminal.print("the tests are as they were just before. This is the whole change:")
    terminal.print("")
    printDiff(from: lesson.state(after: step.number - 1), to: lesson.state(after: step.number))
    terminal.print("")
    terminal.print(
      "Make the same change in your files, in small edits, running 'swift run workbook check'")
    terminal.print(
      "after each: it stays green. What comes next builds on it, so do not skip it;")
    terminal.print("'swift run workbook peek' shows the reference's code. Then run next again.")
  }
}
