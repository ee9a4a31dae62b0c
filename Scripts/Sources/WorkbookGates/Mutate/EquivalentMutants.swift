import Foundation
import WorkbookCore

/// The mutants of a lesson that its author found to change nothing a test could see, each with
/// the reason, read from `Lessons/NN-slug/equivalent-mutants.json`.
///
/// The file is a JSON array of objects with the fields of a `MutantKey` (keys `file`, `operator`,
/// `original` and `mutated`, for the lines before and after) and a one-line `reason`.
public struct EquivalentMutants {
  /// One recorded equivalent mutant.
  public struct Entry: Codable, Equatable {
    public let file: String
    public let `operator`: MutationOperator
    public let originalLines: String
    public let mutatedLines: String
    /// Why no test can tell this mutant from the code, in one line.
    let reason: String

    private enum CodingKeys: String, CodingKey {
      case file, `operator`, reason
      case originalLines = "original"
      case mutatedLines = "mutated"
    }

    /// The key of the mutant it names.
    var key: MutantKey {
      MutantKey(
        file: file, operator: `operator`, originalLines: originalLines, mutatedLines: mutatedLines)
    }
  }

  /// The recorded mutants, in the file's order.
  public let entries: [Entry]

  /// The file's path for `lesson`, relative to the repository root.
  public static func path(of lesson: Lesson) -> String {
    "\(lesson.lessonFolder)equivalent-mutants.json"
  }

  /// Reads the lesson's file; a lesson without one has no known equivalent mutants.
  ///
  /// - Throws: `WorkbookError.failure` when the file is not such a JSON array.
  static func load(for lesson: Lesson, in workspace: Workspace) throws -> EquivalentMutants {
    let path = path(of: lesson)
    let url = workspace.root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return EquivalentMutants(entries: [])
    }
    do {
      return EquivalentMutants(entries: try JSONDecoder().decode([Entry].self, from: data))
    } catch {
      throw WorkbookError.failure("\(path) is malformed: \(describe(error))")
    }
  }

  /// Why `mutant` is equivalent, or nil when it is not recorded.
  func reason(for mutant: Mutant) -> String? {
    entries.first { $0.key == mutant.key }?.reason
  }

  /// The entries that name none of `mutants`: the code they were written for has changed.
  public func unmatched(by mutants: [Mutant]) -> [Entry] {
    let keys = Set(mutants.map(\.key))
    return entries.filter { !keys.contains($0.key) }
  }

  /// The entry that would record `mutant`, as a line of JSON to paste into the file.
  public static func suggestion(for mutant: Mutant) -> String {
    let fields = [
      ("file", mutant.file), ("operator", mutant.operator.rawValue),
      ("original", mutant.originalLines), ("mutated", mutant.mutatedLines),
      ("reason", "why no test can tell it from the code"),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let pairs = fields.map { name, value in
      let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
      return "\"\(name)\": \(json ?? "\"\"")"
    }
    return "{" + pairs.joined(separator: ", ") + "}"
  }
}
