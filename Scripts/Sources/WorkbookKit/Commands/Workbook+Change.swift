import Foundation
import WorkbookCore

extension Workbook {
  /// Puts `target` in place of the lesson's files under `folders`, saying first where the
  /// learner's own work there is saved, then saves `progress`, if any.
  ///
  /// Files and progress change together or not at all: when a file cannot be replaced, the
  /// files are put back, and when the progress cannot be saved, so are they. Ctrl-C pressed
  /// before it starts stops it; once it has started, it finishes, so that nothing is half done.
  func replaceFiles(
    with target: Snapshot, of lesson: Lesson, folders: [String],
    thenSaving progress: LearnerProgress?
  ) throws {
    guard !isInterrupted() else { throw WorkbookError.interrupted }
    let change = try workspace.change(to: target, of: lesson, folders: folders)
    reportSaved(change?.saved)
    try change?.apply()
    guard let progress else { return }
    do {
      try progress.save(to: workspace)
    } catch {
      let reason =
        (error as? WorkbookError)?.message ?? SystemError.describe(error, in: workspace.root)
        ?? error.localizedDescription
      do {
        try change?.takeBack()
      } catch {
        throw WorkbookError.failure(
          "your progress could not be saved (\(reason)), and the lesson's files could not be "
            + "put back; \(change?.whereTheyAre ?? "'git status' shows what changed")")
      }
      throw WorkbookError.failure(
        "your progress could not be saved (\(reason)), so the lesson's files were put back as "
          + "they were; fix that, then run this again")
    }
  }
}
