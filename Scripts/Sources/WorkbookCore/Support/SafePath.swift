import Foundation

/// The checks that keep the workbook inside the folders it owns: it never follows a symbolic
/// link, so no command reads, writes or deletes a file that a link makes look like the
/// lesson's, and it never hands the build a file name that the build cannot carry.
public enum SafePath {
  /// Whether the item at `url` is a symbolic link itself, whatever it points to.
  public static func isSymbolicLink(_ url: URL) -> Bool {
    var status = stat()
    return lstat(url.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
  }

  /// Fails when the item at `url` is a symbolic link.
  ///
  /// - Parameter shown: the path the message names, relative to the clone where it can be.
  public static func refuseLink(at url: URL, shownAs shown: String) throws {
    guard isSymbolicLink(url) else { return }
    throw WorkbookError.failure(
      "\(shown) is a symbolic link, and the workbook never follows one, so that no command "
        + "reads or changes a file outside the lesson; put the file or folder itself there, "
        + "or remove the link")
  }

  /// Fails when `relative`, or any folder on the way to it from `root`, is a symbolic link.
  public static func refuseLinks(along relative: String, under root: URL) throws {
    var walked: [Substring] = []
    for component in relative.split(separator: "/") {
      walked.append(component)
      let path = walked.joined(separator: "/")
      try refuseLink(at: root.appendingPathComponent(path), shownAs: path)
    }
  }

  /// Whether the build can carry `path` as a file name: SwiftPM writes each name into files of
  /// its own, one a line, so a newline, a tab or any other control character breaks the build.
  public static func isBuildable(_ path: String) -> Bool {
    !path.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  /// `path` with its control characters escaped, so that a message shows it on one line.
  public static func shown(_ path: String) -> String {
    String(path.debugDescription.dropFirst().dropLast())
  }
}
