/// A line-by-line difference between two texts, rendered as a unified diff.
public struct TextDiff: Sendable, Equatable {
  /// The steps that turn the old lines into the new lines, in reading order.
  private let edits: [Edit]

  /// Compares `old` with `new` line by line. An empty string means "no file" only for labelling;
  /// content-wise it has zero lines.
  public init(old: String, new: String) {
    edits = Self.editScript(from: Line.lines(of: old), to: Line.lines(of: new))
  }

  /// Lines added.
  public var insertions: Int {
    edits.count { $0.kind == .insertion }
  }

  /// Lines removed.
  public var deletions: Int {
    edits.count { $0.kind == .deletion }
  }

  /// True when the two texts are identical.
  public var isEmpty: Bool {
    edits.allSatisfy { $0.kind == .common }
  }

  /// The unified diff (like `diff -u` / `git diff`): a `--- oldLabel` line, a `+++ newLabel` line,
  /// then `@@ -a,b +c,d @@` hunks with `context` lines of context, ' ', '-' and '+' prefixed lines.
  /// Returns "" when isEmpty.
  public func unified(oldLabel: String, newLabel: String, context: Int = 3) -> String {
    precondition(context >= 0, "context must not be negative")
    guard !isEmpty else { return "" }

    var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
    for range in hunkRanges(context: context) {
      output += header(for: range)
      for edit in edits[range] {
        output += edit.unifiedLine
      }
    }
    return output
  }
}

// MARK: - Reading the changes

extension TextDiff {
  /// One run of changed lines between two unchanged ones.
  public struct Change: Equatable, Sendable {
    /// The lines of the old text it replaces, as indices from 0; empty for a pure insertion,
    /// which then goes before the line at `oldLines.lowerBound`.
    public let oldLines: Range<Int>
    /// The lines it removes, each with its line break.
    public let removed: [String]
    /// The lines it adds, each with its line break.
    public let added: [String]
  }

  /// The lines of `text` as `changes` counts them, each with its line break.
  public static func lines(of text: String) -> [String] {
    Line.lines(of: text).map(\.text)
  }

  /// Every run of changed lines, in reading order.
  public var changes: [Change] {
    var changes: [Change] = []
    var oldIndex = 0
    var start = 0
    var removed: [String] = []
    var added: [String] = []
    for edit in edits + [Edit(kind: .common, line: Line(bytes: []))] {
      switch edit.kind {
      case .deletion:
        removed.append(edit.line.text)
        oldIndex += 1
      case .insertion:
        added.append(edit.line.text)
      case .common:
        if !removed.isEmpty || !added.isEmpty {
          changes.append(Change(oldLines: start..<oldIndex, removed: removed, added: added))
          removed = []
          added = []
        }
        oldIndex += 1
        start = oldIndex
      }
    }
    return changes
  }
}

// MARK: - Building the edit script

extension TextDiff {
  /// Finds a shortest edit script: skips the shared head and tail, then runs LCS on the rest.
  private static func editScript(from old: [Line], to new: [Line]) -> [Edit] {
    let headCount = zip(old, new).prefix { $0 == $1 }.count
    let tailCount = zip(old.dropFirst(headCount).reversed(), new.dropFirst(headCount).reversed())
      .prefix { $0 == $1 }
      .count

    let head = old.prefix(headCount).map { Edit(kind: .common, line: $0) }
    let middle = longestCommonSubsequenceEdits(
      from: old[headCount..<(old.count - tailCount)],
      to: new[headCount..<(new.count - tailCount)]
    )
    let tail = old.suffix(tailCount).map { Edit(kind: .common, line: $0) }
    return head + deletionsBeforeInsertions(middle) + tail
  }

  /// Diffs two line ranges with the classic longest-common-subsequence table.
  private static func longestCommonSubsequenceEdits(
    from old: ArraySlice<Line>,
    to new: ArraySlice<Line>
  ) -> [Edit] {
    let old = Array(old)
    let new = Array(new)
    let table = SuffixLCSTable(old: old, new: new)

    var edits: [Edit] = []
    var oldIndex = 0
    var newIndex = 0
    while oldIndex < old.count, newIndex < new.count {
      if old[oldIndex] == new[newIndex] {
        edits.append(Edit(kind: .common, line: old[oldIndex]))
        oldIndex += 1
        newIndex += 1
      } else if table[oldIndex + 1, newIndex] >= table[oldIndex, newIndex + 1] {
        edits.append(Edit(kind: .deletion, line: old[oldIndex]))
        oldIndex += 1
      } else {
        edits.append(Edit(kind: .insertion, line: new[newIndex]))
        newIndex += 1
      }
    }
    edits += old[oldIndex...].map { Edit(kind: .deletion, line: $0) }
    edits += new[newIndex...].map { Edit(kind: .insertion, line: $0) }
    return edits
  }

  /// Reorders each run of changes so its deletions come before its insertions, as `diff -u` does.
  private static func deletionsBeforeInsertions(_ edits: [Edit]) -> [Edit] {
    var ordered: [Edit] = []
    var pendingInsertions: [Edit] = []
    for edit in edits {
      switch edit.kind {
      case .insertion:
        pendingInsertions.append(edit)
      case .deletion:
        ordered.append(edit)
      case .common:
        ordered += pendingInsertions
        pendingInsertions.removeAll()
        ordered.append(edit)
      }
    }
    return ordered + pendingInsertions
  }
}

// MARK: - Rendering hunks

extension TextDiff {
  /// Groups the changes into ranges of `edits`, padded with context and merged when they touch.
  private func hunkRanges(context: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for index in edits.indices where edits[index].kind != .common {
      let lowerBound = max(index - context, 0)
      let upperBound = min(index + 1 + context, edits.count)
      if let last = ranges.last, lowerBound <= last.upperBound {
        ranges[ranges.count - 1] = last.lowerBound..<upperBound
      } else {
        ranges.append(lowerBound..<upperBound)
      }
    }
    return ranges
  }

  /// Writes the `@@ -a,b +c,d @@` line for the hunk covering `range`.
  private func header(for range: Range<Int>) -> String {
    let before = edits[..<range.lowerBound]
    let hunk = edits[range]
    let oldSpan = Self.span(
      linesBefore: before.count { $0.kind.isInOldText },
      count: hunk.count { $0.kind.isInOldText }
    )
    let newSpan = Self.span(
      linesBefore: before.count { $0.kind.isInNewText },
      count: hunk.count { $0.kind.isInNewText }
    )
    return "@@ -\(oldSpan) +\(newSpan) @@\n"
  }

  /// Formats a line range as GNU diff does, where an empty range starts at the line before it.
  private static func span(linesBefore: Int, count: Int) -> String {
    let start = count == 0 ? linesBefore : linesBefore + 1
    return "\(start),\(count)"
  }
}

// MARK: - Supporting types

/// One line of a text, kept as UTF-8 bytes together with its "\n" terminator, if it has one.
///
/// Bytes make comparison exact: `String` equality treats canonically equivalent text as equal
/// and would read "\r\n" as a single character.
private struct Line: Sendable, Equatable {
  private static let newline = UInt8(ascii: "\n")

  let bytes: [UInt8]

  /// Whether the line ends with "\n"; only the last line of a text can lack it.
  var endsWithNewline: Bool {
    bytes.last == Self.newline
  }

  /// The line as text, including its terminator.
  var text: String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Splits `text` after every "\n"; the empty text has no lines.
  static func lines(of text: String) -> [Line] {
    var lines: [Line] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
      current.append(byte)
      if byte == newline {
        lines.append(Line(bytes: current))
        current.removeAll()
      }
    }
    if !current.isEmpty {
      lines.append(Line(bytes: current))
    }
    return lines
  }
}

/// One step of an edit script: a line kept, removed from the old text, or added by the new one.
private struct Edit: Sendable, Equatable {
  enum Kind: Sendable {
    case common
    case deletion
    case insertion

    /// The character that starts this kind of line in a unified diff.
    var prefix: String {
      switch self {
      case .common: " "
      case .deletion: "-"
      case .insertion: "+"
      }
    }

    var isInOldText: Bool { self != .insertion }
    var isInNewText: Bool { self != .deletion }
  }

  let kind: Kind
  let line: Line

  /// The line as it appears in a unified diff, with git's marker when it lacks a final newline.
  var unifiedLine: String {
    let marker = line.endsWithNewline ? "" : "\n\\ No newline at end of file\n"
    return kind.prefix + line.text + marker
  }
}

/// The lengths of the longest common subsequences of every pair of suffixes of two line arrays.
private struct SuffixLCSTable {
  private let columnCount: Int
  private var lengths: [Int]

  init(old: [Line], new: [Line]) {
    columnCount = new.count + 1
    lengths = Array(repeating: 0, count: (old.count + 1) * columnCount)
    for oldIndex in old.indices.reversed() {
      for newIndex in new.indices.reversed() {
        lengths[oldIndex * columnCount + newIndex] =
          old[oldIndex] == new[newIndex]
          ? self[oldIndex + 1, newIndex + 1] + 1
          : max(self[oldIndex + 1, newIndex], self[oldIndex, newIndex + 1])
      }
    }
  }

  /// The LCS length of `old[oldIndex...]` and `new[newIndex...]`.
  subscript(oldIndex: Int, newIndex: Int) -> Int {
    lengths[oldIndex * columnCount + newIndex]
  }
}
