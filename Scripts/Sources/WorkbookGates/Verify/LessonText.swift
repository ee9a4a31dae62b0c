import Foundation
import WorkbookCore

/// A lesson's text with its generated blocks: fenced blocks that show a step's file, the change
/// a step makes to a file, or the output of a step's test run, each announced by a marker
/// comment that Markdown does not render.
///
/// ```
/// <!-- workbook: file Katas/Lesson01RedGreenRefactor/IdempotencyCache.swift at step 2 -->
/// <!-- workbook: change to Katas/Lesson01RedGreenRefactor/IdempotencyCache.swift at step 4 -->
/// <!-- workbook: swift test at step 3 -->
/// <!-- workbook: check at step 3 -->
/// <!-- workbook: audit at step 2 -->
/// <!-- workbook: breaks at step 6 -->
/// ```
///
/// The line after a marker opens a fenced block; `verify` checks its contents against the
/// steps, and `render` rewrites them.
public struct LessonText {
  /// Where a generated block's contents come from.
  public enum Source: Hashable, Sendable {
    /// A file of the lesson as it is at a step.
    case file(path: String, step: Int)
    /// The change a step makes to a file, as a unified diff.
    case change(path: String, step: Int)
    /// What `swift test` prints at a step, normalised.
    case swiftTest(step: Int)
    /// What `workbook check` says at a step.
    case check(step: Int)
    /// What `workbook audit` says about a step's tests, over `LessonText.auditRuns` runs, with
    /// its times rounded.
    case audit(step: Int)
    /// How many tests of each suite fail in a step's run, and which: what a break step's
    /// change breaks, from the run itself.
    case breaks(step: Int)

    /// The step whose state or run the block shows.
    var step: Int {
      switch self {
      case .file(_, let step), .change(_, let step), .swiftTest(let step), .check(let step),
        .audit(let step), .breaks(let step):
        step
      }
    }
  }

  /// A generated block: its source, the line of its marker (from 1) and its contents.
  public struct Block: Equatable {
    public let source: Source
    public let markerLine: Int
    public let contents: String
  }

  /// How many runs of a step's tests an audit block reports on: enough to show the report,
  /// few enough for `verify`; `workbook audit --runs 20` is the search for flaky tests.
  static let auditRuns = 3

  let lines: [String]

  /// Reads `text`.
  public init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Every generated block whose marker can be read, in order.
  public func blocks() -> [Block] {
    scan().spans.map { span in
      Block(
        source: span.source, markerLine: span.marker + 1,
        contents: lines[span.body].joined(separator: "\n"))
    }
  }

  /// Every marker that cannot be read, such as one of an unknown kind or one without a fenced
  /// block after it, in order.
  func problems() -> [TextProblem] {
    scan().problems
  }

  /// The text with each generated block's contents replaced by `contents(source)`; markers that
  /// cannot be read are left as they are.
  func rewritten(_ contents: (Source) -> String?) -> String {
    var result = lines
    for span in scan().spans.reversed() {
      guard let new = contents(span.source) else { continue }
      result.replaceSubrange(span.body, with: new.isEmpty ? [] : new.components(separatedBy: "\n"))
    }
    return result.joined(separator: "\n")
  }

  /// A heading that introduces a step, such as `### Step 2 (green): Fake it`.
  struct StepHeading: Equatable {
    let line: Int
    let number: Int
    let kind: String
    let title: String
  }

  /// Every step heading, in order.
  func stepHeadings() -> [StepHeading] {
    lines.enumerated().compactMap { index, line in
      guard line.hasPrefix("### Step "), let colon = line.range(of: "): ") else { return nil }
      let label = line[line.index(line.startIndex, offsetBy: 9)..<colon.lowerBound]
      let parts = label.split(separator: " (", maxSplits: 1)
      guard parts.count == 2, let number = Int(parts[0]) else { return nil }
      return StepHeading(
        line: index + 1, number: number, kind: String(parts[1]),
        title: String(line[colon.upperBound...]))
    }
  }

  private struct Span {
    let source: Source
    let marker: Int
    let body: Range<Int>
  }

  /// Reads every marker: the blocks of those that can be read, and the problems of the rest.
  /// A fenced block that is never closed ends the reading, as nothing after it can be told apart.
  private func scan() -> (spans: [Span], problems: [TextProblem]) {
    var spans: [Span] = []
    var problems: [TextProblem] = []
    var index = 0
    while index < lines.count {
      defer { index += 1 }
      let source: Source
      do {
        guard let read = try Self.source(in: lines[index], line: index + 1) else { continue }
        source = read
      } catch {
        problems.append(error)
        continue
      }
      let open = index + 1
      guard open < lines.count, lines[open].hasPrefix("```") else {
        problems.append(
          TextProblem(
            line: index + 1, reason: "a workbook marker must be followed by a ``` block"))
        continue
      }
      guard let close = lines[(open + 1)...].firstIndex(where: { $0 == "```" }) else {
        problems.append(TextProblem(line: open + 1, reason: "the ``` block is never closed"))
        break
      }
      spans.append(Span(source: source, marker: index, body: (open + 1)..<close))
      index = close
    }
    return (spans, problems)
  }

  private static func source(in line: String, line number: Int) throws(TextProblem) -> Source? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("<!-- workbook:"), trimmed.hasSuffix("-->") else { return nil }
    let words = trimmed.dropFirst("<!-- workbook:".count).dropLast(3).split(separator: " ")
    if words.count >= 3, words.suffix(3).dropLast().elementsEqual(["at", "step"]),
      let step = words.last.flatMap({ Int($0) })
    {
      let what = words.dropLast(3).map(String.init)
      switch (what.first, what.count) {
      case ("file", 2): return .file(path: what[1], step: step)
      case ("change", 3) where what[1] == "to": return .change(path: what[2], step: step)
      case ("swift", 2) where what[1] == "test": return .swiftTest(step: step)
      case ("check", 1): return .check(step: step)
      case ("audit", 1): return .audit(step: step)
      case ("breaks", 1): return .breaks(step: step)
      default: break
      }
    }
    throw TextProblem(
      line: number,
      reason: "unknown marker; write '<!-- workbook: WHAT at step N -->', where WHAT is "
        + "'file PATH', 'change to PATH', 'swift test', 'check', 'audit' or 'breaks'")
  }
}

/// Why a lesson text's markers cannot be read.
struct TextProblem: Error, Equatable {
  /// The line, from 1.
  let line: Int
  /// What is wrong there.
  let reason: String
}
