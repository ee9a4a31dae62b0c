import Foundation

/// A replacement of some of a lesson's files in the working tree that can be taken back: it
/// keeps the files it replaces, and has saved them to `.workbook/saved/` first when they hold
/// work of the learner's.
public struct TreeChange: Sendable {
  /// The folder the learner's work was saved to before anything was replaced, if it was.
  public let saved: URL?
  /// The repository root.
  let root: URL
  /// The folders whose files are replaced, relative to `root`.
  let folders: [String]
  /// The files under `folders` before the change, and after it.
  let before: [String: Data]
  let after: [String: Data]
  /// When `before` is a recorded step's files and nothing was saved: the lesson and the step,
  /// so that the learner can be told how to get them back.
  let recordedAs: (lesson: String, step: Int)?

  /// Makes the change.
  ///
  /// - Throws: `WorkbookError.failure` when a file cannot be written or removed. The files are
  ///   first put back as they were, and the message says so; when even that fails, it says
  ///   where the learner's files are now.
  public func apply() throws {
    do {
      try FileTree.replace(under: folders, in: root, with: after)
    } catch {
      let reason = Self.describe(error, in: root)
      do {
        try takeBack()
      } catch {
        throw WorkbookError.failure(
          "the lesson's files could not all be replaced (\(reason)), nor put back as they "
            + "were (\(Self.describe(error, in: root))); \(whereTheyAre)")
      }
      throw WorkbookError.failure(
        "the lesson's files could not all be replaced (\(reason)), so they were put back as "
          + "they were; fix that, then run this again")
    }
  }

  /// Puts the files back as they were before the change.
  public func takeBack() throws {
    try FileTree.replace(under: folders, in: root, with: before)
  }

  /// Where the files as they were before the change can be found again.
  public var whereTheyAre: String {
    if let saved {
      let shown = saved.path.replacingOccurrences(of: root.path + "/", with: "")
      return "your files as they were are in \(shown)/, at their usual paths, to copy back"
    }
    if let (lesson, step) = recordedAs {
      return "they were those of step \(step): 'swift run workbook goto \(lesson) \(step)' "
        + "puts them back"
    }
    return "'git status' shows what changed"
  }

  /// One line for a failure to read or write a file: the file and the reason.
  static func describe(_ error: any Error, in root: URL) -> String {
    if let error = error as? WorkbookError { return error.message }
    return SystemError.describe(error, in: root) ?? error.localizedDescription
  }
}

extension Workspace {
  /// Prepares to put `target` in place of the lesson's files under `folders`, saving the
  /// learner's own work there first; nil when the files are already `target`'s.
  ///
  /// Work counts as the learner's own when the files under `folders` match no recorded step.
  ///
  /// - Parameter savingWork: false when `target` keeps the learner's work, such as a merge of
  ///   their tests, so that there is nothing to save.
  public func change(
    to target: Snapshot, of lesson: Lesson, folders: [String], savingWork: Bool = true
  ) throws -> TreeChange? {
    let scope = { (snapshot: Snapshot) in
      snapshot.files.filter { path, _ in folders.contains { path.hasPrefix($0) } }
    }
    let before = scope(try currentFiles(of: lesson))
    let after = scope(target)
    guard before != after else { return nil }
    let recorded = (0...lesson.steps.count).last {
      scope(lesson.state(after: $0)) == before
    }
    let saved =
      recorded == nil && savingWork ? try save(Snapshot(files: before), of: lesson) : nil
    return TreeChange(
      saved: saved, root: root, folders: folders, before: before, after: after,
      recordedAs: recorded.map { (lesson.paddedNumber, $0) })
  }
}
