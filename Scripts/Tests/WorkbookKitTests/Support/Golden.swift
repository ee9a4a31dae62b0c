import Foundation
import Testing

@testable import WorkbookCore

/// Golden files: whole screens of the tool's output, kept beside the tests that compare them.
///
/// A test compares what the tool prints with a file in `Scripts/Tests/WorkbookKitTests/Golden/`.
/// When a change of wording is intended, run the tests once with `WORKBOOK_UPDATE_GOLDEN=1` to
/// rewrite the files, and read their diff in git before you commit it:
///
///     WORKBOOK_UPDATE_GOLDEN=1 swift test --package-path Scripts --filter HelpTests
enum Golden {
  /// The folder that holds the golden files, found from this source file's place.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Whether this run rewrites golden files instead of comparing with them.
  static var isUpdating: Bool {
    ProcessInfo.processInfo.environment["WORKBOOK_UPDATE_GOLDEN"] == "1"
  }

  /// Records an issue, with the difference as a unified diff, unless `actual` equals the golden
  /// file at `path` (relative to `folder`); when updating, writes `actual` to that file instead.
  static func compare(
    _ actual: String, with path: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = folder.appendingPathComponent(path)
    if isUpdating {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "No golden file \(path); run the tests with WORKBOOK_UPDATE_GOLDEN=1 to write it.",
        sourceLocation: sourceLocation)
      return
    }
    let difference = TextDiff(old: expected, new: actual)
    if !difference.isEmpty {
      let diff = difference.unified(oldLabel: "golden/\(path)", newLabel: "actual")
      Issue.record(
        "The output differs from \(path) (WORKBOOK_UPDATE_GOLDEN=1 rewrites it):\n\(diff)",
        sourceLocation: sourceLocation)
    }
  }
}
