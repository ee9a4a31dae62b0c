import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

@Suite struct ReferenceCatchesTests {
  /// The catches of step 3 of the lesson with a step the learner writes, run with `runner`.
  private func catches(in fixture: TemporaryWorkspace, runner: any TestRunner) throws
    -> ReferenceCatches
  {
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let scratch = ScratchPackage(
      folder: fixture.root.appendingPathComponent(".build/catches"), lesson: lesson,
      pacer: .instant)
    return ReferenceCatches(
      lesson: lesson, step: lesson.steps[2], green: lesson.steps[3], scratches: [scratch],
      runner: runner)
  }

  @Test("The catches are the mutants the step's own test fails on, kept for the next grading")
  func keptCatches() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let runner = RuleRunner()

    let first = try catches(in: fixture, runner: runner).mutants()
    let runs = runner.filesSeen.count
    let second = try catches(in: fixture, runner: runner).mutants()

    #expect(first.map(\.mutatedLines) == ["let stores = false"])
    #expect(second == first)
    #expect(runner.filesSeen.count == runs)
  }

  @Test("An answer in which a run was stopped at its time limit is not kept")
  func stoppedRunNotKept() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let stopping = FailingRunner(
      failing: { $0 == 2 }, with: WorkbookError.testsTimedOut(after: 20),
      then: ScriptedRunner([.green()]))
    _ = try catches(in: fixture, runner: stopping).mutants()
    let runner = RuleRunner()

    let again = try catches(in: fixture, runner: runner).mutants()

    #expect(again.map(\.mutatedLines) == ["let stores = false"])
    #expect(!runner.filesSeen.isEmpty)
  }

  @Test("Asked to, an answer in which a run was stopped is kept, the stopped mutant not caught")
  func stoppedRunKeptWhenAsked() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let stopping = FailingRunner(
      failing: { $0 == 2 }, with: WorkbookError.testsTimedOut(after: 20),
      then: ScriptedRunner([.green()]))
    let first = try catches(in: fixture, runner: stopping).mutants(keepingStoppedRuns: true)
    let runner = RuleRunner()

    let again = try catches(in: fixture, runner: runner).mutants()

    #expect(again == first)
    #expect(runner.filesSeen.isEmpty)
  }

  @Test("An answer in which a run crashed is kept: a mutant that crashes the tests always does")
  func crashedRunKept() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let crashing = FailingRunner(failing: { $0 == 2 }, then: ScriptedRunner([.green()]))
    let first = try catches(in: fixture, runner: crashing).mutants()
    let runner = RuleRunner()

    let again = try catches(in: fixture, runner: runner).mutants()

    #expect(again == first)
    #expect(runner.filesSeen.isEmpty)
  }

  @Test("Told the time limit of a mutant's run, finding the catches runs the mutants and no more")
  func noTimingRunWhenTheLimitIsKnown() throws {
    let timed = try TemporaryWorkspace()
    try timed.addLessonWithLearnerStep()
    let told = try TemporaryWorkspace()
    try told.addLessonWithLearnerStep()
    let timing = RuleRunner()
    let knowing = RuleRunner()

    let found = try catches(in: timed, runner: timing).mutants()
    let foundKnowing = try catches(in: told, runner: knowing).mutants(timeLimit: 20)

    #expect(foundKnowing == found)
    #expect(knowing.filesSeen.count == timing.filesSeen.count - 1)
  }
}
