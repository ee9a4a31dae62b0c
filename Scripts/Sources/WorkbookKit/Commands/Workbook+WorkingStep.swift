import WorkbookCore

extension Lesson {
  /// The green step that makes `step`'s failing test pass, when the lesson records one right
  /// after it: while the learner writes that code, it is the step they work on.
  func solution(of step: Step) -> Step? {
    guard step.kind.isFailing, let next = self.step(step.number + 1), next.kind == .green else {
      return nil
    }
    return next
  }
}

extension Workbook {
  /// The step the learner works on at `step`: the green step after it once they have changed
  /// the production code, since they are then writing that step's code; otherwise `step`.
  ///
  /// Under strict rules that code goes inside the tests, so the learner works on the green step
  /// once their tests differ from those they were given, or from their own test as it was
  /// graded; not while they still write a test of their own.
  func workingStep(at step: Step, of lesson: Lesson, progress: LearnerProgress) throws -> Step {
    guard let solution = lesson.solution(of: step), !progress.gradesOwnTest(at: step) else {
      return step
    }
    let files = try workspace.currentFiles(of: lesson)
    let started =
      lesson.rules == .strict
      ? lesson.tests(of: files)
        != (progress.gradedTests ?? progress.testsAsGiven(at: step, of: lesson))
      : !progress.isCodeAsFound(files, in: lesson)
    return started ? solution : step
  }

  /// The line that says where the learner is, as check starts: "Lesson 01, step 2 of 11
  /// (green): Fake it · the code for step 1's test".
  func positionLine(at step: Step, of lesson: Lesson, progress: LearnerProgress) throws -> String {
    let working = try workingStep(at: step, of: lesson, progress: progress)
    let purpose = working.number == step.number ? "" : " · the code for step \(step.number)'s test"
    return "Lesson \(lesson.paddedNumber), step \(working.number) of \(lesson.steps.count) "
      + "(\(working.kind)): \(working.title)\(purpose)"
  }
}
