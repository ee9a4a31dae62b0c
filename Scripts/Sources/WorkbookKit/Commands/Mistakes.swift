import WorkbookCore

/// The classic mistakes of a learner at a step, in plain words: editing the test the workbook
/// gave them, changing the production code before they saw the new test fail, and a new test
/// that passes at once.
struct Mistakes {
  let lesson: Lesson
  let step: Step
  /// The lesson's files in the working tree, as the tests ran.
  let files: Snapshot
  let progress: LearnerProgress
  /// The colour of the run.
  let colour: Colour

  /// What to tell the learner; empty when they made none of these mistakes.
  var lines: [String] {
    editedTests + codeChangedBeforeTheFirstRun + testChangedBeforeTheFirstRun
      + codeChangedUnderStrictRules + passedAtOnce
  }

  /// Whether the tests are as the step gives them, byte for byte.
  private var testsAsGiven: Bool {
    lesson.tests(of: files) == lesson.tests(of: lesson.state(after: step.number))
  }

  private var isFirstRunAtAFailingStep: Bool {
    step.kind.isFailing && !progress.checkedThisStep
  }

  /// Whether the production code is as the learner found it on arriving at the step.
  var codeAsFound: Bool {
    progress.isCodeAsFound(files, in: lesson)
  }

  /// The test files the learner changed from those the step gives, by path.
  var editedTestFiles: [String] {
    progress.editedTests(in: files, at: step, of: lesson)
  }

  /// Whether the learner changed the tests the step gives where the step does not ask them to:
  /// before a refactoring of the tests, changing them is the learner's repair.
  var editedTestsByMistake: Bool {
    !editedTestFiles.isEmpty && lesson.repairsOfTheTests(after: step).isEmpty
  }

  private var editedTests: [String] {
    let changed = editedTestFiles
    guard !changed.isEmpty else { return [] }
    if let repair = lesson.repairsOfTheTests(after: step).first {
      return [
        "",
        "You changed the tests: \(changed.joined(separator: ", ")). The reference repairs them "
          + "too, at step \(repair.number) (\(repair.title)).",
        "Keep them green. 'swift run workbook next' saves your version to .workbook/saved/ and "
          + "brings in the reference's, so that you can compare the two.",
      ]
    }
    // Mending what a break step breaks is an exercise the lesson may set, not a mistake.
    if step.kind == .break {
      return [
        "",
        "You changed the tests of break step \(step.number): \(changed.joined(separator: ", ")).",
        "This run shows your tests. Step \(step.number)'s own tests break as the lesson shows; to "
          + "run them again, put them back (your edits are saved first): "
          + "swift run workbook restore",
      ]
    }
    return [
      "",
      "You changed the tests that step \(step.number) gives you: \(changed.joined(separator: ", ")).",
      "In this workbook the step owns the test: change the production code, not the test.",
      "To get the step's tests back and keep your code (your edits are saved first): "
        + "swift run workbook restore",
    ]
  }

  private var codeChangedBeforeTheFirstRun: [String] {
    guard isFirstRunAtAFailingStep, progress.productionOnArrival != nil, !codeAsFound else {
      return []
    }
    return [
      "",
      "You changed the production code before you saw step \(step.number)'s test fail.",
      "Next time, run the new test first and watch it fail for the reason you expect:",
      "a test you have never seen fail may pass for the wrong reason.",
    ]
  }

  /// Under strict rules the learner's code goes into the test, so writing it before the first
  /// run is the mistake that changing the production code is elsewhere. Not at a step whose
  /// test the learner writes: there, changing the tests is writing it, and grading judges it.
  private var testChangedBeforeTheFirstRun: [String] {
    guard lesson.rules == .strict, isFirstRunAtAFailingStep, !testsAsGiven,
      !progress.writesOwnTest
    else { return [] }
    return [
      "",
      "You wrote code in step \(step.number)'s test before you saw it fail.",
      "Next time, run the new test first and watch it fail for the reason you expect:",
      "a test you have never seen fail may pass for the wrong reason.",
    ]
  }

  /// Whether the learner changed the production code at a failing step under strict rules,
  /// where a failing step is made to pass in the test, and production code changes only when a
  /// refactoring moves code out of the tests.
  var changedCodeUnderStrictRules: Bool {
    lesson.rules == .strict && step.kind.isFailing && progress.productionOnArrival != nil
      && !codeAsFound
  }

  private var codeChangedUnderStrictRules: [String] {
    guard changedCodeUnderStrictRules else { return [] }
    return [
      "",
      "You changed the production code in \(lesson.kataFolder) at a failing step.",
      "This lesson follows strict rules: make the test pass with code inside the test, and let",
      "production code change only when a refactoring moves that code out of the tests.",
    ]
  }

  private var passedAtOnce: [String] {
    // A test the learner writes is graded, and a green one gets a verdict of its own.
    guard isFirstRunAtAFailingStep, codeAsFound, colour == .green, !progress.writesOwnTest,
      lesson.rules == .standard || testsAsGiven
    else { return [] }
    return [
      "",
      "Step \(step.number)'s new test passed the first time it ran.",
      "Either your code already did this, or the test does not check what its name says.",
      "Read the test before you move on: a test that never failed has not yet proved anything.",
    ]
  }
}
