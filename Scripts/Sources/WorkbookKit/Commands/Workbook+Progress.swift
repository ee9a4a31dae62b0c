import Foundation
import WorkbookCore

extension Workbook {
  /// The learner's progress, read afresh.
  ///
  /// A progress file that cannot be read, or that points at a lesson or step that does not
  /// exist, is never fatal: it is reported in one line and rebuilt from the lesson files in the
  /// working tree. An unreadable file is first moved aside to `progress.json.broken`.
  func progress() throws -> LearnerProgress {
    let file = LearnerProgress.file(in: workspace)
    let shownFile = ".workbook/progress.json"
    var progress: LearnerProgress
    let problem: String
    do {
      progress = try LearnerProgress.load(from: workspace)
      guard let stale = try staleness(of: progress) else { return progress }
      problem = "\(shownFile) points at \(stale), which does not exist, so it was"
    } catch let unreadable as LearnerProgress.Unreadable {
      let broken = file.appendingPathExtension("broken")
      try? FileManager.default.removeItem(at: broken)
      try FileManager.default.moveItem(at: file, to: broken)
      progress = .none
      problem =
        "\(shownFile) could not be read (\(unreadable.reason)), so it was moved to "
        + "\(shownFile).broken and"
    }
    let position = try positionFromFiles()
    if let (lesson, step) = position {
      progress.move(
        to: step, of: lesson.entry.slug,
        production: lesson.productionFingerprint(of: try workspace.currentFiles(of: lesson)))
    } else {
      progress.leave()
    }
    try progress.save(to: workspace)
    let found = position.map { "lesson \($0.lesson.paddedNumber), step \($0.step)" }
    terminal.printError(
      "Warning: \(problem) rebuilt from your files: \(found ?? "no lesson in progress").")
    return progress
  }

  /// What the progress points at that does not exist, or nil when it all exists.
  private func staleness(of progress: LearnerProgress) throws -> String? {
    guard let slug = progress.lesson else { return nil }
    guard let entry = try workspace.lessons.recordedEntries().first(where: { $0.slug == slug })
    else {
      return "lesson \(slug)"
    }
    let lesson = try workspace.lessons.load(entry)
    guard lesson.step(progress.step) == nil else { return nil }
    return "step \(progress.step) of lesson \(slug)"
  }

  /// The lesson and step that the working tree's test files belong to.
  ///
  /// A lesson whose files are all as on main is not in progress. Otherwise its tests are
  /// compared with each step's tests: the latest failing step with the same tests is the one
  /// the learner works on, whatever their own production code looks like.
  func positionFromFiles() throws -> (lesson: Lesson, step: Int)? {
    for lesson in try workspace.lessons.allLessons() {
      let current = try workspace.currentFiles(of: lesson)
      guard current != lesson.state(after: lesson.steps.count) else { continue }
      let tests = current.files.filter { lesson.isTestPath($0.key) }
      let matching = lesson.steps.filter { step in
        lesson.state(after: step.number).files.filter { lesson.isTestPath($0.key) } == tests
      }
      let step = matching.last(where: \.kind.isFailing) ?? matching.last
      if let step {
        return (lesson, step.number)
      }
    }
    return nil
  }
}
