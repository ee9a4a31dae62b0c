import WorkbookCore

extension Workbook {
  /// Puts `name` at its starting point and makes it the current lesson, after putting back any
  /// other lesson left not compiling, so that a plain `swift test` can still build.
  func start(_ name: String) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name)
    try putBackLessonsThatDoNotCompile(except: lesson)
    try moveTo(step: 1, of: lesson)
    let first = lesson.steps[0]
    terminal.print(
      "Lesson \(lesson.paddedNumber): \(lesson.entry.title). Read \(lesson.lessonFolder)README.md.")
    terminal.print("Step 1 of \(lesson.steps.count) (\(first.kind)): \(first.title)")
    terminal.print(
      first.kind == .amber
        ? "The lesson's code does not compile yet, so no test runs; see for yourself:"
        : "The tests in \(lesson.testsFolder) now fail; see for yourself:")
    terminal.print("  swift run workbook check")
    return 0
  }

  /// Puts a lesson at any recorded step and makes it the current one, after putting back any
  /// other lesson left not compiling, as `start` does.
  func goto(_ name: String, _ stepText: String) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name)
    let number = try stepNumber(stepText, of: lesson)
    try putBackLessonsThatDoNotCompile(except: lesson)
    try moveTo(step: number, of: lesson)
    let step = lesson.steps[number - 1]
    terminal.print(
      "Lesson \(lesson.paddedNumber) is now at step \(number) of \(lesson.steps.count) (\(step.kind)): \(step.title)"
    )
    terminal.print("Run 'swift run workbook check' to see where that leaves the tests.")
    return 0
  }

  /// Puts the current step's tests back as the step gives them, saving the learner's edits to
  /// them first, and keeps the learner's production code. At a step whose test is the learner's
  /// to write, it brings in the reference's test instead; under strict rules, once theirs is
  /// graded, it puts theirs back as it was graded, without the green written inside it.
  func restore() throws -> Int32 {
    var (lesson, step, progress) = try currentPosition()
    if progress.writesOwnTest, lesson.rules == .strict, let graded = progress.gradedTests {
      let files = try workspace.currentFiles(of: lesson)
      guard !progress.editedTests(in: files, at: step, of: lesson).isEmpty else {
        terminal.print("Your test is already as it was graded.")
        return 0
      }
      try replaceFiles(
        with: graded, of: lesson, folders: [lesson.testsFolder], thenSaving: nil)
      terminal.print(
        "Your tests are back as they were graded; your production code is as you left it.")
      return 0
    }
    if progress.writesOwnTest {
      try handOutReferenceTest(of: step, in: lesson, progress: &progress)
      return 0
    }
    let files = try workspace.currentFiles(of: lesson)
    guard !progress.editedTests(in: files, at: step, of: lesson).isEmpty else {
      terminal.print("The tests are already as step \(step.number) gives them.")
      return 0
    }
    try replaceFiles(
      with: progress.testsAsGiven(at: step, of: lesson), of: lesson,
      folders: [lesson.testsFolder], thenSaving: nil)
    terminal.print(
      "The tests are back as step \(step.number) gives them; your production code is as you left it."
    )
    return 0
  }

  /// Puts a lesson back as it is on main, its reference solution, and leaves it.
  func reset(_ name: String?) throws -> Int32 {
    var progress = try progress()
    guard let name = name ?? progress.lesson else {
      throw WorkbookError.usage("no lesson started; name one: reset <lesson>")
    }
    let lesson = try workspace.lessons.lesson(named: name)
    let leaves = progress.lesson == lesson.entry.slug
    progress.leave()
    try replaceFiles(
      with: lesson.state(after: lesson.steps.count), of: lesson,
      folders: [lesson.kataFolder, lesson.testsFolder], thenSaving: leaves ? progress : nil)
    terminal.print(
      "Lesson \(lesson.paddedNumber) is back at its last recorded step: its reference solution.")
    return 0
  }

  /// Shows the current step's hints, one more each time.
  func hint() throws -> Int32 {
    var (lesson, step, progress) = try currentPosition()
    // At a break step the question is what its own change breaks, so the hint shows that change.
    let reference =
      step.kind == .break
      ? "This step's change: swift run workbook diff \(lesson.paddedNumber) \(step.number)"
      : step.number < lesson.steps.count
        ? "The reference's next change: swift run workbook diff \(lesson.paddedNumber) \(step.number + 1)"
        : "This is the lesson's last step."
    guard !step.hints.isEmpty else {
      terminal.print("This step has no hints. \(reference)")
      return 0
    }
    let shown = min(progress.hintsShown + 1, step.hints.count)
    for (index, hint) in step.hints.prefix(shown).enumerated() {
      terminal.print("Hint \(index + 1) of \(step.hints.count): \(hint)")
    }
    if shown == step.hints.count {
      terminal.print("That was the last hint. \(reference)")
    }
    progress.hintsShown = shown
    try progress.save(to: workspace)
    return 0
  }

  /// Materialises `number` of `lesson` and records it as the learner's position.
  private func moveTo(step number: Int, of lesson: Lesson) throws {
    var progress = try progress()
    progress.move(
      to: number, of: lesson.entry.slug,
      production: lesson.productionFingerprint(of: lesson.state(after: number)))
    try replaceFiles(
      with: lesson.state(after: number), of: lesson,
      folders: [lesson.kataFolder, lesson.testsFolder], thenSaving: progress)
  }
}
