import Foundation

/// One step as an edit of a lesson leaves it: where it comes from, and what it changes.
public struct StepDraft {
  /// The step's folder before the edit, such as `03-second-test`, or nil for a new step.
  public var folder: String?
  /// The folder's name after its number, such as `second-test`.
  public var name: String
  /// The manifest of a new step; a step that has a folder keeps the one there.
  public var manifest: StepManifest?
  /// A manifest whose diagnostic, failing tests and message replace the step's own, measured
  /// by a test run after its files changed; nil to keep them.
  public var expectation: StepManifest?
  /// The files the step writes, by repository-relative path.
  public var writes: [String: Data]
  /// The repository-relative paths the step deletes.
  public var deletes: [String]
  /// The earlier steps whose change the step takes back on purpose, by their new numbers.
  public var undoes: [Int]

  /// A step of the lesson as it is, to be written again at its place after the edit, with its
  /// `undoes` numbered as `renumbered` says.
  public init(_ step: Step, renumbered: (Int) -> Int?) {
    folder = step.folder
    name = String(step.folder.drop { $0 != "-" }.dropFirst())
    manifest = nil
    expectation = nil
    writes = step.writes
    deletes = step.deletes
    undoes = step.undoes.compactMap(renumbered)
  }

  /// A new step with `manifest`, writing `writes` and deleting `deletes`, and taking back the
  /// change of the steps its manifest says it `undoes`.
  public init(new manifest: StepManifest, name: String, writes: [String: Data], deletes: [String]) {
    folder = nil
    self.name = name
    self.manifest = manifest
    expectation = nil
    self.writes = writes
    self.deletes = deletes
    undoes = manifest.undoes ?? []
  }
}

/// Writes a lesson's `steps/` folder anew from drafts, renaming the folders that move, so that
/// git shows a renumbered step as a renamed folder.
public struct StepFolders {
  /// The repository root.
  public let root: URL
  /// The lesson as it is before the edit.
  public let lesson: Lesson

  /// Prepares to rewrite the steps of `lesson` in the clone at `root`.
  public init(root: URL, lesson: Lesson) {
    self.root = root
    self.lesson = lesson
  }

  private var stepsFolder: URL {
    root.appendingPathComponent("\(lesson.lessonFolder)steps")
  }

  /// Makes the lesson's steps the `drafts`, numbered from 1 in their order; a step folder no
  /// draft comes from is removed.
  public func write(_ drafts: [StepDraft]) throws {
    let manager = FileManager.default
    for step in lesson.steps {
      try manager.moveItem(at: folder(step.folder), to: folder(".moving-\(step.folder)"))
    }
    for (index, draft) in drafts.enumerated() {
      let target = folder(String(format: "%02d-", index + 1) + draft.name)
      if let old = draft.folder {
        try manager.moveItem(at: folder(".moving-\(old)"), to: target)
      } else {
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
      }
      try writeManifest(of: draft, in: target)
      try FileTree.replace(
        under: [lesson.kataFolder, lesson.testsFolder], in: target, with: draft.writes)
    }
    for step in lesson.steps where manager.fileExists(atPath: folder(".moving-\(step.folder)").path)
    {
      try manager.removeItem(at: folder(".moving-\(step.folder)"))
    }
  }

  private func folder(_ name: String) -> URL {
    stepsFolder.appendingPathComponent(name)
  }

  /// Writes the draft's `step.json`, with its `deleted` and `undoes`, unless it holds them.
  private func writeManifest(of draft: StepDraft, in folder: URL) throws {
    let url = folder.appendingPathComponent("step.json")
    let existing = FileManager.default.contents(atPath: url.path)
    guard var manifest = try draft.manifest ?? existing.map(StepManifest.decoded) else {
      throw WorkbookError.failure("\(url.path): missing step.json")
    }
    if let measured = draft.expectation {
      manifest.diagnostic = measured.diagnostic
      manifest.failing = measured.failing
      manifest.message = measured.message
    }
    manifest.deleted = draft.deletes.isEmpty ? nil : draft.deletes.sorted()
    manifest.undoes = draft.undoes.isEmpty ? nil : draft.undoes
    guard try existing.map(StepManifest.decoded) != manifest else { return }
    try FileTree.write(try manifest.encoded(), to: url)
  }
}

extension StepManifest {
  /// The manifest as `step.json` holds it: pretty JSON with sorted keys and a final newline.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }

  /// Reads a manifest from the contents of a `step.json`.
  static func decoded(_ data: Data) throws -> StepManifest {
    try JSONDecoder().decode(StepManifest.self, from: data)
  }
}
