import Foundation

extension Workbook {
  /// Runs `check` now and again each time a file of the current lesson is saved.
  ///
  /// After each check it sums up in one line. A check that cannot run, say because a test
  /// crashed, is reported and watching goes on. Ctrl-C, even in the middle of a check, ends it
  /// quietly.
  ///
  /// - Parameters:
  ///   - pause: waits between two looks at the files; a tenth of a second by default.
  ///   - shouldStop: asked before each look and after a check fails; true once Ctrl-C is pressed.
  func watch(
    pause: () -> Void = { Thread.sleep(forTimeInterval: 0.1) },
    shouldStop: () -> Bool = Interrupt.listen()
  ) throws -> Int32 {
    var (lesson, _, _) = try currentPosition()
    var seen = try workspace.currentFiles(of: lesson)
    watchedCheck(shouldStop: shouldStop)
    terminal.print("Watching \(lesson.kataFolder) and \(lesson.testsFolder); press Ctrl-C to stop.")
    while !shouldStop() {
      pause()
      lesson = try currentPosition().lesson
      let files = try workspace.currentFiles(of: lesson)
      guard files != seen else { continue }
      seen = files
      terminal.print("")
      terminal.print(String(repeating: "─", count: 72))
      watchedCheck(shouldStop: shouldStop)
    }
    terminal.print("Stopped watching.")
    return 0
  }

  /// Runs one check and its one-line summary; a check that cannot run is reported, not thrown.
  private func watchedCheck(shouldStop: () -> Bool) {
    do {
      let (report, step) = try runCheck(predicting: nil)
      let count = try currentPosition().lesson.steps.count
      terminal.print("")
      terminal.print(
        terminal.paint(
          "▶ Step \(step.number) of \(count) (\(step.kind)) · \(report.summary)", report.colour))
    } catch {
      guard !shouldStop() else { return }
      let message = (error as? WorkbookError)?.message ?? error.localizedDescription
      terminal.printError("Error: \(message)")
    }
  }
}
