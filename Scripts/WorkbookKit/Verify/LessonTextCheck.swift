import Foundation

/// Checks, or rewrites, the generated blocks of a lesson's `README.md` against its steps.
struct LessonTextCheck {
  let workspace: Workspace
  let lesson: Lesson
  /// What `check` shows of each step's run, by step number.
  let outputs: [Int: String]

  private var path: String { lesson.lessonFolder + "README.md" }

  /// The blocks that disagree with the steps; with `updating`, the text is rewritten first.
  func violations(updating: Bool) throws -> [Violation] {
    let url = workspace.root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return [violation("every lesson has a text", seen: "there is no \(path)")]
    }
    var text = LessonText(String(decoding: data, as: UTF8.self))
    do {
      if updating {
        let rewritten = try text.rewritten(expectedContents)
        try FileTree.write(Data(rewritten.utf8), to: url)
        text = LessonText(rewritten)
      }
      return try text.blocks().compactMap(check) + text.stepHeadings().compactMap(check)
    } catch let problem as TextProblem {
      return [violation("the lesson text's markers are well formed", seen: located(problem))]
    }
  }

  private func check(_ block: LessonText.Block) -> Violation? {
    let place = "\(path):\(block.markerLine)"
    guard let expected = expectedContents(block.source) else {
      return violation(
        "the lesson text shows only steps and files that exist",
        seen: "\(place) names \(describe(block.source)), which does not exist")
    }
    guard expected != block.contents else { return nil }
    let shown = block.contents.components(separatedBy: "\n")
    let wanted = expected.components(separatedBy: "\n")
    let index =
      zip(shown, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(shown.count, wanted.count)
    let there = index < wanted.count ? "\"\(wanted[index])\"" : "nothing more"
    return violation(
      "the lesson text shows what the steps really hold",
      seen: "\(path):\(block.markerLine + 2 + index): the block differs from "
        + "\(describe(block.source)), which has \(there) there; "
        + "run 'swift run workbook verify --update-text \(lesson.paddedNumber)'")
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

  private func expectedContents(_ source: LessonText.Source) -> String? {
    switch source {
    case .output(let step):
      return outputs[step]
    case .file(let file, let step):
      guard lesson.step(step) != nil, let data = lesson.state(after: step).files[file] else {
        return nil
      }
      let contents = String(decoding: data, as: UTF8.self)
      return contents.hasSuffix("\n") ? String(contents.dropLast()) : contents
    }
  }

  private func describe(_ source: LessonText.Source) -> String {
    switch source {
    case .output(let step): "the output of step \(step)"
    case .file(let file, let step): "\(file) at step \(step)"
    }
  }

  private func located(_ problem: TextProblem) -> String {
    "\(path):\(problem.line): \(problem.reason)"
  }

  private func violation(_ rule: String, seen: String) -> Violation {
    Violation(lesson: lesson.entry.slug, step: nil, rule: rule, seen: seen)
  }
}
