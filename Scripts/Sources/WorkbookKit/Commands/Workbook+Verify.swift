import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Replays every step of one lesson, or of all, and reports each broken rule.
  ///
  /// - Parameter rendering: whether to rewrite the generated blocks of each lesson's text from
  ///   the steps and their runs first, and say which blocks changed.
  func verify(_ name: String?, rendering: Bool) throws -> Int32 {
    var violations: [Violation] = []
    let lessons: [Lesson]
    if let name {
      lessons = [try workspace.lessons.lesson(named: name)]
    } else {
      (lessons, violations) = try everyLesson()
    }
    var verifier = Verifier(workspace: workspace, runner: runner)
    verifier.pacer = pacer
    for lesson in lessons {
      let started = Date()
      let textPath = "\(lesson.lessonFolder)README.md"
      let textBefore = (workspace.text(at: textPath) ?? "")
      terminal.print(
        "\(rendering ? "Rendering" : "Verifying") lesson \(lesson.paddedNumber): \(lesson.steps.count) steps"
      )
      violations += try verifier.verify(lesson, rendering: rendering) { step, outcome in
        let colour = outcome.colour
        let mark = terminal.paint(colour.rawValue.padded(to: 5), colour)
        terminal.print(
          "  \(String(format: "%2d", step.number)) \(step.kind.rawValue.padded(to: 8)) → \(mark)  \(step.title)"
        )
      }
      if rendering {
        terminal.print(
          "  \(textPath): \(renderedBlocks(from: textBefore, to: (workspace.text(at: textPath) ?? "")))"
        )
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

  /// Every lesson of `Package.swift`'s list that loads, and a violation for each problem of
  /// those that do not and for each folder of `Lessons/` the list leaves out: none is skipped.
  private func everyLesson() throws -> (lessons: [Lesson], violations: [Violation]) {
    var lessons: [Lesson] = []
    var violations: [Violation] = []
    for entry in try workspace.lessons.recordedEntries() {
      do {
        lessons.append(try workspace.lessons.load(entry))
      } catch let error as WorkbookError {
        violations += error.message.split(separator: "\n").map { problem in
          Violation(
            lesson: entry.slug, step: nil, rule: "every listed lesson loads", seen: String(problem))
        }
      }
    }
    for folder in try workspace.lessons.unlistedFolders() {
      violations.append(
        Violation(
          lesson: folder, step: nil, rule: "every lesson is listed in Package.swift",
          seen: LessonLoader.unlisted(folder)))
    }
    return (lessons, violations)
  }

  /// Which generated blocks differ between two versions of a lesson text, named by their line.
  private func renderedBlocks(from before: String, to after: String) -> String {
    let old = LessonText(before).blocks()
    let new = LessonText(after).blocks()
    let changed = zip(old, new).filter { $0.contents != $1.contents }.map(\.1.markerLine)
    guard !changed.isEmpty else {
      return "all \(new.count) generated blocks already up to date"
    }
    let lines = changed.map(String.init).joined(separator: ", ")
    return "\(changed.count) of \(new.count) generated blocks rewritten (markers on lines \(lines))"
  }
}
