import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// While the learner writes the code for a failing step's test, the step they work on is the
/// green step after it: `check`, `watch` and `status` name that one, so the count goes up one
/// step at a time.
@Suite struct WorkingStepTests {
  /// The well-formed lesson, started: at step 1 (amber), whose code is step 2 (green).
  private func startedLesson() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.start(lesson: "01"))
    return fixture
  }

  @Test("Before the learner changes the code, check names the failing step")
  func failingStepFirst() throws {
    let fixture = try startedLesson()

    let (_, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.amber("cannot find 'Cache' in scope")]))

    #expect(captured.output.hasPrefix("Lesson 01, step 1 of 5 (amber): Start\n"))
  }

  @Test("Once the learner changes the code, check names the green step that makes the test pass")
  func greenStepWhileWritingCode() throws {
    let fixture = try startedLesson()
    try fixture.write(TemporaryWorkspace.code, "the learner's cache\n")

    let (_, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.green("CacheTests/first()")]))

    #expect(
      captured.output.hasPrefix(
        "Lesson 01, step 2 of 5 (green): Fake it · the code for step 1's test\n"))
    #expect(captured.output.contains("Step 2 is done: you made step 1's failing test pass."))
  }

  @Test("watch's summary line names the step the learner works on")
  func watchNamesTheWorkingStep() throws {
    let fixture = try startedLesson()
    try fixture.write(TemporaryWorkspace.code, "the learner's cache\n")
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal,
      runner: ScriptedRunner([.green("CacheTests/first()")]))
    workbook.pacer = .instant

    _ = try workbook.watch(pause: {}, shouldStop: { true }, cancelRun: {})

    #expect(captured.output.contains("▶ Step 2 of 5 (green) · GREEN, the step is done"))
  }

  @Test("status counts the step the learner works on")
  func statusCountsTheWorkingStep() throws {
    let fixture = try startedLesson()
    try fixture.write(TemporaryWorkspace.code, "the learner's cache\n")

    let (_, captured) = try fixture.run(.status)

    let lesson = try #require(
      captured.output.split(separator: "\n").first { $0.contains("01  Red-Green-Refactor") })
    #expect(lesson.contains("at step 2 of 5"))
  }

  @Test("A refactoring stop is named as itself, whatever the code")
  func refactoringStop() throws {
    let fixture = try startedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "5"))
    try fixture.write(TemporaryWorkspace.code, "the learner's tidier cache\n")

    let (_, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.green("CacheTests/first()")]))

    #expect(captured.output.hasPrefix("Lesson 01, step 5 of 5 (refactor): Tidy\n"))
  }
}
