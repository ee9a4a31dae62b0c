import WorkbookCore
import WorkbookGates

/// What `check` says about the tests a learner wrote at a step whose test is theirs: the verdict
/// in plain words, and the next move.
struct TestGradeReport {
  let grade: TestGrade
  let lesson: Lesson
  let step: Step
  /// The repository root, which compiler messages are shown relative to.
  let root: String

  /// The verdict and the next move, one line each or more.
  var lines: [String] {
    if lesson.rules == .strict, let strictLines {
      return strictLines
    }
    let writes = step.learnerWrites
    switch grade {
    case .noNewTest:
      return [
        "Step \(step.number)'s test is yours to write, and there is no new test in "
          + "\(files) yet.",
        "  Test this: \(writes?.behaviour ?? step.title)",
        "  A good failure: \(writes?.goodFailure ?? "")",
        "Add it as a new @Test, then run check again: it grades your test before you write code.",
      ]
    case .doesNotCompile(let errors)
    where errors.allSatisfy({ $0.file.contains("/\(lesson.kataFolder)") }):
      return ["Your production code does not compile:"] + shown(errors) + [
        "Fix it, or undo your last change to it; then run check again, and your test is graded."
      ]
    case .doesNotCompile(let errors):
      let missesNames = errors.allSatisfy { error in
        ["cannot find", "has no member"].contains { error.message.contains($0) }
      }
      return [
        "Your test does not compile against your code:"
      ] + shown(errors) + [
        missesNames
          ? "Step \(step.number) asks for behaviour, not for new names: write the test with the "
            + "names your code already has, then run check again."
          : "A test must compile before it can fail on an expectation: fix what the compiler says "
            + "above, then run check again."
      ]
    case .crashes(let message):
      return [
        "Your tests crashed before they finished: \(message)",
        "A good test fails on an expectation (#expect), it does not stop the run. Look for a force "
          + "unwrap (!), an index out of range or a loop that never ends in your new test.",
      ]
    case .greenAtOnce(let newTests):
      return [
        "Your new \(newTests.count == 1 ? "test passes" : "tests pass") on your code at once: "
          + "\(newTests.joined(separator: ", ")).",
        "A test that has never failed has not proved anything. Does it check this?",
        "  \(writes?.behaviour ?? step.title)",
        "Make it ask for what your code does not do yet. A good failure: "
          + (writes?.goodFailure ?? ""),
        "Or your code already does it, ahead of the lesson: then your test is right. Take that "
          + "code out of \(lesson.kataFolder) (git stash push --include-untracked -- "
          + "\(lesson.kataFolder) keeps it) and run check again.",
      ]
    case .breaksGivenTests(let failures):
      return [
        "Tests that you had before this step now fail:"
      ] + failures.map { "  ✘ \"\($0.displayName)\" (\($0.test)): \($0.message)" } + [
        "Only your new test should fail. Undo your change to the other tests or to the code, "
          + "then run check again."
      ]
    case .doesNotCompileOnNewCode(let errors, let green):
      return [
        "Your test does not compile against the reference's code of step \(green.number) "
          + "(\(green.title)):"
      ] + shown(errors) + [
        "It uses a name that the code does not have and this step does not add. Write it with "
          + "the names the code already has, then run check again."
      ]
    case .failsOnNewCode(let failures, let crash, let green):
      let why =
        crash.map { ["  It crashed: \($0)"] }
        ?? failures.map { "  ✘ \"\($0.displayName)\" (\($0.test)): \($0.message)" }
      return [
        "Your test fails on the reference's code of step \(green.number) (\(green.title)), "
          + "which does what this step asks:"
      ] + why + [
        "So it asks for something else, or expects another value. Step \(step.number) asks for "
          + "this: \(writes?.behaviour ?? step.title)",
        "Fix the test, then run check again.",
      ]
    case .passesOnOldCode(let before):
      return [
        "Your new test passes on the reference's code from before this step (step \(before.number), "
          + "\(before.title)), so it does not ask for anything new.",
        "Step \(step.number) asks for this: \(writes?.behaviour ?? step.title)",
        "A good failure: \(writes?.goodFailure ?? "")",
        "Make your test check that, then run check again.",
      ]
    case .missesMutants(let mutants, let green):
      return [
        "Your test asks for the right thing, but it lets through faults in the reference's code "
          + "of step \(green.number) that the reference's own test for this step catches:"
      ]
        + unique(
          mutants.map { mutant in
            "  Your new test still passes when \(mutant.description) in \(mutant.fileName) line "
              + "\(mutant.line): \(mutant.operator.gap)."
          }) + [
          "Add an expectation that fails for each of these, then run check again."
        ]
    case .redAsIntended(let failing):
      let names = failing.map(\.test).joined(separator: ", ")
      return [
        "Your test is red as intended\(names.isEmpty ? "" : " (\(names))"): it fails on your "
          + "code, passes on the reference's code once the step is done, fails on the code from "
          + "before, and catches the faults the reference's own test catches.",
        "Next: write the simplest production code in \(lesson.kataFolder) that makes it pass,",
        "then run 'swift run workbook check' again. Stuck? swift run workbook hint",
      ]
    }
  }

  /// The verdict in one line, for watch, after the colour of the run.
  var summary: String {
    if lesson.rules == .strict, let strictSummary {
      return strictSummary
    }
    return switch grade {
    case .noNewTest: "no new test yet · next: write the step's test"
    case .doesNotCompile: "your test does not compile · next: fix it"
    case .crashes: "your test crashes · next: make it fail on an expectation"
    case .greenAtOnce: "your test passes at once · next: make it ask for something new"
    case .breaksGivenTests: "other tests fail · next: undo your change to them"
    case .doesNotCompileOnNewCode: "your test uses names the code lacks · next: fix it"
    case .failsOnNewCode: "your test fails on the reference's answer · next: fix it"
    case .passesOnOldCode: "your test passes on the old code · next: make it ask for more"
    case .missesMutants: "your test misses faults · next: add expectations"
    case .redAsIntended: "your test is red as intended · next: write the simplest code that passes"
    }
  }

  /// `lines` without the repeats, in order: two faults of one line, such as a name used twice
  /// and ignored at each use, read the same.
  private func unique(_ lines: [String]) -> [String] {
    var seen: Set<String> = []
    return lines.filter { seen.insert($0).inserted }
  }

  private var files: String {
    step.testFiles(of: lesson).joined(separator: " or ")
  }

  func shown(_ errors: [Diagnostic]) -> [String] {
    errors.prefix(3).map { "  " + $0.located(relativeTo: root) }
  }
}

extension CheckReport {
  /// Reads the grade of the learner's own tests, whose run on their code ended with `ownRun`.
  /// Once their tests are red as intended, it says what becomes of the outer tests the step
  /// keeps red, as a check of a given test does.
  init(grading report: TestGradeReport, ownRun: Result<Outcome, any Error>) {
    var lines: [String]
    var outerLoop: [String] = []
    switch ownRun {
    case .success(let outcome):
      colour = outcome.colour
      lines = outcome.summary(relativeTo: report.root)
      if report.grade.isRedAsIntended {
        outerLoop = OuterLoopNote(lesson: report.lesson, step: report.step, outcome: outcome).lines
      }
    case .failure:
      colour = .red
      lines = ["RED: the tests stopped before they finished."]
    }
    self.lines = lines + [""] + report.lines + outerLoop
    onlyOuterTestsFail = false
    isOnTrack = report.grade.isRedAsIntended
    summary = "\(colour.rawValue.uppercased()), \(report.summary)"
  }
}
