import Foundation
import WorkbookCore

extension Workbook {
  /// The learner's progress, read afresh.
  ///
  /// A progress file that is missing in the middle of a lesson, cannot be read, or points at a
  /// lesson or step that does not exist, is never fatal: it is reported in one line and rebuilt
  /// from the lesson files in the working tree. An unreadable file is first moved aside, to
  /// `progress.json.broken` or, when that is taken, `progress.json.broken-2` and so on, and
  /// what can still be read from it is kept.
  func progress() throws -> LearnerProgress {
    let file = LearnerProgress.file(in: workspace)
    let shownFile = ".workbook/progress.json"
    var progress: LearnerProgress
    var preferred: (lesson: String?, step: Int?) = (nil, nil)
    let problem: String
    do {
      guard FileManager.default.fileExists(atPath: file.path) else {
        guard try positionFromFiles() != nil else { return .none }
        return try rebuilt(.none, because: "\(shownFile) is missing, so it was")
      }
      progress = try LearnerProgress.load(from: workspace)
      guard let stale = try staleness(of: progress) else { return progress }
      problem = "\(shownFile) points at \(stale), which does not exist, so it was"
    } catch let unreadable as LearnerProgress.Unreadable {
      let salvaged = LearnerProgress.salvaged(from: (try? Data(contentsOf: file)) ?? Data())
      let broken = try setAside(file)
      (progress, preferred) = (salvaged.progress, (salvaged.lesson, salvaged.step))
      problem =
        "\(shownFile) could not be read (\(unreadable.reason)), so it was moved to "
        + ".workbook/\(broken.lastPathComponent) and"
    }
    return try rebuilt(progress, because: problem, preferring: preferred)
  }

  /// `progress` at the lesson and step the working tree's files belong to, saved and reported
  /// on stderr with `problem`, which says what happened to the file.
  private func rebuilt(
    _ progress: LearnerProgress, because problem: String,
    preferring preferred: (lesson: String?, step: Int?) = (nil, nil)
  ) throws -> LearnerProgress {
    var progress = progress
    let position = try positionFromFiles(preferring: preferred)
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

  /// Moves the unreadable progress `file` aside, to the first of `progress.json.broken`,
  /// `progress.json.broken-2`, … that is free, so that no earlier damaged file is lost.
  ///
  /// - Returns: where the file now is.
  private func setAside(_ file: URL) throws -> URL {
    var broken = file.appendingPathExtension("broken")
    var suffix = 2
    while FileManager.default.fileExists(atPath: broken.path) {
      broken = file.appendingPathExtension("broken-\(suffix)")
      suffix += 1
    }
    try FileManager.default.moveItem(at: file, to: broken)
    return broken
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
  ///
  /// - Parameter preferred: the lesson and step a damaged progress file still names; that step
  ///   is kept when its tests are the ones in the working tree.
  func positionFromFiles(preferring preferred: (lesson: String?, step: Int?) = (nil, nil)) throws
    -> (lesson: Lesson, step: Int)?
  {
    for lesson in try workspace.lessons.allLessons() {
      let current = try workspace.currentFiles(of: lesson)
      guard current != lesson.state(after: lesson.steps.count) else { continue }
      let tests = current.files.filter { lesson.isTestPath($0.key) }
      let matching = lesson.steps.filter { step in
        lesson.state(after: step.number).files.filter { lesson.isTestPath($0.key) } == tests
      }
      let kept = matching.first {
        preferred.lesson == lesson.entry.slug && preferred.step == $0.number
      }
      let step = kept ?? matching.last(where: \.kind.isFailing) ?? matching.last
      if let step {
        return (lesson, step.number)
      }
    }
    return nil
  }
}
