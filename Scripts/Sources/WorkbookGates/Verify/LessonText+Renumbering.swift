import Foundation

/// Renumbering a lesson text's steps, when a step is inserted or dropped.
extension LessonText {
  /// The text with its steps renumbered: each `### Step N (…)` heading and each `at step N`
  /// marker names step `renumbered(N)` instead. The section of a step that `renumbered` maps to
  /// nil, from its heading to the next heading, is removed.
  ///
  /// - Returns: the text, and the lines (from 1, in this text) of the markers outside those
  ///   sections that name a removed step; they are left as they are.
  public func renumbered(_ renumbered: (Int) -> Int?) -> (text: String, stale: [Int]) {
    var result: [String] = []
    var stale: [Int] = []
    var removing = false
    for (index, line) in lines.enumerated() {
      if let heading = Self.stepNumber(inHeading: line) {
        removing = renumbered(heading) == nil
        if let new = renumbered(heading) {
          result.append("### Step \(new) (" + line.dropFirst("### Step \(heading) (".count))
        }
        continue
      }
      if line.hasPrefix("## ") || line.hasPrefix("### ") {
        removing = false
      }
      guard !removing else { continue }
      guard let step = Self.stepNumber(inMarker: line) else {
        result.append(line)
        continue
      }
      guard let new = renumbered(step) else {
        stale.append(index + 1)
        result.append(line)
        continue
      }
      result.append(Self.marker(line, naming: new))
    }
    return (result.joined(separator: "\n"), stale)
  }

  /// The text with `section` added as the section of step `number`: before the heading of step
  /// `number + 1`, else after the section of step `number - 1`, else at the end.
  public func inserting(_ section: String, asStep number: Int) -> String {
    let headings = lines.indices.map { Self.stepNumber(inHeading: lines[$0]) }
    var position = lines.count
    if let next = headings.firstIndex(of: number + 1) {
      position = next
    } else if let previous = headings.firstIndex(of: number - 1) {
      position =
        lines[(previous + 1)...].firstIndex { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
        ?? lines.count
    }
    var result = lines
    result.insert(contentsOf: section.components(separatedBy: "\n"), at: position)
    return result.joined(separator: "\n")
  }

  /// The number of the step that `line` heads, as in `### Step 3 (red): A title`.
  private static func stepNumber(inHeading line: String) -> Int? {
    guard line.hasPrefix("### Step ") else { return nil }
    return Int(line.dropFirst("### Step ".count).prefix { $0 != " " })
  }

  /// The step that the marker `line` names, as in `<!-- workbook: check at step 3 -->`.
  private static func stepNumber(inMarker line: String) -> Int? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("<!-- workbook:"), trimmed.hasSuffix("-->") else { return nil }
    let words = trimmed.dropLast(3).split(separator: " ")
    guard words.count >= 3, words[words.count - 3] == "at", words[words.count - 2] == "step"
    else { return nil }
    return Int(words[words.count - 1])
  }

  /// The marker `line` naming step `number` instead of its own.
  private static func marker(_ line: String, naming number: Int) -> String {
    guard let range = line.range(of: " at step ", options: .backwards) else { return line }
    let end = line[range.upperBound...].firstIndex(of: " ") ?? line.endIndex
    return line.replacingCharacters(in: range.upperBound..<end, with: "\(number)")
  }
}
