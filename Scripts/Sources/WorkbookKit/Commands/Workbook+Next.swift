import WorkbookCore

extension Workbook {
  /// Ping-pong with the workbook: once the learner's code is green, brings in the tests of the
  /// next failing step and keeps the learner's production code.
  ///
  /// A refactoring of the production code on the way is a stop of its own: `next` shows the
  /// reference's change and lets the learner make it, or skip it by running `next` again.
  ///
  /// - Parameter force: move on even when the tests are not green, are edited, or pass only with
  ///   their own examples; edited tests are saved before they are replaced.
  func next(force: Bool) throws -> Int32 {
    var (lesson, step, progress) = try currentPosition()
    if !force, let refusal = try refusal(at: step, of: lesson, progress: progress) {
      terminal.printError("Error: \(refusal); or move on anyway with 'next --force'")
      return 1
    }
    let files = try workspace.currentFiles(of: lesson)
    if step.kind == .refactor,
      isStrictRefactoringOfTests(step, in: lesson)
        ? lesson.tests(of: files) == lesson.tests(of: lesson.state(after: step.number - 1))
          && progress.isCodeAsFound(files, in: lesson)
        : progress.isCodeAsFound(files, in: lesson)
    {
      terminal.print(
        "You skipped the reference's refactoring (\(step.title)); your code is as it was.")
    }
    let following = lesson.steps.dropFirst(step.number)
    // A break step is a stop of its own: the learner predicts what its change breaks, then sees.
    let upcoming = following.first { $0.kind.isFailing || $0.kind == .break }
    let refactoring = following.first { candidate in
      candidate.number < (upcoming?.number ?? Int.max) && candidate.kind == .refactor
        && (candidate.writes.keys.contains(where: lesson.isProductionPath)
          || isStrictRefactoringOfTests(candidate, in: lesson))
    }
    let stop = refactoring ?? upcoming
    if step.kind == .break || stop?.kind == .break {
      try putReferenceCode(before: stop, of: lesson)
    }
    if let refactoring {
      // Under strict rules a refactoring of the tests is the learner's to make, from the tests
      // as they were before it: an extraction, or a move whose tests would not compile yet.
      let isStrict = isStrictRefactoringOfTests(refactoring, in: lesson)
      try bringInTests(
        of: refactoring, after: step, in: lesson, progress: &progress, asBefore: isStrict)
      if isStrict {
        showStrictRefactoring(refactoring, of: lesson)
      } else {
        showRefactoring(refactoring, of: lesson)
      }
      return 0
    }
    guard let upcoming else {
      reportUndoingSteps(lesson.steps.dropFirst(step.number), of: lesson)
      try finish(lesson, progress: &progress)
      return 0
    }
    try bringInTests(of: upcoming, after: step, in: lesson, progress: &progress)
    if upcoming.kind == .break {
      showBreak(upcoming, of: lesson)
      return 0
    }
    if progress.writesOwnTest {
      printWhatToTest(upcoming, of: lesson)
      printOuterLoop(arrivingAt: upcoming, of: lesson)
      return 0
    }
    terminal.print(
      lesson.rules == .strict
        ? "New tests are in \(lesson.testsFolder): the reference's, with its code inside them; "
          + "your production code is as you left it."
        : "New tests are in \(lesson.testsFolder); your production code is as you left it.")
    printOuterLoop(arrivingAt: upcoming, of: lesson)
    terminal.print("Predict the colour, then run 'swift run workbook check' (or look at watch).")
    return 0
  }

  /// Prints which outer tests stay red through `step`, and which its work should turn green.
  private func printOuterLoop(arrivingAt step: Step, of lesson: Lesson) {
    for line in OuterLoopNote.arriving(at: step, of: lesson) {
      terminal.print(line)
    }
  }

  /// Why the learner cannot move on from `step` yet, or nil when they can: the step's tests are
  /// edited, not green, or green only with their own examples, in which case it also prints
  /// what failed with other examples.
  private func refusal(at step: Step, of lesson: Lesson, progress: LearnerProgress) throws
    -> String?
  {
    if progress.gradesOwnTest(at: step) {
      return "step \(step.number)'s test is yours to write, and no test of yours has been graded "
        + "red as intended yet; write it and run 'swift run workbook check'"
    }
    // A break step is there to be predicted and seen; moving past it unseen teaches nothing.
    if step.kind == .break, !progress.checkedThisStep {
      return "predict what step \(step.number)'s change breaks, then see it: "
        + "'swift run workbook check --predict <n|tests>'"
    }
    let files = try workspace.currentFiles(of: lesson)
    if lesson.rules == .strict, step.kind.isFailing, progress.productionOnArrival != nil,
      !progress.isCodeAsFound(files, in: lesson)
    {
      return "under strict rules step \(step.number)'s green goes inside the test; take your "
        + "change out of \(lesson.kataFolder) first"
    }
    let edited = progress.editedTests(in: files, at: step, of: lesson)
    // Before a refactoring of the tests, changed tests are the learner's own repair: `next`
    // saves them and brings in the reference's.
    guard edited.isEmpty || !lesson.repairsOfTheTests(after: step).isEmpty else {
      return "you changed the tests that step \(step.number) gives you "
        + "(\(edited.joined(separator: ", "))); put them back with 'swift run workbook restore'"
    }
    let run = try runTests(of: lesson)
    if step.kind == .break {
      return CheckReport.matches(step.expectation, run)
        ? nil
        : "step \(step.number) must break exactly the tests it declares first "
          + "('swift run workbook check' shows why)"
    }
    if lesson.staysRed(step) {
      let failsAsDeclared = CheckReport.matches(
        step.expectation, run.settingAside(lesson.outerStillRed(during: step)))
      return failsAsDeclared
        ? nil
        : "step \(step.number) stays red, but its tests must fail as it declares first "
          + "('swift run workbook check' shows why)"
    }
    // The outer tests the step keeps red wait for later steps; they do not hold the learner back.
    let outcome = run.settingAside(lesson.outerStillRed(onceGreen: step))
    guard outcome.colour == .green else {
      return "step \(step.number) is \(outcome.colour), not green yet; make it pass first "
        + "('swift run workbook check' shows why)"
    }
    // The learner's own tests are not the reference's, so their examples cannot be varied.
    let specialCases = progress.writesOwnTest ? [] : try specialCases(at: step, of: lesson)
    guard specialCases.isEmpty else {
      for line in specialCases {
        terminal.print(terminal.paint(line, .amber))
      }
      return "step \(step.number)'s tests pass only with their own examples; make your code general"
    }
    return nil
  }

  /// Puts `target`'s tests in place, keeping the learner's own tests, and moves there.
  ///
  /// At a step whose test is the learner's to write, the tests are those of the step before it,
  /// unless the learner asked to be handed every test.
  ///
  /// - Parameter asBefore: whether to put the tests in place as they were before `target`.
  private func bringInTests(
    of target: Step, after step: Step, in lesson: Lesson, progress: inout LearnerProgress,
    asBefore: Bool = false
  ) throws {
    let writesOwnTest = target.isLearnerWritten && !progress.handsOutEveryTest
    let reference = lesson.tests(
      of: lesson.state(after: target.number - (writesOwnTest || asBefore ? 1 : 0)))
    let ownTests = try bringInTests(reference, leaving: step, of: lesson, progress: progress)
    progress.move(
      to: target.number, of: lesson.entry.slug,
      production: lesson.productionFingerprint(of: try workspace.currentFiles(of: lesson)))
    progress.writesOwnTest = writesOwnTest
    // While the learner writes the step's test, the tests they start from are not the step's.
    progress.ownTests = writesOwnTest ? ownTests ?? reference.texts : ownTests
    try progress.save(to: workspace)
    let passed = lesson.steps[step.number..<(target.number - 1)]
    for refactoring in passed where refactoring.kind == .refactor {
      terminal.print(
        "Brought in the reference's refactoring of the tests: \(refactoring.title) (step \(refactoring.number))."
      )
    }
    reportUndoingSteps(passed, of: lesson)
    terminal.print(
      "Step \(target.number) of \(lesson.steps.count) (\(target.kind)): \(target.title)")
  }

  /// Says which of `passed`, the steps `next` moves over, take a break step's change back: the
  /// workbook makes them for the learner, so the count of steps never jumps without a word.
  private func reportUndoingSteps(_ passed: ArraySlice<Step>, of lesson: Lesson) {
    for undoing in passed {
      let breaks = undoing.undoes.filter { lesson.step($0)?.kind == .break }
      guard !breaks.isEmpty else { continue }
      let earlier = breaks.map(String.init).joined(separator: " and ")
      terminal.print(
        "Step \(undoing.number) of \(lesson.steps.count) (\(undoing.kind)): \(undoing.title), "
          + "is done for you: the code is as it was before step \(earlier).")
    }
  }

  /// Shows the reference's refactoring at `step` and how to make it, or skip it.
  private func showRefactoring(_ step: Step, of lesson: Lesson) {
    terminal.print("The reference refactors its production code here; the tests stay as they are.")
    terminal.print("This is the change it makes to its own code:")
    terminal.print("")
    printProductionChange(of: step, in: lesson)
    terminal.print("")
    terminal.print(
      "Make the same kind of change to your code, in small edits. Your code may differ")
    terminal.print("from the reference's: 'swift run workbook peek' shows the refactored code as a")
    terminal.print(
      "change from yours. Run 'swift run workbook check' after each edit: it stays green.")
    terminal.print(
      "Then run 'swift run workbook next' again. To skip this refactoring, run it right away.")
  }

  /// Marks `lesson` finished and leaves it for free practice: `check` and `watch` still run
  /// its tests until another lesson starts.
  private func finish(_ lesson: Lesson, progress: inout LearnerProgress) throws {
    if !progress.finished.contains(lesson.entry.slug) {
      progress.finished.append(lesson.entry.slug)
    }
    progress.leave()
    progress.practising = lesson.entry.slug
    try progress.save(to: workspace)
    terminal.print(terminal.paint("You have finished lesson \(lesson.paddedNumber).", .green))
    terminal.print(
      "See how the reference grew, step by step: swift run workbook diff \(lesson.paddedNumber)")
    terminal.print(
      "Read the recap in \(lesson.lessonFolder)README.md; 'swift run workbook' shows what comes next."
    )
    terminal.print(
      "For the lesson's exercises, 'swift run workbook check' (and watch) still runs its tests.")
  }
}
