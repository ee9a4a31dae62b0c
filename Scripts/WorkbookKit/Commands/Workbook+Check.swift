extension Workbook {
  /// Runs the current lesson's tests and says what the result means.
  func check() throws -> Int32 {
    let (lesson, step, _) = try currentPosition()
    terminal.print(
      "Lesson \(lesson.paddedNumber), step \(step.number) of \(lesson.steps.count) "
        + "(\(step.kind)): \(step.title)")
    terminal.print("Running swift test --filter '\(lesson.testFilter)' on a copy of the lesson …")
    terminal.print("")
    let outcome = try runTests(of: lesson)
    let report = CheckReport(
      lesson: lesson, step: step, outcome: outcome, root: workspace.root.path)
    for (index, line) in report.lines.enumerated() {
      terminal.print(index == 0 ? terminal.paint(line, report.colour) : line)
    }
    return report.isOnTrack ? 0 : 1
  }
}
