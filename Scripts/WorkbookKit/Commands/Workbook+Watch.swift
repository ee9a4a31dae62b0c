import Foundation

extension Workbook {
  /// Runs `check` now and again each time a file of the current lesson is saved.
  ///
  /// - Parameters:
  ///   - pause: waits between two looks at the files; a tenth of a second by default.
  ///   - shouldStop: asked after each look; `watch` runs until Ctrl-C when it never says yes.
  func watch(
    pause: () -> Void = { Thread.sleep(forTimeInterval: 0.1) },
    shouldStop: () -> Bool = { false }
  ) throws -> Int32 {
    var (lesson, _, _) = try currentPosition()
    var seen = try workspace.currentFiles(of: lesson)
    _ = try check(predicting: nil)
    terminal.print("")
    terminal.print("Watching \(lesson.kataFolder) and \(lesson.testsFolder); press Ctrl-C to stop.")
    while !shouldStop() {
      pause()
      lesson = try currentPosition().lesson
      let files = try workspace.currentFiles(of: lesson)
      guard files != seen else { continue }
      seen = files
      terminal.print("")
      terminal.print(String(repeating: "─", count: 72))
      _ = try check(predicting: nil)
    }
    return 0
  }
}
