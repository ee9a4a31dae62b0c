import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Runs the learner's tests at `step`, whose test is theirs to write, and grades them; notes
  /// in `progress` the tests that were graded red as intended.
  func gradedCheck(
    of lesson: Lesson, at step: Step, files: Snapshot, progress: inout LearnerProgress
  ) throws -> CheckReport {
    var grader = LearnerTestGrader(
      lesson: lesson, step: step, given: progress.testsAsGiven(at: step, of: lesson),
      scratchRoot: workspace.root.appendingPathComponent(".build/workbook"),
      root: workspace.root, runner: runner, pacer: pacer)
    // On stderr, so that the verdict on stdout reads as it always did, in a pipe too; the
    // lock keeps lines from runs on other threads whole.
    let printProgress = Locked(terminal.printError)
    grader.onPhase = { phase in
      guard phase.isWorthALine else { return }
      printProgress.withLock { $0(phase.line) }
    }
    let (grade, ownRun) = try grader.grade(files)
    if case .redAsIntended(let failing) = grade {
      progress.acceptedTestFiles = lesson.tests(of: files).texts
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
    case .allPass, .breaks:
      return step
    }
  }
}
