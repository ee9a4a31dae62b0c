import Foundation

/// Reads and writes trees of files as `[relativePath: contents]`.
public enum FileTree {
  /// Every regular file under `folder`, keyed by its path relative to `folder`.
  ///
  /// Hidden files and the top-level names in `excluded` are skipped. A missing folder reads as empty.
  ///
  /// - Parameter shown: how messages name `folder`, such as its path in the clone; its full
  ///   path by default.
  /// - Throws: `WorkbookError.failure` when a file or folder in it is a symbolic link, which
  ///   the workbook never follows.
  public static func read(
    _ folder: URL, excluding excluded: Set<String> = [], shownAs shown: String? = nil
  ) throws -> [String: Data] {
    var files: [String: Data] = [:]
    try collect(
      folder, prefix: "", shownAs: (shown ?? folder.path) + "/", excluded: excluded, into: &files)
    return files
  }

  private static func collect(
    _ folder: URL, prefix: String, shownAs shown: String, excluded: Set<String>,
    into files: inout [String: Data]
  ) throws {
    guard isFolder(folder) else { return }
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where !name.hasPrefix(".") && !excluded.contains(name) {
      let url = folder.appendingPathComponent(name)
      let path = prefix + name
      try SafePath.refuseLink(at: url, shownAs: shown + path)
      if isFolder(url) {
        try collect(url, prefix: path + "/", shownAs: shown, excluded: [], into: &files)
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
  /// - Returns: whether it wrote the file.
  @discardableResult
  public static func write(_ contents: Data, to url: URL) throws -> Bool {
    let manager = FileManager.default
    try SafePath.refuseLink(at: url, shownAs: url.path)
    if manager.contents(atPath: url.path) == contents {
      return false
    }
    try manager.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: url)
    return true
  }

  /// The files under each of `prefixes` in `folder`, keyed by their path relative to `folder`.
  ///
  /// - Throws: `WorkbookError.failure` when a prefix, a folder on the way to it, or anything
  ///   under it is a symbolic link.
  static func read(_ folder: URL, under prefixes: [String]) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for prefix in prefixes {
      try SafePath.refuseLinks(along: prefix, under: folder)
      let shown = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
      for (path, data) in try read(folder.appendingPathComponent(prefix), shownAs: shown) {
        files[prefix + path] = data
      }
    }
    return files
  }

  /// Makes the files under `prefixes` in `folder` equal to `files`, writing only what changed.
  public static func replace(under prefixes: [String], in folder: URL, with files: [String: Data])
    throws
  {
    for path in try read(folder, under: prefixes).keys where files[path] == nil {
      try remove(folder.appendingPathComponent(path), upTo: folder)
    }
    for (path, data) in files {
      try write(data, to: folder.appendingPathComponent(path))
    }
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
