import Foundation

/// Reads and writes trees of files as `[relativePath: contents]`.
enum FileTree {
  /// Every regular file under `folder`, keyed by its path relative to `folder`.
  ///
  /// Hidden files and the top-level names in `excluded` are skipped. A missing folder reads as empty.
  static func read(_ folder: URL, excluding excluded: Set<String> = []) throws -> [String: Data] {
    var files: [String: Data] = [:]
    try collect(folder, prefix: "", excluded: excluded, into: &files)
    return files
  }

  private static func collect(
    _ folder: URL, prefix: String, excluded: Set<String>, into files: inout [String: Data]
  ) throws {
    guard isFolder(folder) else { return }
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where !name.hasPrefix(".") && !excluded.contains(name) {
      let url = folder.appendingPathComponent(name)
      let path = prefix + name
      if isFolder(url) {
        try collect(url, prefix: path + "/", excluded: [], into: &files)
      } else {
        files[path] = try Data(contentsOf: url)
      }
    }
  }

  private static func isFolder(_ url: URL) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  /// Writes `contents` to `url` unless it already holds them, creating folders as needed.
  ///
  /// A written file's modification time is moved past its previous one by at least a second,
  /// because SwiftPM does not rebuild a same-size edit made within the second of the last build.
  static func write(_ contents: Data, to url: URL) throws {
    let manager = FileManager.default
    if manager.contents(atPath: url.path) == contents {
      return
    }
    let previousStamp =
      (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil
    try manager.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: url)
    try stamp(url, after: previousStamp)
  }

  /// Moves the modification time of the file at `url` past its current one and past now.
  static func touch(_ url: URL) throws {
    let current = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
    try stamp(url, after: current as? Date)
  }

  /// Sets the file's modification time a second or more after both `previous` and now.
  private static func stamp(_ url: URL, after previous: Date?) throws {
    let now = Date()
    let stamp = max(now, (previous ?? now).addingTimeInterval(1)).addingTimeInterval(1)
    try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: url.path)
  }

  /// Deletes the file at `url` and any folders it leaves empty, up to and excluding `stop`.
  static func remove(_ url: URL, upTo stop: URL) throws {
    let manager = FileManager.default
    if manager.fileExists(atPath: url.path) {
      try manager.removeItem(at: url)
    }
    var folder = url.deletingLastPathComponent()
    while folder.standardizedFileURL.path.count > stop.standardizedFileURL.path.count,
      (try? manager.contentsOfDirectory(atPath: folder.path).isEmpty) == true
    {
      try manager.removeItem(at: folder)
      folder = folder.deletingLastPathComponent()
    }
  }
}
