import WorkbookCore

/// What `workbook check` says about one test run: the colour, whether it is the colour the
/// current step expects, and what to do next.
struct CheckReport: Equatable {
  /// The lines to print, without colour.
  let lines: [String]
  /// The colour of the run, as its first line says: red while any test fails, an outer test
  /// the step keeps red included.
  let colour: Colour
  /// Whether the run is red only because of outer tests the step keeps red, such as an
  /// acceptance test waiting for the inner loop: the unit is green.
  let onlyOuterTestsFail: Bool
  /// Whether the learner is where the step expects them to be.
  let isOnTrack: Bool
  /// The colour, whether the step expects it, and what to do next, in one line.
  let summary: String

  /// A report of the lines given, of a run with no outer tests set aside.
  init(lines: [String], colour: Colour, isOnTrack: Bool, summary: String) {
    self.lines = lines
    self.colour = colour
    onlyOuterTestsFail = false
    self.isOnTrack = isOnTrack
    self.summary = summary
  }

  /// The report of a run that crashed before its tests finished, with the crash's own `words`:
  /// red, and never what a step expects, since a crash names no expectation.
  static func crashed(_ words: String, lesson: Lesson) -> CheckReport {
    CheckReport(
      lines: [
        "RED: the tests crashed before they finished.",
        "  \(words)",
        "",
        "A crash stops the whole run: the tests after it never report, and it names no",
        "expectation. Look for a force unwrap, an index or a precondition on the path of your",
        "last change; swift test --filter '\(lesson.testFilter)' shows which test was running.",
      ], colour: .red, isOnTrack: false,
      summary: "RED, the tests crashed · next: find the crash, or undo your last change")
  }

  /// Reads `outcome` at `step` of `lesson`.
  ///
  /// - Parameters:
  ///   - codeAsFound: whether the production code is as the learner found it on arriving at the
  ///     step, so that a compile error can only come from the step's new tests.
  ///   - testsEdited: whether the learner changed the tests the step gives, so that a green run
  ///     proves nothing about the step.
  ///   - changedCodeUnderStrictRules: whether the learner changed production code at a failing
  ///     step of a strict lesson, so that a green run breaks the lesson's rules.
  init(
    lesson: Lesson, step: Step, outcome: Outcome, root: String, codeAsFound: Bool = false,
    testsEdited: Bool = false, changedCodeUnderStrictRules: Bool = false
  ) {
    let inner = outcome.settingAside(lesson.outerStillRed(during: step))
    let closing = Self.closing(outcome, at: step, of: lesson)
    colour = outcome.colour
    onlyOuterTestsFail = colour == .red && inner.colour == .green
    var lines = outcome.summary(relativeTo: root)
    lines.append("")
    let verdict =
      testsEdited && closing.colour == .green
      ? Self.greenWithEditedTests(step)
      : changedCodeUnderStrictRules && closing.colour == .green
        ? Self.greenInProductionCode(lesson)
        : closing.colour != inner.colour
          ? Self.outerLeftToClose(step)
          : Self.verdict(
            lesson: lesson, step: step, outcome: inner, codeAsFound: codeAsFound,
            outerTestsFail: onlyOuterTestsFail)
    lines += verdict.lines
    let outer = OuterLoopNote(lesson: lesson, step: step, outcome: outcome)
    lines += outer.lines
    isOnTrack = verdict.isOnTrack
    self.lines = lines
    let opensOuterLoop = lesson.staysRed(step) && colour == .red && isOnTrack
    summary =
      testsEdited && closing.colour == .green
      ? "GREEN, but with tests you changed · next: swift run workbook restore"
      : opensOuterLoop
        ? "RED, as step \(step.number) expects, and it stays red · next: swift run workbook next"
        : Self.summary(
          colour: colour, judged: closing.colour, step: step, isOnTrack: isOnTrack,
          qualifier: outer.summaryQualifier)
  }

  /// The run as `check` judges it at `step`: the outer tests the step keeps red do not count
  /// against the inner loop's colour; once the inner loop is green, those the step's solution
  /// turns green count again.
  static func closing(_ outcome: Outcome, at step: Step, of lesson: Lesson) -> Outcome {
    let inner = outcome.settingAside(lesson.outerStillRed(during: step))
    return inner.colour == .green
      ? outcome.settingAside(lesson.outerStillRed(onceGreen: step)) : inner
  }

  /// What to say when the step's own tests pass but an outer test it should turn green fails.
  private static func outerLeftToClose(_ step: Step) -> (lines: [String], isOnTrack: Bool) {
    (
      [
        "Step \(step.number)'s unit tests pass; one more test must pass before the step is done.",
        "Next: make the smallest change that turns it green, then run check again.",
      ], true
    )
  }

  /// What to say when the tests of a strict lesson's failing step pass with production code.
  private static func greenInProductionCode(_ lesson: Lesson) -> (
    lines: [String], isOnTrack: Bool
  ) {
    (
      [
        "The tests pass, but with production code: under strict rules the green goes inside the "
          + "test.",
        "Take your change out of \(lesson.kataFolder) and write it in the test; next waits until "
          + "you have.",
      ], false
    )
  }

  /// What to say when the tests pass only because the learner changed them.
  private static func greenWithEditedTests(_ step: Step) -> (lines: [String], isOnTrack: Bool) {
    guard step.kind != .break else {
      return (["The tests pass with your changes to them: see the note below."], false)
    }
    return (
      [
        "The tests pass, but they are not the tests step \(step.number) gives you: "
          + "see the note below.",
        "Put them back with 'swift run workbook restore', then make the step's own tests pass.",
      ], false
    )
  }

  /// The one-line summary: the run's `colour`, followed by `qualifier`, as in "RED (only the
  /// acceptance test, as expected)", then what it means for the step, which `judged`, the
  /// colour of the run as the step sees it (see `closing`), decides.
  private static func summary(
    colour: Colour, judged: Colour, step: Step, isOnTrack: Bool, qualifier: String
  ) -> String {
    let shown = colour.rawValue.uppercased() + qualifier
    switch (isOnTrack, judged) {
    case (true, .green) where step.kind == .break:
      return
        "\(shown), as step \(step.number) expects: no test notices its change · next: read why, then run next"
    case (true, _) where step.kind == .break:
      return "\(shown), as step \(step.number) expects: its change breaks these tests on purpose "
        + "· next: read why, then run next"
    case (true, .green) where step.kind.isFailing:
      return "\(shown), the step is done · next: commit, tidy up, then run next"
    case (true, .green):
      return "\(shown), as step \(step.number) expects · next: refactor, or run next"
    case (true, .amber) where step.kind == .red:
      return "\(shown), the new tests need more of your code · next: make it compile"
    case (true, _):
      return
        "\(shown), as step \(step.number) expects · next: write the simplest code that makes it pass"
    case (false, .amber):
      return
        "\(shown), not what step \(step.number) expects · next: fix the compile errors, or undo your last change"
    case (false, _):
      return
        "\(shown), not what step \(step.number) expects · next: undo your last change, or fix it"
    }
  }

  /// What `outcome`, the run of the inner loop, means at `step`; `outerTestsFail` says whether
  /// the outer tests the step keeps red failed beside it.
  private static func verdict(
    lesson: Lesson, step: Step, outcome: Outcome, codeAsFound: Bool, outerTestsFail: Bool
  ) -> (lines: [String], isOnTrack: Bool) {
    if case .breaks(let declared) = step.expectation {
      return breakVerdict(lesson: lesson, step: step, declared: declared, outcome: outcome)
    }
    guard step.kind.isFailing else {
      let outer = outerTestsFail ? " but the acceptance test it keeps red" : ""
      return outcome.colour == .green
        ? (
          [
            "Step \(step.number) expects every test to pass\(outer), and they do.",
            "Carry on: swift run workbook next",
          ], true
        )
        : (
          [
            "Step \(step.number) expects every test to pass.",
            "Undo your last change, or fix it until the tests pass again.",
          ], false
        )
    }
    if lesson.staysRed(step), matches(step.expectation, outcome) {
      return (outerLoopOpened(step), true)
    }
    if lesson.staysRed(step), outcome.colour == .green {
      return (outerLoopClosedEarly(step, in: lesson), false)
    }
    if outcome.colour == .green {
      return (
        done(step, in: lesson, outerTestsFail: outerTestsFail, codeAsFound: codeAsFound), true
      )
    }
    if matches(step.expectation, outcome) {
      return (expected(step, in: lesson), true)
    }
    // Not goto: it would put the reference's tests in place of a test the learner wrote. Not
    // git restore: it would leave the files the attempt added.
    let startAgain = [
      "To start the step again, put your code back as you last committed it, new files too; "
        + "the tests stay, and git keeps your attempt:",
      "  git stash push --include-untracked -- Katas/\(lesson.entry.kata)",
    ]
    if case .doesNotCompile = outcome, step.kind == .red, codeAsFound {
      return (
        [
          "Step \(step.number)'s tests ask for something your code does not have yet: see the errors above.",
          "A test that does not compile is a failing test too. Make it compile, then make it pass.",
          "Stuck? swift run workbook hint",
        ], true
      )
    }
    if case .doesNotCompile = outcome {
      return (["Fix the errors above, or undo your last change."] + startAgain, false)
    }
    if isRegression(step.expectation, outcome) {
      return (
        [
          "Step \(step.number)'s test passes, but another test fails: your last change broke it.",
          "Undo that change, or fix it before you go on.",
        ] + startAgain, false
      )
    }
    return (
      [
        "Step \(step.number) expects \(describe(step.expectation)); this run shows something else.",
        "A test you did not expect is failing: undo your last change, or fix it first.",
      ] + startAgain, false
    )
  }

  /// What to say at a break step: whether its change broke exactly the tests the lesson says,
  /// and which they are.
  private static func breakVerdict(
    lesson: Lesson, step: Step, declared: [StillRedTest], outcome: Outcome
  ) -> (lines: [String], isOnTrack: Bool) {
    let names = declared.map(\.test)
    guard matches(step.expectation, outcome) else {
      return (
        [
          "Step \(step.number)'s change should break "
            + (names.isEmpty ? "no test" : "exactly \(names.joined(separator: ", "))")
            + "; this run shows something else.",
          "The code may not be the reference's at this step any more. To put it back:",
          "  swift run workbook goto \(lesson.paddedNumber) \(step.number)",
        ], false
      )
    }
    return (
      [
        names.isEmpty
          ? "Step \(step.number)'s change breaks no test, as the lesson says: no test notices it."
          : "Step \(step.number)'s change breaks \(counted(names.count, "test")), as the lesson "
            + "says: \(names.joined(separator: ", ")).",
        "Read in the lesson's text why these break and the others do not; then move on:",
        "  swift run workbook next",
      ], true
    )
  }

  /// What to say when the failing step's tests pass: commit, refactor, then move on. When
  /// `outerTestsFail`, the run is red only from the outer tests the step's solution keeps red,
  /// and it is a safe point all the same.
  ///
  /// - Parameter codeAsFound: whether the production code is as the learner found it at the
  ///   step, so that the tests pass with no work of theirs.
  private static func done(
    _ step: Step, in lesson: Lesson, outerTestsFail: Bool, codeAsFound: Bool
  ) -> [String] {
    let following = lesson.steps.dropFirst(step.number)
    let upcoming = following.firstIndex { $0.kind.isFailing || $0.kind == .break }
    // The learner made the test pass: they did the green step after it, if the lesson has one.
    // With the code as they found it, they did nothing, and the step's number stays; under
    // strict rules the green is written in the tests, so the code always is as found.
    let finished =
      codeAsFound && lesson.rules == .standard
      ? "Your code already makes step \(step.number)'s"
      : lesson.solution(of: step).map {
        "Step \($0.number) is done: you made step \(step.number)'s"
      } ?? "Step \(step.number) is done: you made the"
    let refactorings = following.prefix { !$0.kind.isFailing }.filter { $0.kind == .refactor }
    let commit =
      outerTestsFail
      ? "Commit: your unit is green, and the acceptance test fails only as the step expects."
      : "Commit on green: this is a safe point to come back to."
    var lines =
      lesson.rules == .strict
      ? [
        "\(finished) failing test pass, with code inside the test.",
        commit,
        "Then refactor: extract duplicated code into methods of the test suite, and move a method",
        "into \(lesson.kataFolder) only as a whole. Run check after each change.",
      ]
      : [
        "\(finished) failing test pass.", commit,
        "(next first tries the tests with other examples, in case your code answers only these.)",
        "Then refactor while the tests keep you safe, running check after each change.",
      ]
    for refactoring in refactorings {
      let changesTests = refactoring.writes.keys.contains(where: lesson.isTestPath)
      lines.append(
        (changesTests && lesson.rules == .standard
          ? "  next also brings in the reference's tidied tests: "
          : "  next first shows the reference's refactoring: ")
          + "\(refactoring.title) (step \(refactoring.number)).")
    }
    lines.append(
      upcoming == nil
        ? "That was the lesson's last test. Move on with: swift run workbook next"
        : "When the code is clean, move on: swift run workbook next")
    return lines
  }

  /// What to say when a step that stays red fails the way it expects: its test waits for the
  /// inner loop, and the learner moves on without making it pass.
  private static func outerLoopOpened(_ step: Step) -> [String] {
    [
      "This is the red that step \(step.number) expects, and it stays red for a while:",
      "the steps after it build, one unit test at a time, what this test needs.",
      "Do not make it pass now. Move on to the unit tests that build it: swift run workbook next",
    ]
  }

  /// What to say when a step that stays red passes at once: a shortcut closed the outer loop
  /// before any unit test asked for the code, and `next` will not accept it.
  private static func outerLoopClosedEarly(_ step: Step, in lesson: Lesson) -> [String] {
    [
      "Step \(step.number)'s test passes already, but it is meant to stay red while the unit "
        + "tests after it build what it needs.",
      "Take the shortcut out of \(lesson.kataFolder), see the test fail, then move on: "
        + "swift run workbook next",
    ]
  }

  /// What to say when the run fails the way the step expects.
  private static func expected(_ step: Step, in lesson: Lesson) -> [String] {
    let why =
      step.kind == .amber
      ? "Why: a test that does not compile is a failing test; it asks for code that is not there yet."
      : "Why: the test asks for behaviour the code does not have yet."
    let next =
      lesson.rules == .strict
      ? strictNext(lesson)
      : ["Next: write the simplest production code in \(lesson.kataFolder) that makes it pass,"]
    return ["This is the \(step.kind) that step \(step.number) expects.", why] + next + [
      "then run 'swift run workbook check' again. Stuck? swift run workbook hint"
    ]
  }

  /// What to do next at a failing step of a lesson with strict rules, which the learner has
  /// to hear because they break the habit every other lesson builds.
  private static func strictNext(_ lesson: Lesson) -> [String] {
    [
      "This lesson follows strict rules (TDD as if you meant it):",
      "  green: write the simplest code that makes it pass inside the test function itself,",
      "         in \(lesson.testsFolder); leave its #expect and #require lines as they are;",
      "  refactor: extract that code into methods of the test suite, and move methods into",
      "         \(lesson.kataFolder) only as a whole; every test keeps passing.",
      "Next: write that code in the test,",
    ]
  }

  /// Whether the step's declared tests all pass while others fail: something that worked broke.
  private static func isRegression(_ expectation: Expectation, _ outcome: Outcome) -> Bool {
    guard case .failures(let declared, _) = expectation, case .ran(_, let failures) = outcome else {
      return false
    }
    return Set(declared).isDisjoint(with: failures.map(\.test))
  }

  /// Whether the run shows what the step declares; a red may fail with another message,
  /// because the learner's code need not be the reference's.
  static func matches(_ expectation: Expectation, _ outcome: Outcome) -> Bool {
    switch (expectation, outcome) {
    case (.compileError(let diagnostic), .doesNotCompile(let errors)):
      errors.contains { $0.message.contains(diagnostic) }
    case (.failures(let tests, _), .ran(_, let failures)):
      Set(tests) == Set(failures.map(\.test))
    case (.breaks(let declared), .ran(_, let failures)):
      Set(declared.map(\.test)) == Set(failures.map(\.test))
    case (.allPass, .ran(_, let failures)):
      failures.isEmpty
    default:
      false
    }
  }

  private static func describe(_ expectation: Expectation) -> String {
    switch expectation {
    case .compileError(let diagnostic): "a compile error (\(diagnostic))"
    case .failures(let tests, _): "exactly \(tests.joined(separator: ", ")) to fail"
    case .breaks(let broken): "exactly \(broken.map(\.test).joined(separator: ", ")) to break"
    case .allPass: "every test to pass"
    }
  }
}
