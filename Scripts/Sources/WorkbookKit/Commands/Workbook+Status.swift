import WorkbookCore

extension Workbook {
  /// Prints the curriculum with progress and the next command to type.
  func status() throws -> Int32 {
    let progress = try progress()
    let listed = try workspace.lessons.recordedEntries()
    let recorded = listed.map(\.slug)
    let numbers = Set(listed.map(\.number))
    let entries = (listed + Curriculum.entries.filter { !numbers.contains($0.number) })
      .sorted { $0.number < $1.number }
    terminal.print(
      terminal.bold("TDD Workbook") + ": learn test-driven development one failing test at a time.")
    terminal.print("")
    let width = entries.map(\.title.count).max() ?? 0
    for entry in entries {
      let isCurrent = entry.slug == progress.lesson || entry.slug == progress.practising
      let marker = isCurrent ? "▶" : " "
      let title = entry.title.padded(to: width + 2)
      let state: String
      if entry.slug == progress.lesson {
        let lesson = try workspace.lessons.lesson(named: entry.slug)
        let step = try lesson.step(progress.step).map {
          try workingStep(at: $0, of: lesson, progress: progress).number
        }
        state = "at step \(step ?? progress.step) of \(lesson.steps.count)"
      } else if entry.slug == progress.practising {
        state = "free practice"
      } else if progress.finished.contains(entry.slug) {
        state = "finished"
      } else {
        state = recorded.contains(entry.slug) ? "ready" : "planned"
      }
      terminal.print(
        " \(marker) \(entry.slug.prefix(2))  \(title)\(state.padded(to: 19))\(entry.technique)")
    }
    terminal.print("")
    if progress.predictions > 0 {
      terminal.print("Predictions: \(progress.predictionsHeld) of \(progress.predictions) held.")
    }
    if let practising = progress.practising, progress.lesson == nil {
      terminal.print(
        "Free practice in lesson \(practising.prefix(2)): 'swift run workbook check' runs its "
          + "tests as you left them.")
    }
    terminal.print("Next: \(nextCommand(progress, recorded: recorded))")
    return 0
  }

  private func nextCommand(_ progress: LearnerProgress, recorded: [String]) -> String {
    if progress.lesson != nil {
      return "swift run workbook check"
    }
    // The lesson after the last one finished comes next; a lesson skipped on the way is
    // suggested only once none is left after it.
    let lastFinished = recorded.lastIndex { progress.finished.contains($0) } ?? -1
    let unfinished = recorded.indices.filter { !progress.finished.contains(recorded[$0]) }
    let upcoming = (unfinished.first { $0 > lastFinished } ?? unfinished.first).map { recorded[$0] }
    guard let upcoming else {
      return "you have finished every recorded lesson; more are planned"
    }
    return "swift run workbook start \(upcoming.prefix(2))"
  }
}
