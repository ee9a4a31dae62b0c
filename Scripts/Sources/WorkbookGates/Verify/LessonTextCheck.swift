import Foundation
import WorkbookCore

/// Checks, or rewrites, the generated blocks of a lesson's `README.md` against its steps.
struct LessonTextCheck {
  let workspace: Workspace
  let lesson: Lesson
  /// What each step's test run printed, for the blocks that show a run.
  let outputs: [LessonText.Source: String]

  private var path: String { lesson.lessonFolder + "README.md" }

  /// The blocks that disagree with the steps; with `updating`, the text is rewritten first.
  func violations(updating: Bool) throws -> [Violation] {
    guard let written = workspace.text(at: path) else {
      return [violation("every lesson has a text", seen: "there is no \(path)")]
    }
    var text = LessonText(written)
    if updating {
      let rewritten = text.rewritten { try? contents(of: $0) }
      try FileTree.write(Data(rewritten.utf8), to: workspace.root.appendingPathComponent(path))
      text = LessonText(rewritten)
    }
    let markers = text.problems().map { problem in
      violation("the lesson text's markers are well formed", seen: located(problem))
    }
    return markers + text.blocks().compactMap(check) + text.stepHeadings().compactMap(check)
  }

  private func check(_ block: LessonText.Block) -> Violation? {
    let expected: String
    do {
      expected = try contents(of: block.source)
    } catch {
      return violation(
        "the lesson text shows only steps and files that exist",
        seen: "\(path):\(block.markerLine) shows \(describe(block.source)), but \(error.reason)")
    }
    guard expected != block.contents else { return nil }
    let shown = block.contents.components(separatedBy: "\n")
    let wanted = expected.components(separatedBy: "\n")
    let index =
      zip(shown, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(shown.count, wanted.count)
    let there = index < wanted.count ? "\"\(wanted[index])\"" : "nothing more"
    let instead = index < shown.count ? "\"\(shown[index])\"" : "nothing"
    return violation(
      "the lesson text shows what the steps really hold",
      seen: "\(path):\(block.markerLine + 2 + index): the block shows \(instead) where "
        + "\(describe(block.source)) has \(there); "
        + "run 'swift run workbook render \(lesson.paddedNumber)'")
  }

  private func check(_ heading: LessonText.StepHeading) -> Violation? {
    let place = "\(path):\(heading.line)"
    guard let step = lesson.step(heading.number) else {
      return violation(
        "the lesson text's step headings match the steps",
        seen: "\(place) names step \(heading.number), which does not exist")
    }
    guard step.kind.rawValue != heading.kind || step.title != heading.title else { return nil }
    return violation(
      "the lesson text's step headings match the steps",
      seen: "\(place) reads \"\(heading.kind): \(heading.title)\", "
        + "but step \(step.number) is \"\(step.kind): \(step.title)\"")
  }

  /// Why a block's source cannot be shown.
  private struct Missing: Error {
    let reason: String
  }

  /// What the block for `source` must hold.
  private func contents(of source: LessonText.Source) throws(Missing) -> String {
    guard lesson.step(source.step) != nil else {
      throw Missing(reason: "the lesson's steps are numbered 1 to \(lesson.steps.count)")
    }
    switch source {
    case .file(let file, let step):
      guard let text = lesson.state(after: step).text(at: file) else {
        throw Missing(reason: "there is no such file at step \(step)")
      }
      return Self.withoutFinalNewline(text)
    case .change(let file, let step):
      let diff = FileDiff(
        path: file, from: lesson.state(after: step - 1), to: lesson.state(after: step))
      guard diff.old != diff.new else {
        throw Missing(reason: "step \(step) does not change that file")
      }
      return Self.withoutFinalNewline(diff.unified)
    case .swiftTest, .check, .breaks:
      guard let output = outputs[source] else {
        throw Missing(
          reason: "step \(source.step)'s run does not show what the step declares, so the block "
            + "is left as it was; mend the step first")
      }
      return output
    case .audit(let step):
      guard let output = outputs[source] else {
        throw Missing(reason: "the tests of step \(step) do not compile, so they cannot be audited")
      }
      return output
    }
  }

  private static func withoutFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }

  private func describe(_ source: LessonText.Source) -> String {
    switch source {
    case .file(let file, let step): "\(file) at step \(step)"
    case .change(let file, let step): "the change to \(file) at step \(step)"
    case .swiftTest(let step): "what swift test prints at step \(step)"
    case .check(let step): "what workbook check says at step \(step)"
    case .audit(let step): "what workbook audit says at step \(step)"
    case .breaks(let step): "the tests that break at step \(step), suite by suite"
    }
  }

  private func located(_ problem: TextProblem) -> String {
    "\(path):\(problem.line): \(problem.reason)"
  }

  private func violation(_ rule: String, seen: String) -> Violation {
    Violation(lesson: lesson.entry.slug, step: nil, rule: rule, seen: seen)
  }
}
