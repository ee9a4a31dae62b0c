import Foundation
import WorkbookCore

/// What the reference's test of each step the learner writes catches, found when the lesson is
/// rendered and shipped with it in `Lessons/<lesson>/catches.json`.
///
/// Finding those mutants takes one run of the tests per mutant, which made a learner's first
/// check at such a step the slowest moment of a lesson. Shipped, the answer is read instead of
/// found: each entry carries the fingerprint of the code and tests it was found for, and one
/// that no longer fits is ignored, so a stale file costs time, never a wrong grade. `verify`
/// names stale and missing entries, and `render` finds them again.
struct ShippedCatches: Codable, Equatable {
  /// One step's answer: the mutants its reference test catches, found for the code and tests
  /// that `fingerprint` names.
  struct Entry: Codable, Equatable {
    let fingerprint: String
    let mutants: [MutantKey]
  }

  /// The answers, by step number.
  var steps: [String: Entry] = [:]

  /// The file's path, relative to the repository root.
  static func path(of lesson: Lesson) -> String {
    "\(lesson.lessonFolder)catches.json"
  }

  /// The answers shipped with `lesson` under `root`: nil when the lesson ships none, or when
  /// the file cannot be read, which `verify` reports.
  static func load(for lesson: Lesson, under root: URL) -> ShippedCatches? {
    let url = root.appendingPathComponent(path(of: lesson))
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(ShippedCatches.self, from: data)
  }

  /// Whether `lesson` ships a file of answers under `root`, readable or not.
  static func isShipped(for lesson: Lesson, under root: URL) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(path(of: lesson)).path)
  }

  /// The answer for `step`, if there is one.
  func entry(for step: Step) -> Entry? {
    steps[String(step.number)]
  }

  /// Writes the answers to `lesson`'s file under `root`, keys sorted, so that a diff shows what
  /// changed.
  func write(for lesson: Lesson, under root: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(contentsOf: Data("\n".utf8))
    try FileTree.write(data, to: root.appendingPathComponent(Self.path(of: lesson)))
  }
}
