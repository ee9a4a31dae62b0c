import Foundation
import WorkbookCore

/// Parsing of the commands that write lessons: `record`, `new` and `insert` share their words.
extension Command {
  /// Reads `new <NN-slug> "<title>"`.
  static func parseNew(_ words: [String]) throws -> Command {
    guard LessonList.isWellFormed(words[0]) else {
      throw WorkbookError.usage(
        "a lesson's slug is two digits and lower-case words joined by dashes, "
          + "such as 02-baby-steps, not '\(words[0])'")
    }
    guard !words[1].trimmingCharacters(in: .whitespaces).isEmpty else {
      throw WorkbookError.usage("a lesson needs a title")
    }
    return .new(slug: words[0], title: words[1])
  }

  /// Reads `insert <kind> "<title>" [--hint "<hint>"]… [--undoes <step>]…`.
  static func parseInsert(_ words: [String]) throws -> Command {
    var words = words
    let hints = try takeHints(from: &words, for: "insert")
    let undoes = try takeUndoes(from: &words)
    let (kind, title) = try kindAndTitle(words, for: "insert")
    return .insert(kind: kind, title: title, hints: hints, undoes: undoes)
  }

  /// Removes every `--undoes <step>` from `words` and returns the step numbers, in order: the
  /// earlier steps whose change the new step takes back on purpose.
  static func takeUndoes(from words: inout [String]) throws -> [Int] {
    var undoes: [Int] = []
    while let flag = words.firstIndex(of: "--undoes") {
      guard flag + 1 < words.count, let step = Int(words[flag + 1]) else {
        throw WorkbookError.usage(
          "--undoes needs the number of the step it takes back, as in --undoes 3")
      }
      undoes.append(step)
      words.removeSubrange(flag...(flag + 1))
    }
    return undoes
  }

  /// Removes every `--hint <text>` from `words` and returns the texts, in order; at most three.
  static func takeHints(from words: inout [String], for name: String) throws -> [String] {
    var hints: [String] = []
    while let flag = words.firstIndex(of: "--hint") {
      guard flag + 1 < words.count else {
        throw WorkbookError.usage(
          "--hint needs a text after it, as in: --hint \"Look at the key.\"")
      }
      hints.append(words[flag + 1])
      words.removeSubrange(flag...(flag + 1))
    }
    guard hints.count <= 3 else {
      throw WorkbookError.usage("a step has one to three hints, not \(hints.count)")
    }
    return hints
  }

  /// Reads the two words `<kind> "<title>"` of `record` or `insert`.
  static func kindAndTitle(_ words: [String], for name: String) throws -> (StepKind, String) {
    guard words.count == 2 else {
      throw WorkbookError.usage("wrong arguments for '\(name)': \(Usage.line(for: name))")
    }
    guard let kind = StepKind(rawValue: words[0]) else {
      let kinds = StepKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw WorkbookError.usage("unknown step kind '\(words[0])'; kinds: \(kinds)")
    }
    guard !words[1].trimmingCharacters(in: .whitespaces).isEmpty else {
      throw WorkbookError.usage("a step needs a title")
    }
    return (kind, words[1])
  }
}
