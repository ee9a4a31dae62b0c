import Foundation
import WorkbookCore

extension LearnerProgress {
  /// The lesson's tests as the learner should have them at `step`: with their own tests, once
  /// they wrote some, and otherwise as the step gives them.
  func testsAsGiven(at step: Step, of lesson: Lesson) -> Snapshot {
    guard let ownTests else { return lesson.tests(of: lesson.state(after: step.number)) }
    return Snapshot(files: ownTests.mapValues { Data($0.utf8) })
  }

  /// The test files of `files` that differ from those the learner should have at `step`, by
  /// path; none while the step's test is theirs to write, since writing it means changing them,
  /// but under strict rules, once it is graded, those whose expectations differ from the graded
  /// ones.
  /// Under strict rules, only those whose expectations differ, since the learner writes code in
  /// the tests; and none at a refactoring whose move changes what the reference's tests expect,
  /// as `deadLetters` becoming `inbox.deadLetters` does, since the learner makes it in theirs.
  /// Under standard rules, a file that holds tests the learner wrote counts only when its
  /// expectations differ too: when a later step changes the code they call, such as a method
  /// that learns to throw, keeping them compiling is the learner's job, as long as what they
  /// expect stays the same.
  func editedTests(in files: Snapshot, at step: Step, of lesson: Lesson) -> [String] {
    if writesOwnTest {
      // Writing the step's test means changing the tests. Under strict rules, once it is
      // graded, what it expects is fixed, and only the green written inside it may change;
      // elsewhere the learner may still sharpen their test as they write the code.
      guard lesson.rules == .strict, let graded = gradedTests else { return [] }
      return lesson.testsWithChangedExpectations(from: graded, to: lesson.tests(of: files))
    }
    let given = testsAsGiven(at: step, of: lesson)
    let tests = lesson.tests(of: files)
    guard lesson.rules == .standard else {
      let movesExpectations =
        step.kind == .refactor
        && !lesson.testsWithChangedExpectations(
          from: lesson.state(after: step.number - 1), to: lesson.state(after: step.number)
        ).isEmpty
      return movesExpectations ? [] : lesson.testsWithChangedExpectations(from: given, to: tests)
    }
    let reference = lesson.tests(of: lesson.state(after: step.number))
    let learnersFiles = Set(given.changedPaths(since: reference))
    let expectationsChanged = Set(lesson.testsWithChangedExpectations(from: given, to: tests))
    return tests.changedPaths(since: given)
      .filter { !learnersFiles.contains($0) || expectationsChanged.contains($0) }.sorted()
  }

  /// The learner's tests as they were graded red as intended at the current step, or nil while
  /// none has been.
  var gradedTests: Snapshot? {
    guard acceptedTests != nil, let acceptedTestFiles else { return nil }
    return Snapshot(files: acceptedTestFiles.mapValues { Data($0.utf8) })
  }

  /// Whether `check` grades the learner's tests at `step`: the test is theirs to write, and they
  /// have not yet written one that was graded red as intended.
  func gradesOwnTest(at step: Step) -> Bool {
    writesOwnTest && step.isLearnerWritten && acceptedTests == nil
  }
}
