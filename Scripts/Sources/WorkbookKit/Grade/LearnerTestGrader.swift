import Foundation

/// Grades the tests a learner wrote at a step whose test is theirs to write, against their own
/// code and against the reference's code before and after the step (see `TestGrade`).
///
/// Each run of the reference's code happens in a scratch package of its own, whose production
/// code stays the same from one check to the next: only the learner's tests change there, so
/// each run rebuilds the tests alone.
struct LearnerTestGrader {
  /// The lesson.
  let lesson: Lesson
  /// The step whose test the learner writes.
  let step: Step
  /// The tests the learner had when they arrived at the step, before they wrote theirs.
  let given: Snapshot
  /// The folder that holds the scratch packages, such as `.build/workbook`.
  let scratchRoot: URL
  /// The repository root, where compiler messages say the files are.
  let root: URL
  /// What runs the tests.
  let runner: any TestRunner
  /// The clock the scratch packages wait on.
  let pacer: Pacer

  /// The green step whose reference code makes the step's test pass: the first after it.
  var green: Step? {
    lesson.steps.dropFirst(step.number).first { $0.kind == .green }
  }

  /// The step before, whose reference code the new tests must fail on.
  var before: Step { lesson.steps[step.number - 2] }

  /// Grades the tests of `files`, the learner's code and tests, whose own run was `ownRun`.
  ///
  /// - Parameter ownRun: how the run of `files` ended: its outcome, or the error of a run that
  ///   crashed or ran out of time.
  func grade(_ files: Snapshot, ownRun: Result<Outcome, any Error>) throws -> TestGrade {
    let tests = lesson.tests(of: files)
    let newTests = NewTests.names(in: tests, given: given)
    guard !newTests.isEmpty else { return .noNewTest }
    if let shortfall = checkOwnRun(ownRun, newTests: newTests) {
      return shortfall
    }
    guard case .success(let own) = ownRun, let green else {
      throw WorkbookError.failure(
        "step \(step.number) of lesson \(lesson.paddedNumber) has no green step after it, so "
          + "the workbook cannot grade your test; run 'swift run workbook verify'")
    }
    let after = try run(tests, on: green, in: "grade-after")
    switch after.outcome {
    case .failure(let error):
      return .failsOnNewCode([], crash: describe(error), green: green)
    case .success(.doesNotCompile(let errors)):
      return .doesNotCompileOnNewCode(errors, green: green)
    case .success(.ran(_, let failures)) where !failures.isEmpty:
      return .failsOnNewCode(failures, crash: nil, green: green)
    case .success(.ran):
      break
    }
    let old = try run(tests, on: before, in: "grade-before").outcome
    if case .success(.ran(_, let failures)) = old,
      !failures.contains(where: { newTests.contains($0.test) })
    {
      return .passesOnOldCode(before: before)
    }
    let missed = try missedMutants(by: tests, timeLimit: MutationTester.timeLimit(
      afterUnchangedRunOf: after.seconds))
    guard missed.isEmpty else { return .missesMutants(missed, green: green) }
    guard case .ran(_, let failures) = own else { return .redAsIntended(failing: []) }
    return .redAsIntended(failing: failures)
  }

  /// Check 1: the learner's own run; nil when at least one new test fails as it should.
  private func checkOwnRun(_ ownRun: Result<Outcome, any Error>, newTests: [String])
    -> TestGrade?
  {
    switch ownRun {
    case .failure(let error):
      return .crashes(describe(error))
    case .success(.doesNotCompile(let errors)):
      // At an amber step, a test that asks for a name the code lacks is the failure intended.
      let inTests = errors.allSatisfy { $0.file.contains("/\(lesson.testsFolder)") }
      return step.kind == .amber && inTests ? nil : .doesNotCompile(errors)
    case .success(.ran(_, let failures)):
      let given = failures.filter { !newTests.contains($0.test) }
      guard given.isEmpty else { return .breaksGivenTests(given) }
      return failures.isEmpty ? .greenAtOnce(newTests: newTests) : nil
    }
  }

  /// Runs `tests` on the reference's production code of `reference`, in the scratch package
  /// `role`, and says how the run ended and how long it took.
  private func run(_ tests: Snapshot, on reference: Step, in role: String) throws -> (
    outcome: Result<Outcome, any Error>, seconds: TimeInterval
  ) {
    let scratch = scratchPackage(role)
    let production = lesson.production(of: lesson.state(after: reference.number))
    try scratch.update(to: production.merging(tests))
    let started = pacer.now()
    let outcome: Result<Outcome, any Error>
    do {
      outcome = .success(
        try scratch.runTests(with: runner).outcome
          .relocated(from: scratch.folder.path, to: root.path))
    } catch let error as WorkbookError where ![.interrupted, .cancelled].contains(error) {
      outcome = .failure(error)
    }
    return (outcome, pacer.now().timeIntervalSince(started))
  }

  /// Check 4: the mutants the reference's test catches that `tests` let through.
  private func missedMutants(by tests: Snapshot, timeLimit: TimeInterval) throws -> [Mutant] {
    guard let green else { return [] }
    let catches = ReferenceCatches(
      lesson: lesson, step: step, green: green, scratch: scratchPackage("grade-mutants"),
      runner: runner)
    let mutants = try catches.mutants()
    guard !mutants.isEmpty else { return [] }
    let production = lesson.production(of: lesson.state(after: green.number))
    let tester = MutationTester(
      scratch: scratchPackage("grade-mutants"), runner: runner, files: production.merging(tests))
    return try mutants.filter { try tester.verdict(of: $0, timeLimit: timeLimit) == .survived }
  }

  private func scratchPackage(_ role: String) -> ScratchPackage {
    ScratchPackage(
      folder: scratchRoot.appendingPathComponent("\(role)/\(lesson.entry.slug)"), lesson: lesson,
      pacer: pacer)
  }

  private func describe(_ error: any Error) -> String {
    (error as? WorkbookError)?.message ?? error.localizedDescription
  }
}
