import WorkbookCore

/// One small fault in one production file: where it is, what it changes, and the file it makes.
public struct Mutant: Equatable, Sendable {
  /// The mutant's number in its run, from 1.
  public let id: Int
  /// The kind of fault.
  public let `operator`: MutationOperator
  /// The file's path, relative to the repository root.
  public let file: String
  /// The first line the fault changes, from 1.
  public let line: Int
  /// What changes, in words that follow "when": "`==` becomes `!=`".
  public let description: String
  /// The changed line(s) before, each trimmed, joined by newlines.
  let originalLines: String
  /// The same line(s) after, each trimmed, joined by newlines; empty for a removed statement.
  let mutatedLines: String
  /// The whole file before.
  let originalFile: String
  /// The whole file with the fault in it.
  let mutatedFile: String

  /// What names this mutant across edits that move it to another line.
  var key: MutantKey {
    MutantKey(
      file: file, operator: `operator`, originalLines: originalLines, mutatedLines: mutatedLines)
  }

  /// The fault as a unified diff of its file.
  public var diff: String {
    FileDiff(path: file, old: originalFile, new: mutatedFile).unified
  }

  /// The file's name without its folders, as a learner reads it.
  public var fileName: String {
    file.split(separator: "/").last.map(String.init) ?? file
  }
}

/// A mutant's stable name: its file, operator, and the text of its line(s) before and after.
///
/// It has no line number, so it still names the same mutant when code above it moves.
struct MutantKey: Hashable, Sendable, Codable {
  /// The file's path, relative to the repository root.
  let file: String
  /// The kind of fault.
  let `operator`: MutationOperator
  /// The changed line(s) before, trimmed.
  let originalLines: String
  /// The changed line(s) after, trimmed; empty for a removed statement.
  let mutatedLines: String
}
