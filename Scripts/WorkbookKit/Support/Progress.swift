import Foundation

/// Where the learner is: the current lesson and step, the hints seen, and the lessons finished.
public struct Progress: Codable, Equatable, Sendable {
  /// The slug of the lesson the learner is working on, if any.
  public var lesson: String?
  /// The step whose tests the learner is working against.
  public var step: Int
  /// How many of the current step's hints the learner has seen.
  public var hintsShown: Int
  /// The slugs of the lessons the learner has finished.
  public var finished: [String]

  /// Progress before any lesson has started.
  public static let none = Progress(lesson: nil, step: 0, hintsShown: 0, finished: [])

  /// Makes `slug` the current lesson at step `number`, with no hints seen yet.
  public mutating func move(to number: Int, of slug: String) {
    lesson = slug
    step = number
    hintsShown = 0
  }

  /// Leaves the current lesson, if any.
  public mutating func leave() {
    lesson = nil
    step = 0
    hintsShown = 0
  }

  /// Why the progress file cannot be read.
  public struct Unreadable: Error {
    /// What the decoder said.
    public let reason: String
  }

  /// Reads the learner's progress from `.workbook/progress.json`, or `none` when there is none.
  ///
  /// - Throws: `Unreadable` when the file is there but is not valid progress.
  public static func load(from workspace: Workspace) throws(Unreadable) -> Progress {
    guard let data = FileManager.default.contents(atPath: file(in: workspace).path) else {
      return .none
    }
    do {
      return try JSONDecoder().decode(Progress.self, from: data)
    } catch {
      throw Unreadable(reason: describe(error))
    }
  }

  /// Writes the progress to `.workbook/progress.json`.
  public func save(to workspace: Workspace) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try FileTree.write(try encoder.encode(self), to: Self.file(in: workspace))
  }

  /// Where the progress is kept: `.workbook/progress.json`.
  static func file(in workspace: Workspace) -> URL {
    workspace.stateFolder.appendingPathComponent("progress.json")
  }
}
