import WorkbookCore

extension Workbook {
  /// Puts the reference's production code in place on the way to `upcoming` (or to the end of
  /// the lesson when it is nil), when a break step is left or reached.
  ///
  /// A break step's change is made to the reference's code, since it is the reference's tests
  /// that the lesson asks about: on arrival the code is the reference's after the break step,
  /// and on leaving it, the reference's as the next stop expects it. The test doubles that the
  /// lesson's break steps change come along with the code, since they play the roles it
  /// changes. The learner's own code is saved first when it matches no recorded step, and the
  /// workbook says where.
  func putReferenceCode(before upcoming: Step?, of lesson: Lesson) throws {
    let number =
      upcoming.map { $0.kind == .break ? $0.number : $0.number - 1 } ?? lesson.steps.count
    let doubles = lesson.steps.filter { $0.kind == .break }
      .flatMap { $0.writes.keys.filter(lesson.isTestPath) }
    let saved = try workspace.materialise(
      lesson.state(after: number), of: lesson, folders: [lesson.kataFolder] + doubles)
    reportSaved(saved)
  }

  /// Shows the change that break step `step` makes to the reference's code, and asks the
  /// learner to predict what it breaks before they run the tests.
  func showBreak(_ step: Step, of lesson: Lesson) {
    let before = lesson.state(after: step.number - 1)
    let after = lesson.state(after: step.number)
    let doubles = lesson.tests(of: after).changedPaths(since: lesson.tests(of: before)).sorted()
    terminal.print("This step changes the production code on purpose.")
    terminal.print(
      doubles.isEmpty
        ? "The tests stay as they are."
        : "The tests stay as they are; the test doubles change with the role they play: "
          + "\(doubles.joined(separator: ", ")).")
    terminal.print("The code in \(lesson.kataFolder) is now the reference's, with this change:")
    terminal.print("")
    printProductionChange(of: step, in: lesson)
    if !doubles.isEmpty {
      printDiff(from: lesson.tests(of: before), to: lesson.tests(of: after))
    }
    terminal.print("")
    terminal.print("Which tests will break? Say it before you look, with how many, or which:")
    terminal.print("  swift run workbook check --predict 2")
    terminal.print("  swift run workbook check --predict 'Suite/test(),Suite/other()'")
    terminal.print("Then read in the lesson's text why those break and the others do not.")
  }
}
