import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct CheckTests {
  /// The well-formed lesson, loaded from a fresh workspace that is kept alive alongside it.
  private func wellFormedLesson() throws -> (fixture: TemporaryWorkspace, lesson: Lesson) {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return (fixture, try fixture.workspace.lessons.lesson(named: "01"))
  }

  @Test("An amber run at an amber step reads as AMBER, expected, with the error relative to root")
  func amberAsExpected() throws {
    let (_, lesson) = try wellFormedLesson()
    let outcome = Outcome.doesNotCompile([
      Diagnostic(
        file: "/work/repo/Tests/Lesson01RedGreenRefactorTests/CacheTests.swift", line: 4,
        column: 9, message: "cannot find 'Cache' in scope")
    ])

    let report = CheckReport(
      lesson: lesson, step: lesson.steps[0], outcome: outcome, root: "/work/repo")

    #expect(report.colour == .amber)
    #expect(report.isOnTrack)
    #expect(report.lines.first == "AMBER: the code does not compile, so no test runs.")
    let located = "  Tests/Lesson01RedGreenRefactorTests/CacheTests.swift:4:9: "
    #expect(report.lines.contains(located + "error: cannot find 'Cache' in scope"))
    #expect(report.lines.contains("This is the amber that step 1 expects."))
  }

  @Test("A red run at a red step names the failing test's display name and message")
  func redAsExpected() throws {
    let (_, lesson) = try wellFormedLesson()
    let failure = TestFailure(
      test: "CacheTests/second()", displayName: "A second key runs its own operation",
      message: "Expectation failed: (v → 1) == 2",
      location: "Lesson01RedGreenRefactorTests/CacheTests.swift:8:5")
    let outcome = Outcome.ran(
      tests: ["CacheTests/first()", "CacheTests/second()"], failures: [failure])

    let report = CheckReport(lesson: lesson, step: lesson.steps[2], outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.isOnTrack)
    #expect(report.lines.first == "RED: 1 of 2 tests fail.")
    #expect(
      report.lines.contains(#"  ✘ "A second key runs its own operation" (CacheTests/second())"#))
    #expect(
      report.lines.contains(
        "    Tests/Lesson01RedGreenRefactorTests/CacheTests.swift:8:5: Expectation failed: (v → 1) == 2"
      ))
    #expect(report.lines.contains("This is the red that step 3 expects."))
  }

  @Test("A green run at a failing step says the step is done and suggests next", arguments: [0, 2])
  func greenAtFailingStep(index: Int) throws {
    let (_, lesson) = try wellFormedLesson()
    let step = lesson.steps[index]

    let report = CheckReport(
      lesson: lesson, step: step, outcome: .green("CacheTests/first()"), root: "/r")

    #expect(report.colour == .green)
    #expect(report.isOnTrack)
    #expect(report.lines.first == "GREEN: the test passes.")
    #expect(
      report.lines.contains {
        $0 == "Step \(step.number + 1) is done: you made step \(step.number)'s failing test pass."
      }
    )
    #expect(report.lines.last?.hasSuffix("swift run workbook next") == true)
  }

  @Test("A red with more failing tests than the step declares is off track, with the way back")
  func unexpectedRed() throws {
    let (_, lesson) = try wellFormedLesson()
    let outcome = Outcome.red(
      ["CacheTests/first()", "CacheTests/second()"], message: "Expectation failed",
      of: ["CacheTests/first()", "CacheTests/second()"])

    let report = CheckReport(lesson: lesson, step: lesson.steps[2], outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(!report.isOnTrack)
    #expect(
      report.lines.contains(
        "Step 3 expects exactly CacheTests/second() to fail; "
          + "this run shows something else."))
    #expect(report.lines.contains { $0.hasPrefix("A test you did not expect is failing") })
    // goto would put the reference's tests in place of a test the learner wrote: the way back
    // reverts the production code alone, new files included, and keeps the attempt in a stash.
    #expect(
      report.lines.suffix(2) == [
        "To start the step again, put your code back as you last committed it, new files too; "
          + "the tests stay, and git keeps your attempt:",
        "  git stash push --include-untracked -- Katas/Lesson01RedGreenRefactor",
      ])
  }

  @Test("check prints AMBER and the expected verdict, and exits 0 at the amber step")
  func checkCommandAmber() throws {
    let (fixture, _) = try wellFormedLesson()
    let runner = ScriptedRunner([.amber("cannot find 'Cache' in scope")])
    _ = try fixture.run(.start(lesson: "01"), runner: runner)

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: runner)

    #expect(status == 0)
    let lines = captured.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Lesson 01, step 1 of 5 (amber): Start")
    #expect(lines.contains("AMBER: the code does not compile, so no test runs."))
    #expect(lines.contains("  /tmp/CacheTests.swift:2:3: error: cannot find 'Cache' in scope"))
    #expect(lines.contains("This is the amber that step 1 expects."))
    #expect(runner.filesSeen.last?[TemporaryWorkspace.test] == "test 1\n")
  }

  @Test("A green run at a failing step names the refactorings the reference makes next")
  func doneNamesRefactorings() throws {
    let (_, lesson) = try wellFormedLesson()

    let report = CheckReport(
      lesson: lesson, step: lesson.steps[2], outcome: .green("CacheTests/first()"), root: "/r")

    #expect(report.lines.contains("  next first shows the reference's refactoring: Tidy (step 5)."))
    #expect(
      report.lines.last == "That was the lesson's last test. Move on with: swift run workbook next")
  }

  @Test("Amber at a red step before the learner changed any code is on track: make it compile")
  func amberFromNewTests() throws {
    let (_, lesson) = try wellFormedLesson()
    let amber = Outcome.amber("let 'paymentOne' is not concurrency-safe")

    let asFound = CheckReport(
      lesson: lesson, step: lesson.steps[2], outcome: amber, root: "/r", codeAsFound: true)
    let edited = CheckReport(lesson: lesson, step: lesson.steps[2], outcome: amber, root: "/r")

    #expect(asFound.isOnTrack)
    #expect(
      asFound.lines.contains(
        "Step 3's tests ask for something your code does not have yet: see the errors above."))
    #expect(
      asFound.summary == "AMBER, the new tests need more of your code · next: make it compile")
    #expect(!edited.isOnTrack)
    #expect(edited.lines.contains("Fix the errors above, or undo your last change."))
  }

  @Test("A test that broke while the step's own test passes reads as a regression")
  func regression() throws {
    let (_, lesson) = try wellFormedLesson()
    let outcome = Outcome.red(
      ["CacheTests/first()"], message: "Expectation failed",
      of: ["CacheTests/first()", "CacheTests/second()"])

    let report = CheckReport(lesson: lesson, step: lesson.steps[2], outcome: outcome, root: "/r")

    #expect(!report.isOnTrack)
    #expect(
      report.lines.contains(
        "Step 3's test passes, but another test fails: your last change broke it."))
  }

  @Test("check exits 1 when another test fails than the step expects")
  func checkCommandUnexpectedRed() throws {
    let (fixture, _) = try wellFormedLesson()
    let runner = ScriptedRunner([
      .red(
        ["CacheTests/first()"], message: "Expectation failed",
        of: ["CacheTests/first()", "CacheTests/second()"])
    ])
    _ = try fixture.run(.goto(lesson: "01", step: "3"), runner: runner)

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: runner)

    #expect(status == 1)
    #expect(captured.output.contains("RED: 1 of 2 tests fail."))
    #expect(captured.output.contains("your last change broke it"))
  }

  @Test("check with no lesson started fails and says how to start one")
  func checkWithoutLesson() throws {
    let (fixture, _) = try wellFormedLesson()
    let runner = ScriptedRunner([.green()])

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.check(predicting: nil), runner: runner)
    }

    #expect(error == .failure("no lesson started; run 'swift run workbook start 01'"))
    #expect(runner.filesSeen.isEmpty)
  }

  @Test("A check whose tests run too long fails in one line that asks about an endless loop")
  func timedOutRun() throws {
    let (fixture, _) = try wellFormedLesson()
    _ = try fixture.run(.start(lesson: "01"))
    let runner = JudgingRunner { _ in throw WorkbookError.testsTimedOut(after: 300) }

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.check(predicting: nil), runner: runner)
    }

    #expect(error?.exitCode == 1)
    #expect(
      error?.message
        == "the tests ran longer than 300 s and were stopped: is there an endless loop?")
    #expect(runner.codeSeen.count == 1)
  }
}

@Suite struct WatchTests {
  @Test("watch checks at once, then again only after a lesson file changes")
  func rechecksOnSave() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .green("CacheTests/first()"),
    ])
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal, runner: runner)
    workbook.pacer = .instant
    _ = try workbook.run(.start(lesson: "01"))
    var looks = 0

    let status = try workbook.watch(
      pause: {
        looks += 1
        if looks == 2 {
          try? fixture.write(TemporaryWorkspace.code, "public final class Cache {}\n")
        }
      },
      shouldStop: { looks == 4 }, cancelRun: {})

    #expect(status == 0)
    #expect(runner.filesSeen.count == 2)
    #expect(runner.filesSeen.last?[TemporaryWorkspace.code] == "public final class Cache {}\n")
    #expect(captured.output.contains("AMBER: the code does not compile, so no test runs."))
    #expect(captured.output.contains("GREEN: the test passes."))
  }
}

extension WatchTests {
  /// A workbook on the well-formed lesson, started, whose runs are `runner`'s.
  private func startedWorkbook(_ runner: any TestRunner) throws -> (
    Workbook, TemporaryWorkspace, CapturedTerminal
  ) {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal, runner: runner)
    workbook.pacer = .instant
    _ = try workbook.run(.start(lesson: "01"))
    return (workbook, fixture, captured)
  }

  @Test("After each check, watch sums up in one line: the step, the colour and what to do")
  func oneLineStatus() throws {
    let runner = ScriptedRunner([.amber("cannot find 'Cache' in scope")])
    let (workbook, fixture, captured) = try startedWorkbook(runner)

    _ = try withExtendedLifetime(fixture) {
      try workbook.watch(pause: {}, shouldStop: { true }, cancelRun: {})
    }

    #expect(
      captured.output.contains(
        "▶ Step 1 of 5 (amber) · AMBER, as step 1 expects · "
          + "next: write the simplest code that makes it pass"))
  }

  @Test("watch ends quietly when the lesson is finished, and checks again when the step changes")
  func followsTheLearner() throws {
    let runner = ScriptedRunner([.green("CacheTests/first()")])
    let (workbook, fixture, captured) = try startedWorkbook(runner)
    var looks = 0

    let status = try workbook.watch(
      pause: {
        looks += 1
        if looks == 1 {
          var progress = try? LearnerProgress.load(from: fixture.workspace)
          progress?.move(to: 2, of: "01-red-green-refactor")
          try? progress?.save(to: fixture.workspace)
        }
        if looks == 2 { _ = try? workbook.run(.reset(lesson: "01")) }
      },
      shouldStop: { false }, cancelRun: {})

    #expect(status == 0)
    #expect(runner.filesSeen.count == 2)
    #expect(captured.output.contains("▶ Step 2 of 5 (green)"))
    #expect(captured.output.hasSuffix("No lesson is in progress now. Stopped watching."))
    withExtendedLifetime(fixture) {}
  }

  @Test("A check stopped by a save says so, and the next check runs on the saved files")
  func saveDuringACheck() throws {
    let runner = FailingRunner(
      failing: { $0 == 1 }, with: WorkbookError.cancelled,
      then: ScriptedRunner([.green("CacheTests/first()")]))
    let (workbook, fixture, captured) = try startedWorkbook(runner)
    var looks = 0

    _ = try workbook.watch(
      pause: {
        looks += 1
        try? fixture.write(TemporaryWorkspace.code, "fixed\n")
      },
      shouldStop: { looks == 1 }, cancelRun: {})

    #expect(captured.errors.isEmpty)
    #expect(
      captured.output.contains("A file changed while the tests ran, so that run was stopped."))
    #expect(runner.scripted.filesSeen.last?[TemporaryWorkspace.code] == "fixed\n")
  }

  @Test("A check that fails to run is reported, and watch keeps watching")
  func survivesAFailedRun() throws {
    let runner = FailingRunner(
      failing: { $0 == 1 }, then: ScriptedRunner([.green("CacheTests/first()")]))
    let (workbook, fixture, captured) = try startedWorkbook(runner)
    var looks = 0

    let status = try workbook.watch(
      pause: {
        looks += 1
        try? fixture.write(TemporaryWorkspace.code, "edit \(looks)\n")
      },
      shouldStop: { looks == 1 }, cancelRun: {})

    #expect(status == 0)
    #expect(captured.errors == "Error: swift test stopped before the tests finished")
    #expect(captured.output.contains("GREEN: the test passes."))
  }

  @Test("Ctrl-C during a check ends watch quietly, with exit code 0")
  func interruptedDuringCheck() throws {
    let interrupted = Locked(false)
    let runner = FailingRunner(failing: { $0 == 1 }, then: ScriptedRunner([.green()])) {
      interrupted.withLock { $0 = true }
    }
    let (workbook, fixture, captured) = try startedWorkbook(runner)

    let status = try withExtendedLifetime(fixture) {
      try workbook.watch(
        pause: {}, shouldStop: { interrupted.withLock { $0 } }, cancelRun: {})
    }

    #expect(status == 0)
    #expect(captured.errors.isEmpty)
    #expect(captured.output.hasSuffix("Stopped watching."))
  }
}
