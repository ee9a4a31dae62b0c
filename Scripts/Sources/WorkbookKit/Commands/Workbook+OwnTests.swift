import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Puts `reference`, the reference's tests of the step the learner moves to, in place of the
  /// lesson's tests, keeping the learner's own tests: the reference's changes since `step` are
  /// merged into the learner's files. Tests the learner only edited are saved and replaced.
  ///
  /// - Returns: the tests now in place, by path, when they hold the learner's own tests; nil
  ///   when they are `reference`.
  func bringInTests(
    _ reference: Snapshot, leaving step: Step, of lesson: Lesson, progress: LearnerProgress
  ) throws -> [String: String]? {
    guard progress.writesOwnTest || progress.ownTests != nil else {
      reportSaved(try workspace.materialise(reference, of: lesson, folders: [lesson.testsFolder]))
      return nil
    }
    let (merged, conflicts) = ThreeWayMerge.merge(
      base: lesson.tests(of: lesson.state(after: step.number)),
      ours: lesson.tests(of: try workspace.currentFiles(of: lesson)), theirs: reference)
    if conflicts.isEmpty {
      try FileTree.replace(under: [lesson.testsFolder], in: workspace.root, with: merged.files)
    } else {
      reportSaved(try workspace.materialise(merged, of: lesson, folders: [lesson.testsFolder]))
      terminal.print(
        "Your tests in \(conflicts.joined(separator: ", ")) could not be merged with the "
          + "reference's new tests, so that file now holds the reference's.")
    }
    return merged == reference ? nil : merged.texts
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
      "you write any production code. Want the reference's test instead? swift run workbook restore"
    )
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
    reportSaved(try workspace.materialise(merged, of: lesson, folders: [lesson.testsFolder]))
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

extension Workbook {
  /// Runs the learner's tests at `step`, whose test is theirs to write, and grades them; notes
  /// in `progress` the tests that were graded red as intended.
  func gradedCheck(
    of lesson: Lesson, at step: Step, files: Snapshot, progress: inout LearnerProgress
  ) throws -> CheckReport {
    let grader = LearnerTestGrader(
      lesson: lesson, step: step, given: progress.testsAsGiven(at: step, of: lesson),
      scratchRoot: workspace.root.appendingPathComponent(".build/workbook"),
      root: workspace.root, runner: runner, pacer: pacer)
    let (grade, ownRun) = try grader.grade(files)
    if case .redAsIntended(let failing) = grade {
      // At an amber step the learner's test fails by not compiling: its first error stands
      // for it.
      if case .success(.doesNotCompile(let errors)) = ownRun {
        progress.acceptedTests = errors.prefix(1).map(\.message)
      } else {
        progress.acceptedTests = failing.map(\.test)
      }
    }
    return CheckReport(
      grading: TestGradeReport(grade: grade, lesson: lesson, step: step, root: workspace.root.path),
      ownRun: ownRun)
  }
}

extension LearnerProgress {
  /// `step` as `check` judges it: once the learner's own test is graded red as intended, the
  /// tests expected to fail are theirs, not the reference's, and at an amber step the compile
  /// error expected is theirs.
  func expected(at step: Step) -> Step {
    guard writesOwnTest, let acceptedTests else { return step }
    switch step.expectation {
    case .failures(_, let message):
      return step.expecting(.failures(tests: acceptedTests, message: message))
    case .compileError(let diagnostic):
      return step.expecting(.compileError(diagnostic: acceptedTests.first ?? diagnostic))
    case .allPass:
      return step
    }
  }
}

extension Workbook {
  /// Notes whether the learner wants every test handed out, even those a lesson leaves to them.
  func handOutEveryTest(_ handedOut: Bool) throws -> Int32 {
    var progress = try progress()
    progress.handsOutEveryTest = handedOut
    try progress.save(to: workspace)
    if handedOut {
      terminal.print(
        "From now on, next hands you every test, even at the steps a lesson leaves to you.")
      if progress.writesOwnTest {
        terminal.print(
          "This step's test is still yours; 'swift run workbook restore' brings in the reference's."
        )
      }
    } else {
      terminal.print(
        "From now on, you write the tests a lesson leaves to you; next says which, and where.")
    }
    return 0
  }
}
