import WorkbookCore

extension Workbook {
  /// The finished lesson the learner practises in, with their progress, or nil when a lesson
  /// is in progress or none was finished since the last one started.
  func practisedLesson() throws -> (lesson: Lesson, progress: LearnerProgress)? {
    let progress = try progress()
    guard progress.lesson == nil, let slug = progress.practising,
      try workspace.lessons.recordedEntries().contains(where: { $0.slug == slug })
    else { return nil }
    return (try workspace.lessons.lesson(named: slug), progress)
  }

  /// Runs the tests of a finished lesson as the learner left them and says red or green
  /// plainly: no step expects anything any more, so there is no verdict on the colour.
  func runPracticeCheck(
    of lesson: Lesson, progress: LearnerProgress, predicting prediction: Colour?
  ) throws -> CheckReport {
    var progress = progress
    terminal.print(
      "Lesson \(lesson.paddedNumber) is finished: free practice, its tests as you left them.")
    terminal.print("Running swift test --filter '\(lesson.testFilter)' on a copy of the lesson …")
    terminal.print("")
    let report: CheckReport
    do {
      report = CheckReport(
        practising: lesson, outcome: try runTests(of: lesson), root: workspace.root.path)
    } catch WorkbookError.crashed(let words) {
      report = CheckReport.crashed(words, lesson: lesson)
    }
    for (index, line) in report.lines.enumerated() {
      terminal.print(index == 0 ? terminal.paint(line, report.colour) : line)
    }
    judge(prediction ?? progress.pendingPrediction, of: report, progress: &progress)
    try progress.save(to: workspace)
    return report
  }
}
