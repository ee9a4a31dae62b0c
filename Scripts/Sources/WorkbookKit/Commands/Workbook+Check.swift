import WorkbookCore

extension Workbook {
  /// Runs the current lesson's tests and says what the result means.
  ///
  /// - Parameter prediction: the colour the learner expects, to be confirmed or not.
  func check(predicting prediction: Colour?) throws -> Int32 {
    try runCheck(predicting: prediction).report.isOnTrack ? 0 : 1
  }

  /// Runs and prints a check; returns its report, the step the learner works on (nil in free
  /// practice, after a lesson's last step), and whether it printed notes about the learner's
  /// mistakes.
  func runCheck(predicting prediction: Colour?) throws -> (
    report: CheckReport, step: Step?, hasNotes: Bool
  ) {
    if let (lesson, progress) = try practisedLesson() {
      let report = try runPracticeCheck(of: lesson, progress: progress, predicting: prediction)
      return (report, nil, false)
    }
    var (lesson, step, progress) = try currentPosition()
    terminal.print(try positionLine(at: step, of: lesson, progress: progress))
    terminal.print("Running swift test --filter '\(lesson.testFilter)' on a copy of the lesson …")
    terminal.print("")
    let files = try workspace.currentFiles(of: lesson)
    let report: CheckReport
    let mistakes: Mistakes
    if progress.gradesOwnTest(at: step) {
      report = try gradedCheck(of: lesson, at: step, files: files, progress: &progress)
      mistakes = Mistakes(
        lesson: lesson, step: step, files: files, progress: progress, colour: report.colour)
    } else {
      let outcome = try runTests(of: lesson)
      mistakes = Mistakes(
        lesson: lesson, step: step, files: files, progress: progress,
        colour: CheckReport.closing(outcome, at: step, of: lesson).colour)
      report = CheckReport(
        lesson: lesson, step: progress.expected(at: step), outcome: outcome,
        root: workspace.root.path, codeAsFound: mistakes.codeAsFound,
        testsEdited: !mistakes.editedTestFiles.isEmpty)
    }
    for (index, line) in report.lines.enumerated() {
      terminal.print(index == 0 ? terminal.paint(line, report.colour) : line)
    }
    for line in mistakes.lines {
      terminal.print(terminal.paint(line, .amber))
    }
    progress.checkedThisStep = true
    judge(prediction ?? progress.pendingPrediction, actual: report.colour, progress: &progress)
    try progress.save(to: workspace)
    let working = try workingStep(at: step, of: lesson, progress: progress)
    return (report, working, !mistakes.lines.isEmpty)
  }

  /// Counts the learner's prediction of a run, if they made one, and says whether it held.
  func judge(_ prediction: Colour?, actual: Colour, progress: inout LearnerProgress) {
    guard let prediction else { return }
    progress.pendingPrediction = nil
    progress.predicted(prediction, saw: actual)
    terminal.print("")
    terminal.print(predictionVerdict(prediction, actual: actual, progress: progress))
  }

  private func predictionVerdict(_ prediction: Colour, actual: Colour, progress: LearnerProgress)
    -> String
  {
    let tally = "\(progress.predictionsHeld) of \(progress.predictions) predictions held."
    guard prediction != actual else {
      return "You predicted \(prediction), and it is \(actual): \(tally)"
    }
    return "You predicted \(prediction), but it is \(actual): \(tally) "
      + "A surprise is worth a minute: what did you expect the code to do, and why did it not?"
  }

  /// Notes the colour the learner expects from the next check, or from watch's next run.
  func predict(_ colour: Colour) throws -> Int32 {
    var progress = try practisedLesson()?.progress ?? currentPosition().progress
    progress.pendingPrediction = colour
    try progress.save(to: workspace)
    terminal.print(
      "Noted: you expect \(colour). Save your change, or run 'swift run workbook check', "
        + "to see if you were right.")
    return 0
  }
}
