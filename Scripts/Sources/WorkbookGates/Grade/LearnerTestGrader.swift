import Foundation
import WorkbookCore

/// Grades the tests a learner wrote at a step whose test is theirs to write, against their own
/// code and against the reference's code before and after the step (see `TestGrade`).
///
/// Under strict rules the green step writes its code inside the tests, so the reference's
/// production code is the same before the step and after it: one run on it stands for checks 2
/// and 3, where the tests the learner had before the step must pass and a new one must fail.
/// Check 4 is left out, since the new test fails on every mutant until the learner's own green.
///
/// Each run of the reference's code happens in a scratch package of its own, whose production
/// code stays the same from one check to the next: only the learner's tests change there, so
/// each run rebuilds the tests alone.
public struct LearnerTestGrader: Sendable {
  /// The lesson.
  public let lesson: Lesson
  /// The step whose test the learner writes.
  public let step: Step
  /// The tests the learner had when they arrived at the step, before they wrote theirs.
  public let given: Snapshot
  /// The folder that holds the scratch packages, such as `.build/workbook`.
  public let scratchRoot: URL
  /// The repository root, where compiler messages say the files are.
  public let root: URL
  /// What runs the tests.
  public let runner: any TestRunner
  /// The clock the scratch packages wait on.
  public let pacer: Pacer
  /// Whether check 4 runs the tests against the mutants. Only `verify` leaves it out, for the
  /// reference's own test: the mutants it must catch are those it was seen to catch.
  var checksMutants = true
  /// Told what the grading is doing as it goes, from any thread.
  public var onPhase: @Sendable (GradingPhase) -> Void = { _ in }

  /// Creates the grader of the learner's tests at `step` of `lesson`.
  public init(
    lesson: Lesson, step: Step, given: Snapshot, scratchRoot: URL, root: URL,
    runner: any TestRunner, pacer: Pacer
  ) {
    self.lesson = lesson
    self.step = step
    self.given = given
    self.scratchRoot = scratchRoot
    self.root = root
    self.runner = runner
    self.pacer = pacer
  }

  /// The green step whose reference code makes the step's test pass: the first after it.
  public var green: Step? {
    lesson.steps.dropFirst(step.number).first { $0.kind == .green }
  }

  /// The step before, whose reference code the new tests must fail on.
  public var before: Step { lesson.steps[step.number - 2] }

  /// The step whose reference code the step's test is proved on by its mutants: the green step,
  /// or, under strict rules, where the green step writes its code inside the test, the lesson's
  /// last step, by when the behaviour has been moved out into production code.
  public var mutantSource: Step? {
    lesson.rules == .strict ? lesson.steps.last : green
  }

  /// Whether the green step leaves the production code as it is, as under strict rules: then
  /// the code before the step is the code the step's test passes on once it is green.
  private var greenWritesTests: Bool { lesson.rules == .strict }

  /// How a run ended: its outcome, or the error of a run that crashed or ran out of time.
  public typealias RunResult = Result<Outcome, any Error>

  /// Grades the tests of `files`, the learner's code and tests, and returns the grade with the
  /// learner's own run. In a double loop, the outer tests a step keeps red are set aside: their
  /// failure is expected, neither the learner's red nor a fault of their tests.
  ///
  /// The runs of checks 1 to 3 happen at the same time, each in its own scratch package, and so
  /// do the mutants of check 4, in two packages.
  public func grade(_ files: Snapshot) throws -> (grade: TestGrade, ownRun: RunResult) {
    let tests = lesson.tests(of: files)
    let newTests = NewTests.names(in: tests, given: given)
    guard let green else {
      throw WorkbookError.failure(
        "step \(step.number) of lesson \(lesson.paddedNumber) has no green step after it, so "
          + "the workbook cannot grade your test; run 'swift run workbook verify'")
    }
    guard !newTests.isEmpty else { return (.noNewTest, try run(files, in: "check").outcome) }
    let newCode = lesson.production(of: lesson.state(after: green.number)).merging(tests)
    let oldCode = lesson.production(of: lesson.state(after: before.number)).merging(tests)
    onPhase(.threeWays(green: green.number))
    let runs = try inParallel(
      [
        { @Sendable in try run(files, in: "check") },
        { @Sendable in try run(newCode, in: "grade-after") },
      ] + (greenWritesTests ? [] : [{ @Sendable in try run(oldCode, in: "grade-before") }]))
    let old = greenWritesTests ? runs[1] : runs[2]
    // The outer tests of a double loop fail as expected, and the checks set them aside: on the
    // learner's code, those still red during the step; on the green step's code, those it keeps
    // red. The learner still sees their own run whole.
    let ownRun = runs[0].outcome
    let own = ownRun.map { $0.settingAside(lesson.outerStillRed(during: step)) }
    let after = runs[1].outcome.map { $0.settingAside(lesson.outerStillRed(onceGreen: step)) }
    if let shortfall = checkOwnRun(own, newTests: newTests) {
      return (shortfall, ownRun)
    }
    // Check 2 names the step whose code it ran: when the green step writes only tests, the code
    // was last changed by the step before.
    let named = greenWritesTests ? before : green
    switch after {
    case .failure(let error):
      return (.failsOnNewCode([], crash: describe(error), green: named), ownRun)
    case .success(.doesNotCompile(let errors)):
      return (.doesNotCompileOnNewCode(errors, green: named), ownRun)
    case .success(.ran(_, let failures)):
      // Under strict rules the new tests pass only once the learner writes their green in them.
      let unexpected = greenWritesTests ? failures.filter { !newTests.contains($0.test) } : failures
      if !unexpected.isEmpty {
        return (.failsOnNewCode(unexpected, crash: nil, green: named), ownRun)
      }
    }
    if case .success(.ran(_, let failures)) = old.outcome,
      !failures.contains(where: { newTests.contains($0.test) })
    {
      return (.passesOnOldCode(before: before), ownRun)
    }
    let missed =
      checksMutants && !greenWritesTests
      ? try missedMutants(
        by: tests, newTests: newTests, of: green,
        timeLimit: MutationTester.timeLimit(afterUnchangedRunOf: runs[1].seconds)) : []
    guard missed.isEmpty else { return (.missesMutants(missed, green: green), ownRun) }
    guard case .success(.ran(_, let failures)) = own else {
      return (.redAsIntended(failing: []), ownRun)
    }
    return (.redAsIntended(failing: failures), ownRun)
  }

  /// Check 1: the learner's own run; nil when at least one new test fails as it should.
  private func checkOwnRun(_ ownRun: RunResult, newTests: [String])
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

  /// Runs `files` in the scratch package `role`, and says how the run ended, with compiler
  /// messages that name the files of the working tree, and how long it took.
  private func run(_ files: Snapshot, in role: String) throws -> (
    outcome: RunResult, seconds: TimeInterval
  ) {
    let scratch = scratchPackage(role)
    try scratch.update(to: files)
    let started = pacer.now()
    let outcome: RunResult
    do {
      outcome = .success(
        try scratch.runTests(with: runner).outcome
          .relocated(from: scratch.folder.path, to: root.path))
    } catch let error as WorkbookError where ![.interrupted, .cancelled].contains(error) {
      outcome = .failure(error)
    }
    return (outcome, pacer.now().timeIntervalSince(started))
  }

  /// Check 4: the mutants the reference's test catches that `newTests` let through, all of
  /// them passing although earlier tests may fail.
  private func missedMutants(
    by tests: Snapshot, newTests: [String], of green: Step, timeLimit: TimeInterval
  ) throws -> [Mutant] {
    let onPhase = self.onPhase
    var catches = referenceCatches(on: green)
    catches.onRun = { onPhase(.findingCatches(done: $0, total: $1)) }
    catches.shipped = ShippedCatches.load(for: lesson, under: root)?.entry(for: step)
    // The run of the green step's code in check 2 gave the time limit: no run to time it again.
    let mutants = try catches.mutants(timeLimit: timeLimit)
    let files = lesson.production(of: lesson.state(after: green.number)).merging(tests)
    let total = mutants.count
    if total > 0 { onPhase(.mutants(done: 0, total: total)) }
    let outcomes = try MutantRuns(
      files: files, scratches: mutantScratches, runner: runner,
      onRun: { onPhase(.mutants(done: $0, total: total)) }
    )
    .outcomes(of: mutants, timeLimit: timeLimit)
    return zip(mutants, outcomes).filter { _, outcome in
      guard case .ran(_, let failures) = outcome else { return false }
      return !failures.contains { newTests.contains($0.test) }
    }.map(\.0)
  }

  /// The mutants of `source`'s reference code that the step's reference test catches, found in
  /// the grader's mutant scratch packages.
  func referenceCatches(on source: Step) -> ReferenceCatches {
    ReferenceCatches(
      lesson: lesson, step: step, green: source, scratches: mutantScratches, runner: runner)
  }

  /// The scratch packages that mutants run in, one for each job running at the same time.
  var mutantScratches: [ScratchPackage] {
    ["grade-mutants", "grade-mutants-2"].map(scratchPackage)
  }

  private func scratchPackage(_ role: String) -> ScratchPackage {
    ScratchPackage(
      folder: scratchRoot.appendingPathComponent("\(role)/\(lesson.entry.slug)"), lesson: lesson,
      pacer: pacer)
  }

  /// What went wrong in a run that did not finish: a crash's own words, as the report already
  /// says that the tests crashed, or the error's message.
  private func describe(_ error: any Error) -> String {
    guard let error = error as? WorkbookError else { return error.localizedDescription }
    if case .crashed(let words) = error { return words }
    return error.message
  }
}
