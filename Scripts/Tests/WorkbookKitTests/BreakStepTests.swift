import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let first = "CacheTests/first()"
private let second = "CacheTests/second()"
private let brokenSecond = [StillRedTest(test: second, message: "Expectation failed")]

/// The production code that step 6 of `withBreakStep()` plants, and that step 7 takes back.
private let planted = "v3, with a bug\n"

/// A run of `first` and `second` where the tests in `failing` fail with their own messages.
private func run(failing: [String: String]) -> Outcome {
  .ran(
    tests: [first, second],
    failures: failing.keys.sorted().map {
      TestFailure(test: $0, displayName: $0, message: failing[$0] ?? "", location: nil)
    })
}

/// A break step at position 6 that declares `breaks`.
private func breakStep(_ breaks: [StillRedTest]) -> Step {
  Step(
    number: 6, folder: "06-plant", kind: .break, title: "Plant a bug",
    expectation: .breaks(breaks), hints: ["h"], writes: [:], deletes: [])
}

/// The well-formed lesson, then step 6, a break step that plants a bug so that `second`
/// fails, and step 7, a green step that takes it back.
private func withBreakStep() throws -> TemporaryWorkspace {
  let fixture = try TemporaryWorkspace()
  try fixture.addWellFormedLesson()
  try fixture.addStep(
    "06-plant-a-bug",
    manifest: #"""
      {"kind": "break", "title": "Plant a bug", "hints": ["Which test reads the second answer?"],
       "breaks": [{"test": "CacheTests/second()", "message": "Expectation failed"}]}
      """#,
    files: [TemporaryWorkspace.code: planted])
  try fixture.addStep(
    "07-take-it-back",
    manifest: #"{"kind": "green", "title": "Take it back", "hints": ["h"], "undoes": [6]}"#,
    files: [TemporaryWorkspace.code: "v3\n"])
  return fixture
}

/// The run at the break step: the second test fails, as declared.
private let brokenRun = Outcome.red(
  [second], message: "Expectation failed: 2", of: [first, second])

@Suite struct BreakStepTests {
  // MARK: step.json

  @Test("A break step's step.json loads with the tests it breaks and their messages")
  func loadsBreaks() throws {
    let fixture = try withBreakStep()

    let lesson = try fixture.workspace.lessons.lesson(named: "01")

    #expect(lesson.steps[5].kind == .break)
    #expect(lesson.steps[5].expectation == .breaks(brokenSecond))
  }

  @Test(
    "A break step.json that does not say what breaks fails to load, saying why",
    arguments: [
      (
        #"{"kind": "break", "title": "B", "hints": ["h"]}"#,
        #"a break step needs "breaks": the tests it breaks, each with a "test" and a "message" ([] when none breaks)"#
      ),
      (
        #"{"kind": "break", "title": "B", "failing": ["S/t()"], "message": "m", "breaks": []}"#,
        #"a break step declares what breaks in "breaks", not in "failing" and "message""#
      ),
      (
        #"{"kind": "red", "title": "B", "failing": ["S/t()"], "message": "m", "breaks": []}"#,
        #"only a break step declares "breaks""#
      ),
    ])
  func rejectsUncheckableBreaks(manifest: String, reason: String) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addStep(
      "01-start", manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find"}"#,
      files: [TemporaryWorkspace.test: "test 1\n"])
    try fixture.addStep("02-break", manifest: manifest, files: [TemporaryWorkspace.code: "v1\n"])

    let error = #expect(throws: WorkbookError.self) {
      try fixture.workspace.lessons.lesson(named: "01")
    }

    #expect(
      error?.message.contains("02-break/step.json: \(reason)") == true,
      "\(String(describing: error))")
  }

  // MARK: rules

  @Test("A break step changes production code, and no test")
  func changesProductionOnly() throws {
    let fixture = try withBreakStep()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")

    let breaches = StepRules.changes(
      of: lesson.steps[5], changed: [TemporaryWorkspace.test, TemporaryWorkspace.code],
      testDoubles: [], in: lesson)

    #expect(
      breaches == [
        Breach(
          rule: "break changes production code and test doubles only",
          seen: "changed \(TemporaryWorkspace.test)")
      ])
  }

  @Test("A break step keeps the rules when exactly its tests fail, each with its message")
  func breaksAsDeclared() {
    let breaches = StepRules.outcome(
      of: breakStep(brokenSecond), run(failing: [second: "Expectation failed: 2 == 3"]),
      previousTests: nil, onlyTestsChanged: false)

    #expect(breaches == [])
  }

  @Test("A break step that breaks one test more, or one fewer, names exactly the difference")
  func breaksOtherTests() {
    let more = StepRules.outcome(
      of: breakStep(brokenSecond),
      run(failing: [first: "Expectation failed", second: "Expectation failed"]),
      previousTests: nil, onlyTestsChanged: false)
    let fewer = StepRules.outcome(
      of: breakStep(brokenSecond), run(failing: [:]), previousTests: nil, onlyTestsChanged: false)

    #expect(
      more == [
        Breach(
          rule: "break fails exactly \(second)", seen: "it also breaks \(first)")
      ])
    #expect(
      fewer == [
        Breach(rule: "break fails exactly \(second)", seen: "\(second) passed")
      ])
  }

  @Test("A broken test that fails for another reason breaks the step's rule")
  func breaksWithAnotherMessage() {
    let breaches = StepRules.outcome(
      of: breakStep([StillRedTest(test: second, message: "reverse order")]),
      run(failing: [second: "Expectation failed: 2 == 3"]), previousTests: nil,
      onlyTestsChanged: false)

    #expect(
      breaches == [
        Breach(
          rule: "\(second) breaks with \"reverse order\"",
          seen: "it failed with \"Expectation failed: 2 == 3\"")
      ])
  }

  @Test("A break step that declares no broken test shows a change no test notices: all pass")
  func breaksNothing() {
    let unnoticed = StepRules.outcome(
      of: breakStep([]), run(failing: [:]), previousTests: nil, onlyTestsChanged: false)
    let noticed = StepRules.outcome(
      of: breakStep([]), run(failing: [first: "x"]), previousTests: nil, onlyTestsChanged: false)

    #expect(unnoticed == [])
    #expect(noticed.map(\.seen) == ["it also breaks \(first)"])
  }

  @Test("verify replays a break step and the green step that takes it back")
  func verifiesBreakThenUndo() throws {
    let fixture = try withBreakStep()
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .green(first),
      .red([second], message: "Expectation failed", of: [first, second]), .green(first, second),
      .green(first, second), brokenRun, .green(first, second),
    ])

    let (status, terminal) = try fixture.run(.verify(lesson: "01"), runner: runner)

    #expect(status == 0, "\(terminal.errors)")
  }

  @Test("The step after a break step may take it back only when it says so with undoes")
  func undoWithoutUndoes() throws {
    let fixture = try withBreakStep()
    try fixture.write(
      "Lessons/01-red-green-refactor/steps/07-take-it-back/step.json",
      #"{"kind": "green", "title": "Take it back", "hints": ["h"]}"#)
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .green(first),
      .red([second], message: "Expectation failed", of: [first, second]), .green(first, second),
      .green(first, second), brokenRun, .green(first, second),
    ])

    let (status, terminal) = try fixture.run(.verify(lesson: "01"), runner: runner)

    #expect(status == 1)
    #expect(terminal.errors.contains("takes back step 6's change"), "\(terminal.errors)")
  }

  // MARK: next and check

  @Test("next stops at a break step and puts its change to the code in place")
  func nextStopsAtBreak() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "5"))

    let (status, terminal) = try fixture.run(.next(force: false))

    #expect(status == 0, "\(terminal.errors)")
    #expect(terminal.output.contains("Step 6 of 7 (break): Plant a bug"))
    #expect(fixture.read(TemporaryWorkspace.code) == planted)
    #expect(terminal.output.contains("check --predict"))
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 6)
  }

  @Test("next saves the learner's own code before a break step replaces it, and says where")
  func nextSavesOwnCode() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "5"))
    try fixture.write(TemporaryWorkspace.code, "my own v3\n")

    let (_, terminal) = try fixture.run(.next(force: false))

    #expect(fixture.read(TemporaryWorkspace.code) == planted)
    #expect(terminal.output.contains("Your changes were saved to .workbook/saved/"))
  }

  @Test("check at a break step that breaks as declared is on track, and lists what broke")
  func checkAtBreak() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "5"))
    _ = try fixture.run(.next(force: false))

    let (status, terminal) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([brokenRun]))

    #expect(status == 0)
    #expect(
      terminal.output.contains("Step 6's change breaks 1 test, as the lesson says: \(second)."))
  }

  @Test("check at a break step that breaks other tests is off track, and says what differs")
  func checkAtBreakOffTrack() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "5"))
    _ = try fixture.run(.next(force: false))

    let (status, terminal) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.green(first, second)]))

    #expect(status == 1)
    #expect(terminal.output.contains("Step 6's change should break exactly \(second)"))
  }

  @Test("next refuses to leave a break step until it breaks as declared")
  func nextWaitsForTheBreak() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))
    _ = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([brokenRun]))

    let (status, terminal) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([.green(first, second)]))

    #expect(status == 1)
    #expect(terminal.errors.contains("step 6 must break exactly the tests it declares first"))
  }

  @Test("next refuses to leave a break step before check has shown what it breaks")
  func nextWaitsForTheCheck() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (status, terminal) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([brokenRun]))

    #expect(status == 1)
    #expect(terminal.errors.contains("predict what step 6's change breaks"), "\(terminal.errors)")
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 6)
  }

  @Test("next from a break step moves on and puts the reference's code back as it is there")
  func nextLeavesBreak() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))
    _ = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([brokenRun]))

    let (status, terminal) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([brokenRun]))

    #expect(status == 0, "\(terminal.errors)")
    #expect(fixture.read(TemporaryWorkspace.code) == "v3\n")
    #expect(terminal.output.contains("You have finished lesson 01."))
  }

  @Test("hint at a break step points at the step's own change, not at the step that undoes it")
  func hintAtBreakShowsItsChange() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (_, terminal) = try fixture.run(.hint)

    #expect(terminal.output.contains("swift run workbook diff 01 6"), "\(terminal.output)")
    #expect(!terminal.output.contains("diff 01 7"))
  }

  // MARK: predicting what breaks

  @Test(
    "check --predict takes a number of broken tests, or a comma-separated list of them, () optional",
    arguments: [
      ("2", BreakPrediction.count(2)),
      ("CacheTests/first(),CacheTests/second()", .tests([first, second])),
      ("CacheTests/first, CacheTests/second", .tests([first, second])),
    ])
  func parsesBreakPrediction(word: String, prediction: BreakPrediction) throws {
    #expect(
      try Command.parse(["check", "--predict", word])
        == .check(predicting: nil, breaks: prediction))
  }

  @Test("A predicted count of broken tests that holds is confirmed and counted")
  func countHolds() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (_, terminal) = try fixture.run(
      .check(predicting: nil, breaks: .count(1)), runner: ScriptedRunner([brokenRun]))

    #expect(
      terminal.output.hasSuffix(
        "You predicted 1 broken test, and 1 broke: 1 of 1 predictions held."))
    #expect(try LearnerProgress.load(from: fixture.workspace).predictionsHeld == 1)
  }

  @Test("A predicted test the lesson does not have is named, and the prediction is not counted")
  func unknownTestIsNamed() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (_, terminal) = try fixture.run(
      .check(predicting: nil, breaks: .tests(["CacheTests/second()", "CacheTests/third()"])),
      runner: ScriptedRunner([brokenRun]))

    #expect(
      terminal.output.contains(
        "No test of the lesson is named CacheTests/third(): name each test as check lists it"),
      "\(terminal.output)")
    #expect(try LearnerProgress.load(from: fixture.workspace).predictions == 0)
  }

  @Test(
    "A colour predicted at a break step is not counted, and the learner is told what to predict")
  func colourAtBreakIsNotCounted() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (_, terminal) = try fixture.run(
      .check(predicting: .red), runner: ScriptedRunner([brokenRun]))

    #expect(terminal.output.contains("At a break step, predict what breaks, not a colour"))
    let progress = try LearnerProgress.load(from: fixture.workspace)
    #expect(progress.predictions == 0)
    #expect(progress.predictionsHeld == 0)
  }

  @Test("A predicted list of broken tests that misses says which tests it missed or added")
  func listMisses() throws {
    let fixture = try withBreakStep()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (_, terminal) = try fixture.run(
      .check(predicting: nil, breaks: .tests([first])), runner: ScriptedRunner([brokenRun]))

    #expect(
      terminal.output.contains(
        "You predicted \(first) would break, but 1 other test broke: \(second); "
          + "and \(first) did not: 0 of 1 predictions held."))
  }

  // MARK: the text

  @Test("A breaks block counts the broken tests of each suite and lists them")
  func breaksBlock() {
    let outcome = Outcome.ran(
      tests: [first, second, "KeyTests/one()", "SagaTests/a()"],
      failures: [
        TestFailure(test: second, displayName: second, message: "x", location: nil),
        TestFailure(
          test: "SagaTests/a()", displayName: "SagaTests/a()", message: "y", location: nil),
      ])

    #expect(
      BreakTally(outcome).lines == [
        "CacheTests: 1 of 2 tests broken", "  CacheTests/second()",
        "KeyTests: 0 of 1 test broken",
        "SagaTests: 1 of 1 test broken", "  SagaTests/a()",
      ])
  }

  @Test("verify fails when a breaks block drifts from the step's run, and render fills it")
  func breaksBlockDrifts() throws {
    let fixture = try withBreakStep()
    let readme = "Lessons/01-red-green-refactor/README.md"
    try fixture.write(
      readme, "<!-- workbook: breaks at step 6 -->\n```text\nCacheTests: 0 of 2 tests broken\n```\n"
    )
    let runs: [Outcome] = [
      .amber("cannot find 'Cache' in scope"), .green(first),
      .red([second], message: "Expectation failed", of: [first, second]), .green(first, second),
      .green(first, second), brokenRun, .green(first, second),
    ]

    let (drifted, terminal) = try fixture.run(.verify(lesson: "01"), runner: ScriptedRunner(runs))
    _ = try fixture.run(.render(lesson: "01"), runner: ScriptedRunner(runs))

    #expect(drifted == 1)
    #expect(terminal.errors.contains("README.md:3"), "\(terminal.errors)")
    #expect(
      fixture.read(readme)
        == "<!-- workbook: breaks at step 6 -->\n```text\nCacheTests: 1 of 2 tests broken\n  CacheTests/second()\n```\n"
    )
  }
}
