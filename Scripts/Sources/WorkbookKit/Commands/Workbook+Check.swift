import WorkbookCore

extension Workbook {
  /// Runs the current lesson's tests and says what the result means.
  ///
  /// - Parameters:
  ///   - prediction: the colour the learner expects, to be confirmed or not.
  ///   - breaks: at a break step, the tests the learner expects its change to break.
  func check(predicting prediction: Colour?, breaks: BreakPrediction? = nil) throws -> Int32 {
    try runCheck(predicting: prediction, breaks: breaks).report.isOnTrack ? 0 : 1
  }

  /// Runs and prints a check; returns its report, the step the learner works on (nil in free
  /// practice, after a lesson's last step), and whether it printed notes about the learner's
  /// mistakes.
  func runCheck(predicting prediction: Colour?, breaks: BreakPrediction? = nil) throws -> (
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
    var failing: Set<String> = []
    var ran: Set<String> = []
    if progress.gradesOwnTest(at: step) {
      report = try gradedCheck(of: lesson, at: step, files: files, progress: &progress)
      mistakes = Mistakes(
        lesson: lesson, step: step, files: files, progress: progress, colour: report.colour)
    } else {
      let outcome: Outcome
      do {
        outcome = try runTests(of: lesson)
      } catch WorkbookError.crashed(let words) {
        report = CheckReport.crashed(words, lesson: lesson)
        mistakes = Mistakes(
          lesson: lesson, step: step, files: files, progress: progress, colour: .red)
        return try finishCheck(
          report, mistakes: mistakes, at: step, of: lesson, progress: &progress,
          predicting: prediction, breaks: breaks, failing: [], ran: [])
      }
      if case .ran(let tests, let failures) = outcome {
        failing = Set(failures.map(\.test))
        ran = tests
      }
      mistakes = Mistakes(
        lesson: lesson, step: step, files: files, progress: progress,
        colour: CheckReport.closing(outcome, at: step, of: lesson).colour)
      report = CheckReport(
        lesson: lesson, step: progress.expected(at: step), outcome: outcome,
        root: workspace.root.path, codeAsFound: mistakes.codeAsFound,
        testsEdited: mistakes.editedTestsByMistake,
        changedCodeUnderStrictRules: mistakes.changedCodeUnderStrictRules)
    }
    return try finishCheck(
      report, mistakes: mistakes, at: step, of: lesson, progress: &progress,
      predicting: prediction, breaks: breaks, failing: failing, ran: ran)
  }

  /// Prints `report` and the notes of `mistakes`, judges the learner's prediction, saves the
  /// progress, and returns what `runCheck` returns.
  ///
  /// - Parameters:
  ///   - failing: the tests that failed in the run, which a prediction of what breaks names.
  ///   - ran: the tests that ran.
  private func finishCheck(
    _ report: CheckReport, mistakes: Mistakes, at step: Step, of lesson: Lesson,
    progress: inout LearnerProgress, predicting prediction: Colour?, breaks: BreakPrediction?,
    failing: Set<String>, ran: Set<String>
  ) throws -> (report: CheckReport, step: Step?, hasNotes: Bool) {
    for (index, line) in report.lines.enumerated() {
      terminal.print(index == 0 ? terminal.paint(line, report.colour) : line)
    }
    for line in mistakes.lines {
      terminal.print(terminal.paint(line, .amber))
    }
    progress.checkedThisStep = true
    if step.kind == .break, prediction ?? progress.pendingPrediction != nil {
      // A break step is meant to fail; its colour is no guess worth a point.
      progress.pendingPrediction = nil
      terminal.print("")
      terminal.print(
        "At a break step, predict what breaks, not a colour: how many tests, as in "
          + "check --predict 2, or which, by name. Your colour was not counted.")
    } else {
      judge(prediction ?? progress.pendingPrediction, of: report, progress: &progress)
    }
    if case .tests(let named) = breaks, let unknown = named.first(where: { !ran.contains($0) }) {
      terminal.print("")
      terminal.print(
        "No test of the lesson is named \(unknown): name each test as check lists it, "
          + "Suite/function(). Your prediction was not counted.")
    } else if let breaks {
      let (held, sentence) = breaks.judged(against: failing)
      progress.counted(predictionHeld: held)
      terminal.print("")
      terminal.print(
        "\(sentence): \(progress.predictionsHeld) of \(progress.predictions) predictions held."
          + (held ? "" : " Which test pins down what the change touched, and which does not?"))
    }
    try progress.save(to: workspace)
    let working = try workingStep(at: step, of: lesson, progress: progress)
    return (report, working, !mistakes.lines.isEmpty)
  }

  /// Counts the learner's prediction of the run of `report`, if they made one, and says
  /// whether it held.
  func judge(_ prediction: Colour?, of report: CheckReport, progress: inout LearnerProgress) {
    guard let prediction else { return }
    progress.pendingPrediction = nil
    progress.predicted(prediction, saw: report.colour)
    terminal.print("")
    terminal.print(predictionVerdict(prediction, of: report, progress: progress))
  }

  /// Whether `prediction` held for the run of `report`, and the tally so far. A prediction is of
  /// the whole run, as its first line shows it: in a double loop, a run whose unit is green is
  /// red while the acceptance test still fails, and the verdict says so to whoever predicted
  /// green.
  private func predictionVerdict(
    _ prediction: Colour, of report: CheckReport, progress: LearnerProgress
  ) -> String {
    let actual = report.colour
    let tally = "\(progress.predictionsHeld) of \(progress.predictions) predictions held."
    guard prediction != actual else {
      return "You predicted \(prediction), and it is \(actual): \(tally)"
    }
    guard !(report.onlyOuterTestsFail && prediction == .green) else {
      return "You predicted green, but it is red: \(tally) Your unit is green, as you expected, "
        + "but a run is red while any test fails, and the acceptance test still does, as the "
        + "step expects. Predict the colour of the whole run."
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
