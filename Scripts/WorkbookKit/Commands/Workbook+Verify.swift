import Foundation

extension Workbook {
  /// Replays every step of one lesson, or of all, and reports each broken rule.
  func verify(_ name: String?, updatingText: Bool) throws -> Int32 {
    let lessons =
      try name.map { [try workspace.lessons.lesson(named: $0)] } ?? workspace.lessons.allLessons()
    var verifier = Verifier(workspace: workspace, runner: runner)
    verifier.pacer = pacer
    var violations: [Violation] = []
    for lesson in lessons {
      let started = Date()
      let text = workspace.root.appendingPathComponent("\(lesson.lessonFolder)README.md")
      let textBefore = FileManager.default.contents(atPath: text.path)
      terminal.print("Verifying lesson \(lesson.paddedNumber): \(lesson.steps.count) steps")
      let found = try verifier.verify(lesson, updatingText: updatingText) { step, outcome in
        let colour = outcome.colour
        let mark = terminal.paint(colour.rawValue.padded(to: 5), colour)
        terminal.print(
          "  \(String(format: "%2d", step.number)) \(step.kind.rawValue.padded(to: 8)) → \(mark)  \(step.title)"
        )
      }
      violations += found
      if updatingText {
        let rewritten = FileManager.default.contents(atPath: text.path) != textBefore
        terminal.print(
          "  \(lesson.lessonFolder)README.md: "
            + (rewritten ? "generated blocks rewritten" : "generated blocks already up to date"))
      }
      let seconds = Date().timeIntervalSince(started)
      terminal.print(
        String(format: "  %.1f s, %.1f s per step", seconds, seconds / Double(lesson.steps.count)))
    }
    for violation in violations {
      terminal.printError("Error: \(violation)")
    }
    guard violations.isEmpty else {
      terminal.printError("\(violations.count) broken rule(s).")
      return 1
    }
    terminal.print(
      terminal.paint("Every step of \(lessons.count) lesson(s) keeps every rule.", .green))
    return 0
  }
}
