import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// After a lesson's last step, `check` and `watch` keep running its tests, so that the lesson's
/// "Your turn" exercises keep the tool, until another lesson starts.
@Suite struct FreePracticeTests {
  /// The well-formed lesson, walked to its end with the learner's own code in place.
  private func finishedLesson() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(TemporaryWorkspace.code, "the learner's cache\n")
    _ = try fixture.run(.next(force: false))
    let (_, finished) = try fixture.run(.next(force: false))
    try #require(finished.output.contains("You have finished lesson 01."))
    return fixture
  }

  private let failingRun = Outcome.red(
    ["CacheTests/third()"], message: "Expectation failed: (v → 1) == 2",
    of: ["CacheTests/first()", "CacheTests/second()", "CacheTests/third()"])

  @Test("After the last step, check runs the finished lesson's tests on the learner's files")
  func checkRunsTheFinishedLesson() throws {
    let fixture = try finishedLesson()
    try fixture.write(TemporaryWorkspace.test, "test 1\ntest 2\nthe learner's test 3\n")
    let runner = ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")])

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: runner)

    #expect(status == 0)
    #expect(runner.filesSeen.count == 1)
    #expect(
      runner.filesSeen.last?[TemporaryWorkspace.test] == "test 1\ntest 2\nthe learner's test 3\n")
    #expect(runner.filesSeen.last?[TemporaryWorkspace.code] == "the learner's cache\n")
    let lines = captured.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Lesson 01 is finished: free practice, its tests as you left them.")
    #expect(lines.contains("GREEN: all 2 tests pass."))
    #expect(!captured.output.contains("Step "))
  }

  @Test("In free practice a red run is reported plainly, with the failing test, and exits 1")
  func redInFreePractice() throws {
    let fixture = try finishedLesson()

    let (status, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([failingRun]))

    #expect(status == 1)
    #expect(captured.output.contains("RED: 1 of 3 tests fail."))
    #expect(captured.output.contains(#"  ✘ "CacheTests/third()" (CacheTests/third())"#))
    #expect(captured.output.contains("If it is the test you have just written"))
    #expect(captured.errors.isEmpty)
  }

  @Test("A prediction in free practice is judged and counted")
  func predictionInFreePractice() throws {
    let fixture = try finishedLesson()

    let (_, captured) = try fixture.run(
      .check(predicting: .red), runner: ScriptedRunner([failingRun]))

    #expect(captured.output.contains("You predicted red, and it is red: 1 of 1 predictions held."))
    #expect(try LearnerProgress.load(from: fixture.workspace).predictionsHeld == 1)
  }

  @Test("Free practice ends when a lesson starts: check is then at that lesson's step")
  func startingALessonEndsFreePractice() throws {
    let fixture = try finishedLesson()
    _ = try fixture.run(.start(lesson: "01"))

    let (_, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.amber("cannot find 'Cache' in scope")]))

    #expect(captured.output.hasPrefix("Lesson 01, step 1 of 5 (amber): Start"))
    #expect(try LearnerProgress.load(from: fixture.workspace).practising == nil)
  }

  @Test("status marks the finished lesson as free practice and says what check does there")
  func statusInFreePractice() throws {
    let fixture = try finishedLesson()

    let (_, captured) = try fixture.run(.status)

    let lines = captured.output.split(separator: "\n").map(String.init)
    let lesson = try #require(lines.first { $0.contains("01  Red-Green-Refactor") })
    #expect(lesson.contains("free practice"))
    #expect(lesson.hasPrefix(" ▶"))
    #expect(
      lines.contains(
        "Free practice in lesson 01: 'swift run workbook check' runs its tests as you left them."))
  }

  @Test("watch in free practice checks, sums up in one line, and keeps watching")
  func watchInFreePractice() throws {
    let fixture = try finishedLesson()
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal,
      runner: ScriptedRunner([failingRun]))
    workbook.pacer = .instant
    var looks = 0

    let status = try workbook.watch(
      pause: { looks += 1 }, shouldStop: { looks == 2 }, cancelRun: {})

    #expect(status == 0)
    #expect(captured.output.contains("▶ Lesson 01, free practice · RED: 1 of 3 tests fail"))
    #expect(captured.output.contains("Watching Katas/Lesson01RedGreenRefactor/"))
    #expect(!captured.output.contains("No lesson is in progress now."))
  }

  @Test("Commands that need a step still refuse in free practice, and say what check does")
  func hintRefusesInFreePractice() throws {
    let fixture = try finishedLesson()

    #expect(
      throws: WorkbookError.failure(
        "no lesson in progress: you finished lesson 01; 'swift run workbook check' still runs "
          + "its tests, and 'swift run workbook goto 01 <step>' opens a step again")
    ) { try fixture.run(.hint) }
  }

  @Test("mutate --mine without a lesson grades the tests of the lesson practised in")
  func mutateMineInFreePractice() throws {
    let fixture = try finishedLesson()

    let (_, captured) = try fixture.run(
      .mutate(lesson: nil, mine: true, target: 0), runner: ScriptedRunner([.green()]))

    #expect(captured.output.contains("Your tests pass against the reference code."))
  }
}
