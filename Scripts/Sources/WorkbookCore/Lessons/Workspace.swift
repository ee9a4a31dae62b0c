import Foundation

/// The learner's clone of the workbook: where lessons are read from and materialised into.
public struct Workspace: Sendable {
  /// The repository root, the folder that holds `Package.swift` and `Lessons/`.
  public let root: URL

  /// Opens the workspace at `root`.
  public init(root: URL) {
    self.root = root
  }

  /// Finds the workspace that contains `folder`, looking upwards.
  ///
  /// - Throws: `WorkbookError.failure` when no folder above holds `Package.swift` and `Lessons/`.
  public static func containing(_ folder: URL) throws -> Workspace {
    var candidate = folder.standardizedFileURL
    while true {
      let manager = FileManager.default
      if manager.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path),
        manager.fileExists(atPath: candidate.appendingPathComponent("Lessons").path)
      {
        return Workspace(root: candidate)
      }
      let parent = candidate.deletingLastPathComponent()
      guard parent.path != candidate.path else {
        throw WorkbookError.failure(
          "not inside the TDD Workbook: no folder above \(folder.path) holds Package.swift and Lessons/"
        )
      }
      candidate = parent
    }
  }

  /// Reads the lessons of this workspace.
  public var lessons: LessonLoader { LessonLoader(root: root) }

  /// The workbook's own folder for progress and saved work, ignored by git.
  var stateFolder: URL { root.appendingPathComponent(".workbook") }

  /// The text of the file at the repository-relative `path`, or nil when there is none.
  public func text(at path: String) -> String? {
    FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  /// The lesson's files as they are now in the working tree.
  public func currentFiles(of lesson: Lesson) throws -> Snapshot {
    Snapshot(files: try FileTree.read(root, under: [lesson.kataFolder, lesson.testsFolder]))
  }

  /// Puts `target` in place of the lesson's files under `folders`, first saving any of the
  /// learner's own work there.
  ///
  /// Work counts as the learner's own when the files under `folders` match no recorded step.
  /// When a file cannot be replaced, the files are put back as they were (see `TreeChange`).
  ///
  /// - Parameter announce: told where the learner's work was saved, before anything is replaced.
  /// - Returns: the folder where the learner's work was saved, or nil when nothing needed saving.
  @discardableResult
  public func materialise(
    _ target: Snapshot, of lesson: Lesson, folders: [String], announce: (URL) -> Void = { _ in }
  ) throws -> URL? {
    guard let change = try change(to: target, of: lesson, folders: folders) else { return nil }
    if let saved = change.saved {
      announce(saved)
    }
    try change.apply()
    return change.saved
  }

  /// Copies `snapshot` into a new, dated folder under `.workbook/saved/`.
  func save(_ snapshot: Snapshot, of lesson: Lesson) throws -> URL {
    try prepareStateFolder()
    try SafePath.refuseLinks(along: ".workbook/saved", under: root)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let base = "\(lesson.entry.slug)-\(formatter.string(from: Date()))"
    var folder = stateFolder.appendingPathComponent("saved/\(base)")
    var suffix = 2
    while FileManager.default.fileExists(atPath: folder.path) {
      folder = stateFolder.appendingPathComponent("saved/\(base)-\(suffix)")
      suffix += 1
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (path, data) in snapshot.files {
      try FileTree.write(data, to: folder.appendingPathComponent(path))
    }
    return folder
  }
}
