import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Puts `reference`, the reference's tests of the step the learner moves to, in place of the
  /// lesson's tests, keeping the learner's own tests: the reference's changes since `step`, and
  /// the greens after it that the learner made themselves, are merged into the learner's files,
  /// around the tests the learner wrote, which no change reaches. Tests the learner only edited
  /// are saved and replaced. Under strict rules the tests are always the learner's own, since
  /// their code is written in them, and the reference's moves may reach into any of them.
  ///
  /// - Returns: the tests now in place, by path, when they hold the learner's own tests; nil
  ///   when they are `reference`.
  func bringInTests(
    _ reference: Snapshot, leaving step: Step, of lesson: Lesson, progress: LearnerProgress
  ) throws -> [String: String]? {
    // Under strict rules the learner's green is written in the tests, so they are always theirs.
    guard progress.writesOwnTest || progress.ownTests != nil || lesson.rules == .strict else {
      try workspace.materialise(
        reference, of: lesson, folders: [lesson.testsFolder], announce: reportSaved)
      return nil
    }
    let base = lesson.tests(of: lesson.state(after: stepDone(leaving: step, in: lesson).number))
    let current = lesson.tests(of: try workspace.currentFiles(of: lesson))
    let ours = tests(toMergeLeaving: step, of: lesson, current: current, progress: progress)
    let (merged, conflicts) = ThreeWayMerge.merge(
      base: base, ours: ours, theirs: reference,
      keeping: lesson.rules == .strict ? [:] : NewTests.sources(in: ours, given: base))
    if conflicts.isEmpty, ours == current {
      // The merge keeps the learner's tests, so there is nothing to save first.
      try workspace.change(
        to: merged, of: lesson, folders: [lesson.testsFolder], savingWork: false
      )?.apply()
      return merged == reference ? nil : merged.texts
    }
    try workspace.materialise(
      merged, of: lesson, folders: [lesson.testsFolder], announce: reportSaved)
    if !conflicts.isEmpty {
      terminal.print(
        "Your tests in \(conflicts.joined(separator: ", ")) could not be merged with the "
          + "reference's new tests, so that file now holds the reference's.")
    }
    return merged == reference ? nil : merged.texts
  }

  /// The learner's tests that the reference's change is merged into, leaving `step`, given the
  /// tests now in the files, `current`.
  ///
  /// Leaving a step whose test the learner wrote, their new test is in the files; if a
  /// refactoring of the tests follows, their changes since it was graded are their repair, so
  /// the tests as graded are merged, and the files are saved. Leaving any other step, a change
  /// to the tests the learner had is an edit, or their repair: it is saved, and the reference's
  /// change comes into the tests as they had them. Under strict rules the tests in the files are
  /// always the learner's.
  private func tests(
    toMergeLeaving step: Step, of lesson: Lesson, current: Snapshot, progress: LearnerProgress
  ) -> Snapshot {
    guard lesson.rules != .strict else { return current }
    guard progress.writesOwnTest else { return progress.testsAsGiven(at: step, of: lesson) }
    guard !lesson.repairsOfTheTests(after: step).isEmpty,
      let graded = progress.acceptedTestFiles
    else { return current }
    return Snapshot(files: graded.mapValues { Data($0.utf8) })
  }

  /// Says what the learner must test at `step`, whose test is theirs to write, and where.
  func printWhatToTest(_ step: Step, of lesson: Lesson) {
    guard let learnerWrites = step.learnerWrites else { return }
    let files = step.testFiles(of: lesson).joined(separator: " or ")
    terminal.print("This step's test is yours to write: the workbook brought in no new test.")
    terminal.print("  Test this: \(learnerWrites.behaviour)")
    terminal.print("  Where: a new @Test in \(files).")
    terminal.print("  A good failure: \(learnerWrites.goodFailure)")
    terminal.print(
      "Write only the test, then run 'swift run workbook check': it grades your test before")
    terminal.print(
      lesson.rules == .strict
        ? "you write the code that makes it pass, inside it. Want the reference's test instead? "
          + "swift run workbook restore"
        : "you write any production code. Want the reference's test instead? "
          + "swift run workbook restore")
  }
}

extension Workbook {
  /// Brings in the reference's test of `step`, whose test was the learner's to write, beside the
  /// tests the learner had on arriving; their draft is saved first.
  func handOutReferenceTest(of step: Step, in lesson: Lesson, progress: inout LearnerProgress)
    throws
  {
    let before = lesson.tests(of: lesson.state(after: step.number - 1))
    let reference = lesson.tests(of: lesson.state(after: step.number))
    let given = progress.testsAsGiven(at: step, of: lesson)
    let merged = ThreeWayMerge.merge(base: before, ours: given, theirs: reference).merged
    try workspace.materialise(
      merged, of: lesson, folders: [lesson.testsFolder], announce: reportSaved)
    progress.writesOwnTest = false
    progress.acceptedTests = nil
    progress.ownTests = merged == reference ? nil : merged.texts
    try progress.save(to: workspace)
    terminal.print(
      "The reference's test of step \(step.number) is in \(lesson.testsFolder); your production "
        + "code is as you left it.")
    terminal.print("Predict the colour, then run 'swift run workbook check'.")
  }
}
