import WorkbookCore

extension Workbook {
  /// Puts the reference's production code in place on the way to `upcoming` (or to the end of
  /// the lesson when it is nil), when a break step is left or reached.
  ///
  /// A break step's change is made to the reference's code, since it is the reference's tests
  /// that the lesson asks about: on arrival the code is the reference's after the break step,
  /// and on leaving it, the reference's as the next stop expects it. The learner's own code is
  /// saved first when it matches no recorded step, and the workbook says where.
  func putReferenceCode(before upcoming: Step?, of lesson: Lesson) throws {
    let number =
      upcoming.map { $0.kind == .break ? $0.number : $0.number - 1 } ?? lesson.steps.count
    let saved = try workspace.materialise(
      lesson.state(after: number), of: lesson, folders: [lesson.kataFolder])
    reportSaved(saved)
  }

  /// Shows the change that break step `step` makes to the reference's code, and asks the
  /// learner to predict what it breaks before they run the tests.
  func showBreak(_ step: Step, of lesson: Lesson) {
    terminal.print(
      "This step changes the production code on purpose; the tests stay as they are.")
    terminal.print("The code in \(lesson.kataFolder) is now the reference's, with this change:")
    terminal.print("")
    printProductionChange(of: step, in: lesson)
    terminal.print("")
    terminal.print("Which tests will break? Say it before you look, with how many, or which:")
    terminal.print("  swift run workbook check --predict 2")
    terminal.print("  swift run workbook check --predict 'Suite/test(),Suite/other()'")
    terminal.print("Then read in the lesson's text why those break and the others do not.")
  }
}
