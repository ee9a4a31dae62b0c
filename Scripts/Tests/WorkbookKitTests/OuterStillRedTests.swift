import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let acceptance = "CheckoutAcceptanceTests/firstRequestChargesOnce()"
private let unit = "CacheTests/first()"
private let other = "CacheTests/second()"
private let stillRed = [StillRedTest(test: acceptance, message: "Expectation failed: 404")]

/// A run of `tests` where each of `failing` fails with its own message.
private func run(_ tests: [String], failing: [String: String]) -> Outcome {
  .ran(
    tests: Set(tests),
    failures: failing.keys.sorted().map { test in
      TestFailure(test: test, displayName: test, message: failing[test] ?? "", location: nil)
    })
}

/// A step of `kind` at position 2 that keeps the acceptance test red.
private func step(_ kind: StepKind, expecting expectation: WorkbookCore.Expectation = .allPass)
  -> Step
{
  Step(
    number: 2, folder: "02-step", kind: kind, title: "Inner step", expectation: expectation,
    hints: ["A hint."], writes: [:], deletes: [], outerStillRed: stillRed)
}

extension Step {
  /// The same step at another position, of another kind, expecting every test to pass.
  fileprivate func withNumber(_ number: Int, kind: StepKind) -> Step {
    Step(
      number: number, folder: folder, kind: kind, title: title, expectation: .allPass,
      hints: hints, writes: writes, deletes: deletes, outerStillRed: outerStillRed)
  }
}

@Suite struct OuterStillRedTests {
  // MARK: step.json

  /// A workspace whose lesson 01 has an amber first step and `manifest` as its second.
  private func lesson(withSecondStep manifest: String) throws -> TemporaryWorkspace {
    let workspace = try TemporaryWorkspace()
    try workspace.addStep(
      "01-start", manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find"}"#,
      files: [TemporaryWorkspace.test: "test 1\n"])
    try workspace.addStep(
      "02-inner", manifest: manifest, files: [TemporaryWorkspace.code: "v1\n"])
    return workspace
  }

  @Test("A step.json's outerStillRed loads as the tests the step keeps red, with their messages")
  func loadsOuterStillRed() throws {
    let workspace = try lesson(
      withSecondStep: #"""
        {"kind": "green", "title": "Inner", "hints": ["h"],
         "outerStillRed": [{"test": "CheckoutAcceptanceTests/firstRequestChargesOnce()",
                            "message": "Expectation failed: 404"}]}
        """#)

    let loaded = try workspace.workspace.lessons.lesson(named: "01")

    #expect(loaded.steps[1].outerStillRed == stillRed)
    #expect(loaded.steps[0].outerStillRed == [])
  }

  @Test(
    "A step.json whose outerStillRed cannot be checked fails to load, saying why",
    arguments: [
      (
        #"{"kind": "amber", "title": "A", "diagnostic": "x", "outerStillRed": [{"test": "S/t()", "message": "m"}]}"#,
        "an amber step runs no tests, so it cannot keep an outer test red"
      ),
      (
        #"{"kind": "red", "title": "A", "failing": ["S/t()"], "message": "m", "outerStillRed": [{"test": "S/t()", "message": "m"}]}"#,
        "S/t() is both failing and kept red by outerStillRed"
      ),
      (
        #"{"kind": "green", "title": "A", "outerStillRed": [{"test": "S/t()", "message": ""}]}"#,
        "each outerStillRed entry needs a \"test\" and a \"message\""
      ),
    ])
  func rejectsUncheckableOuterStillRed(manifest: String, reason: String) throws {
    let workspace = try lesson(withSecondStep: manifest)

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    let message = try #require(error?.message)
    #expect(message.contains("02-inner/step.json: \(reason)"), "\(message)")
  }

  // MARK: verify

  @Test("A green step is green when every test passes but the outer one, failing as declared")
  func greenWithOuterTestRed() {
    let outcome = run(
      [unit, acceptance], failing: [acceptance: "Expectation failed: 404 == 201"])

    let breaches = StepRules.outcome(
      of: step(.green), outcome, previousTests: nil, onlyTestsChanged: false)

    #expect(breaches == [])
  }

  @Test("A red step fails exactly its own tests plus the outer ones it keeps red")
  func redWithOuterTestRed() {
    let outcome = run(
      [unit, other, acceptance],
      failing: [other: "Expectation failed: 1 == 2", acceptance: "Expectation failed: 404"])
    let red = step(.red, expecting: .failures(tests: [other], message: "1 == 2"))

    let breaches = StepRules.outcome(of: red, outcome, previousTests: nil, onlyTestsChanged: true)

    #expect(breaches == [])
  }

  @Test("An outer test that passes too early breaks the step's rule")
  func outerTestPasses() {
    let breaches = StepRules.outcome(
      of: step(.green), run([unit, acceptance], failing: [:]), previousTests: nil,
      onlyTestsChanged: false)

    #expect(
      breaches == [
        Breach(
          rule: "green keeps \(acceptance) red",
          seen: "it passed; the outer loop is done, so drop it from outerStillRed")
      ])
  }

  @Test("An outer test that fails for another reason breaks the step's rule")
  func outerTestFailsForAnotherReason() {
    let outcome = run([unit, acceptance], failing: [acceptance: "Expectation failed: 500"])

    let breaches = StepRules.outcome(
      of: step(.refactor), outcome, previousTests: nil, onlyTestsChanged: false)

    #expect(
      breaches == [
        Breach(
          rule: "\(acceptance) stays red with \"Expectation failed: 404\"",
          seen: "it failed with \"Expectation failed: 500\"")
      ])
  }

  @Test("An outer test that is not in the run breaks the step's rule, naming it")
  func outerTestMissing() {
    let breaches = StepRules.outcome(
      of: step(.green), run([unit], failing: [:]), previousTests: nil, onlyTestsChanged: false)

    #expect(
      breaches == [
        Breach(
          rule: "green keeps \(acceptance) red",
          seen: "no test is named \(acceptance): name tests as Suite/function()")
      ])
  }

  @Test("A unit test that fails beside the outer one still breaks a green step")
  func unitTestFailsBesideOuter() {
    let outcome = run(
      [unit, acceptance],
      failing: [unit: "Expectation failed", acceptance: "Expectation failed: 404"]
    )

    let breaches = StepRules.outcome(
      of: step(.green), outcome, previousTests: nil, onlyTestsChanged: false)

    #expect(breaches.map(\.rule) == ["green passes every test"])
    #expect(breaches.first?.seen.contains(unit) == true)
    #expect(breaches.first?.seen.contains(acceptance) == false)
  }

  @Test("verify shows a step that keeps its outer test red in the inner loop's colour, and says so")
  func verifyShowsTheInnerColour() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.addStep(
      "06-inner",
      manifest: #"""
        {"kind": "green", "title": "Inner", "hints": ["h"],
         "outerStillRed": [{"test": "CheckoutAcceptanceTests/firstRequestChargesOnce()",
                            "message": "Expectation failed: 404"}]}
        """#,
      files: [TemporaryWorkspace.code: "v4\n"])
    try workspace.write(TemporaryWorkspace.code, "v4\n")
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .green(unit),
      .red([other], message: "Expectation failed", of: [unit, other]), .green(unit, other),
      .green(unit, other),
      run([unit, other, acceptance], failing: [acceptance: "Expectation failed: 404 == 201"]),
    ])

    let (status, terminal) = try workspace.run(.verify(lesson: "01"), runner: runner)

    #expect(status == 0, "\(terminal.errors)")
    #expect(terminal.output.contains("6 green    → green  Inner (outer test kept red)"))
  }

  // MARK: check

  /// A lesson of two steps whose second keeps the acceptance test red.
  private func lesson(second: Step) -> Lesson {
    let first = Step(
      number: 1, folder: "01-start", kind: .red, title: "Start",
      expectation: .failures(tests: [acceptance], message: "404"), hints: ["h"], writes: [:],
      deletes: [])
    return Lesson(entry: Curriculum.entries[0], steps: [first, second])
  }

  @Test(
    "check at a green step calls the run red, as its headline does, and on track: the unit is green"
  )
  func checkGreenWithOuterRed() {
    let green = step(.green)
    let outcome = run([unit, acceptance], failing: [acceptance: "Expectation failed: 404"])

    let report = CheckReport(
      lesson: lesson(second: green), step: green, outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.lines.first == "RED: 1 of 2 tests fail.")
    #expect(report.isOnTrack)
    #expect(
      report.lines.contains(
        "Step 2 expects every test to pass but the acceptance test it keeps red, and they do."))
    #expect(
      report.lines.contains(
        "Your unit is green; the acceptance test \(acceptance) is still red, as expected."))
    #expect(
      report.summary
        == "RED (only the acceptance test, as expected), as step 2 expects · next: refactor, "
        + "or run next")
  }

  @Test("check at a red step says the outer test is red too, and only the new test needs code")
  func checkRedWithOuterRed() {
    let red = step(.red, expecting: .failures(tests: [other], message: "1 == 2"))
    let outcome = run(
      [unit, other, acceptance],
      failing: [other: "Expectation failed: 1 == 2", acceptance: "Expectation failed: 404"])

    let report = CheckReport(lesson: lesson(second: red), step: red, outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.isOnTrack)
    #expect(report.lines.contains("This is the red that step 2 expects."))
    #expect(
      report.summary.hasPrefix("RED (the acceptance test too, as expected), as step 2 expects"))
    #expect(
      report.lines.contains(
        "The acceptance test \(acceptance) is still red too, as expected: "
          + "the work that makes this step's test pass should turn it green as well."))
  }

  @Test("check at a red step whose solution keeps the outer test red says the inner work goes on")
  func checkRedWithOuterRedBeyondTheStep() {
    let lesson = doubleLoop()
    let red = step(.red, expecting: .failures(tests: [other], message: "1 == 2"))
    let longer = Lesson(
      entry: lesson.entry, steps: [lesson.steps[0], red, lesson.steps[2]])
    let outcome = run(
      [unit, other, acceptance],
      failing: [other: "Expectation failed: 1 == 2", acceptance: "Expectation failed: 404"])

    let report = CheckReport(lesson: longer, step: red, outcome: outcome, root: "/r")

    #expect(report.isOnTrack)
    #expect(
      report.lines.contains(
        "The acceptance test \(acceptance) is still red too, as expected: "
          + "it turns green only when the inner work is done."))
  }

  @Test("check at a green step whose unit fails is off track, outer test or not")
  func checkUnitRedBesideOuter() {
    let green = step(.green)
    let outcome = run(
      [unit, acceptance], failing: [unit: "Expectation failed", acceptance: "Expectation failed"])

    let report = CheckReport(
      lesson: lesson(second: green), step: green, outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(!report.isOnTrack)
  }

  /// A lesson whose red step 2 keeps the acceptance test red, and whose green step 3 closes it.
  private func closingLesson() -> Lesson {
    let red = step(.red, expecting: .failures(tests: [other], message: "1 == 2"))
    let closing = Step(
      number: 3, folder: "03-close", kind: .green, title: "Close", expectation: .allPass,
      hints: ["h"], writes: [:], deletes: [])
    return Lesson(entry: Curriculum.entries[0], steps: lesson(second: red).steps + [closing])
  }

  @Test("check at the red step whose solution closes the outer loop wants the outer test green")
  func checkOuterLeftToClose() {
    let lesson = closingLesson()
    let outcome = run([unit, other, acceptance], failing: [acceptance: "Expectation failed"])

    let report = CheckReport(lesson: lesson, step: lesson.steps[1], outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.isOnTrack)
    #expect(report.lines.contains { $0.contains("\(acceptance) is all that is left") })
    #expect(!report.lines.contains { $0.contains("is done: you made") })
  }

  @Test("check says so when the outer test turns green: the outer loop is closed")
  func checkOuterLoopClosed() {
    let lesson = closingLesson()
    let outcome = run([unit, other, acceptance], failing: [:])

    let report = CheckReport(lesson: lesson, step: lesson.steps[1], outcome: outcome, root: "/r")

    #expect(report.colour == .green)
    #expect(report.isOnTrack)
    #expect(
      report.lines.contains { $0.contains("\(acceptance) passes now: the outer loop is closed") })
    #expect(report.summary.hasPrefix("GREEN, the acceptance test too"))
  }

  @Test("next says on arrival which outer tests stay red, and which the step should turn green")
  func nextArrivalNote() {
    let lesson = closingLesson()
    let staying = lesson.step(2).map { step in
      Lesson(
        entry: lesson.entry,
        steps: [lesson.steps[0], step, step.withNumber(3, kind: .green)])
    }

    #expect(
      OuterLoopNote.arriving(at: lesson.steps[1], of: lesson) == [
        "Once this step's test passes, the acceptance test \(acceptance) should pass too."
      ])
    #expect(
      staying.map { OuterLoopNote.arriving(at: $0.steps[1], of: $0) }?.first?.hasPrefix(
        "The acceptance test \(acceptance) stays red through this step, as expected") == true)
  }

  /// A lesson that opens an outer loop at red step 1, goes in at amber step 2, keeps the outer
  /// test red at green step 3, and closes it at green step 4 after amber step 4.
  private func doubleLoop() -> Lesson {
    let open = Step(
      number: 1, folder: "01-open", kind: .red, title: "Open",
      expectation: .failures(tests: [acceptance], message: "404"), hints: ["h"], writes: [:],
      deletes: [])
    let amber = { (number: Int) in
      Step(
        number: number, folder: "0\(number)-unit", kind: .amber, title: "Unit",
        expectation: .compileError(diagnostic: "cannot find"), hints: ["h"], writes: [:],
        deletes: [])
    }
    let close = Step(
      number: 5, folder: "05-close", kind: .green, title: "Close", expectation: .allPass,
      hints: ["h"], writes: [:], deletes: [])
    return Lesson(
      entry: Curriculum.entries[0],
      steps: [open, amber(2), step(.green).withNumber(3, kind: .green), amber(4), close])
  }

  @Test("A red step followed by a failing step stays red; the others do not")
  func staysRed() {
    let lesson = doubleLoop()

    #expect(lesson.steps.map(lesson.staysRed) == [true, false, false, false, false])
  }

  @Test("During an amber step the outer tests of the step before, or of its solution, may fail")
  func outerTestsDuringAmber() {
    let lesson = doubleLoop()

    #expect(lesson.outerStillRed(during: lesson.steps[0]) == [])
    #expect(lesson.outerStillRed(during: lesson.steps[1]).map(\.test) == [acceptance])
    #expect(lesson.outerStillRed(during: lesson.steps[3]) == stillRed)
    #expect(lesson.outerStillRed(onceGreen: lesson.steps[3]) == [])
  }

  @Test("check at a red step that stays red says so, and sends the learner on with next")
  func checkAtStepThatStaysRed() {
    let lesson = doubleLoop()
    let outcome = run([unit, acceptance], failing: [acceptance: "Expectation failed: 404"])

    let report = CheckReport(lesson: lesson, step: lesson.steps[0], outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.isOnTrack)
    #expect(
      report.lines.contains(
        "Do not make it pass now. Move on to the unit tests that build it: swift run workbook next")
    )
    #expect(
      report.summary
        == "RED, as step 1 expects, and it stays red · next: swift run workbook next")
  }

  @Test("check at a step that stays red, made green at once by a shortcut, says the loop is early")
  func checkAtStepThatStaysRedMadeGreen() {
    let lesson = doubleLoop()
    let outcome = run([unit, acceptance], failing: [:])

    let report = CheckReport(lesson: lesson, step: lesson.steps[0], outcome: outcome, root: "/r")

    #expect(report.colour == .green)
    #expect(!report.isOnTrack)
    #expect(!report.lines.contains { $0.contains("is done") })
    #expect(
      report.lines.contains(
        "Step 1's test passes already, but it is meant to stay red while the unit tests after it "
          + "build what it needs."))
  }

  @Test("A step that stays red is red while its test fails, though a later step keeps it red")
  func closingColourAtStepThatStaysRed() {
    let lesson = doubleLoop()
    let outcome = run([unit, acceptance], failing: [acceptance: "Expectation failed: 404"])

    let judged = CheckReport.closing(outcome, at: lesson.steps[0], of: lesson)

    #expect(judged.colour == .red)
  }

  @Test("check at an amber step, once it compiles, reads the inherited outer test as expected")
  func checkAtAmberStepOnceItCompiles() {
    let lesson = doubleLoop()
    let outcome = run([unit, acceptance], failing: [acceptance: "Expectation failed: 404"])

    let report = CheckReport(lesson: lesson, step: lesson.steps[1], outcome: outcome, root: "/r")

    #expect(report.colour == .red)
    #expect(report.isOnTrack)
    #expect(report.lines.contains("Step 3 is done: you made step 2's failing test pass."))
    #expect(
      report.lines.contains(
        "Commit: your unit is green, and the acceptance test fails only as the step expects."))
    #expect(!report.lines.contains { $0.hasPrefix("Commit on green") })
    #expect(
      report.lines.contains(
        "Your unit is green; the acceptance test \(acceptance) is still red, as expected."))
    #expect(
      report.summary
        == "RED (only the acceptance test, as expected), the step is done · next: commit, tidy up, "
        + "then run next")
  }

  @Test(
    "A run's summary lists an outer failure and a unit failure in name order, however they came")
  func summaryListsFailuresByName() {
    let failures = [acceptance, unit].map {
      TestFailure(test: $0, displayName: $0, message: "m", location: nil)
    }

    let lines = Outcome.ran(tests: [unit, acceptance], failures: failures)
      .summary(relativeTo: "/r")

    #expect(
      lines.filter { $0.hasPrefix("  ✘") } == [
        "  ✘ \"\(unit)\" (\(unit))", "  ✘ \"\(acceptance)\" (\(acceptance))",
      ])
  }

  @Test("A build's summary lists its errors by file, line and column, however they came")
  func summaryListsErrorsByPlace() {
    let errors = [("/r/B.swift", 1), ("/r/A.swift", 9), ("/r/A.swift", 2)].map {
      Diagnostic(file: $0.0, line: $0.1, column: 1, message: "m")
    }

    let lines = Outcome.doesNotCompile(errors).summary(relativeTo: "/r")

    #expect(
      lines.dropFirst() == [
        "  A.swift:2:1: error: m", "  A.swift:9:1: error: m", "  B.swift:1:1: error: m",
      ])
  }

  // MARK: next

  /// The well-formed lesson, followed by a red step 6 that opens an outer loop, an amber step 7
  /// and a green step 8 that closes it; the working tree at step 8.
  private func workspaceWithOuterLoop() throws -> TemporaryWorkspace {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    let test = TemporaryWorkspace.test
    try workspace.addStep(
      "06-open",
      manifest: #"""
        {"kind": "red", "title": "Open", "hints": ["h"],
         "failing": ["CheckoutAcceptanceTests/firstRequestChargesOnce()"], "message": "404"}
        """#,
      files: [test: "test 1\ntest 2\nacceptance\n"])
    try workspace.addStep(
      "07-unit",
      manifest: #"{"kind": "amber", "title": "Unit", "hints": ["h"], "diagnostic": "cannot find"}"#,
      files: [test: "test 1\ntest 2\nacceptance\nunit\n"])
    try workspace.addStep(
      "08-close", manifest: #"{"kind": "green", "title": "Close", "hints": ["h"]}"#,
      files: [TemporaryWorkspace.code: "v4\n"])
    try workspace.write(test, "test 1\ntest 2\nacceptance\nunit\n")
    try workspace.write(TemporaryWorkspace.code, "v4\n")
    return workspace
  }

  @Test("next moves on from a step that stays red once it fails as declared, and says what waits")
  func nextLeavesAStepThatStaysRed() throws {
    let workspace = try workspaceWithOuterLoop()
    _ = try workspace.run(.goto(lesson: "01", step: "6"))
    let failing = run([unit, other, acceptance], failing: [acceptance: "Expectation failed: 404"])

    let (status, terminal) = try workspace.run(
      .next(force: false), runner: ScriptedRunner([failing]))

    #expect(status == 0, "\(terminal.errors)")
    #expect(try LearnerProgress.load(from: workspace.workspace).step == 7)
    #expect(
      terminal.output.contains(
        "Once this step's test passes, the acceptance test \(acceptance) should pass too."))
  }

  @Test("next refuses to leave a step that stays red when it does not fail as declared")
  func nextHoldsAStepThatStaysRedButPasses() throws {
    let workspace = try workspaceWithOuterLoop()
    _ = try workspace.run(.goto(lesson: "01", step: "6"))

    let (status, terminal) = try workspace.run(
      .next(force: false), runner: ScriptedRunner([run([unit, other, acceptance], failing: [:])]))

    #expect(status == 1)
    #expect(terminal.errors.contains("step 6 stays red, but its tests must fail as it declares"))
    #expect(try LearnerProgress.load(from: workspace.workspace).step == 6)
  }

  // MARK: record

  @Test("record --still-red parses, once or more, beside --lesson")
  func parsesStillRed() throws {
    let command = try Command.parse([
      "record", "green", "Inner", "--still-red", "A/a()", "--lesson", "07", "--still-red", "B/b()",
    ])

    #expect(
      command == .record(kind: .green, title: "Inner", lesson: "07", stillRed: ["A/a()", "B/b()"]))
  }

  @Test("record --still-red without a test is a usage error")
  func stillRedNeedsATest() {
    #expect(throws: WorkbookError.self) {
      try Command.parse(["record", "green", "Inner", "--still-red"])
    }
  }

  /// The `step.json` of lesson 01's step folder `folder`, as JSON.
  private func manifest(_ folder: String, of workspace: TemporaryWorkspace) throws
    -> [String: Any]
  {
    let text = try #require(
      workspace.read("Lessons/01-red-green-refactor/steps/\(folder)/step.json"))
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("record --still-red records a green step whose outer test fails, with its message")
  func recordsGreenWithStillRed() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(TemporaryWorkspace.code, "v4\n")
    let runner = ScriptedRunner([
      run([unit, acceptance], failing: [acceptance: "Expectation failed: 404 == 201"])
    ])

    let (status, _) = try workspace.run(
      .record(kind: .green, title: "Inner", lesson: nil, stillRed: [acceptance]), runner: runner)

    #expect(status == 0)
    let json = try manifest("06-inner", of: workspace)
    let outer = try #require(json["outerStillRed"] as? [[String: String]])
    #expect(outer == [["test": acceptance, "message": "Expectation failed: 404 == 201"]])
  }

  @Test("record carries the outer tests of the last step that ran over, while they still fail")
  func recordCarriesStillRedOver() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(TemporaryWorkspace.code, "v4\n")
    let firstRun = run([unit, acceptance], failing: [acceptance: "Expectation failed: 404"])
    _ = try workspace.run(
      .record(kind: .green, title: "Inner", lesson: nil, stillRed: [acceptance]),
      runner: ScriptedRunner([firstRun]))
    try workspace.write(TemporaryWorkspace.test, "test 1\ntest 2\ntest 3\n")
    let secondRun = run(
      [unit, other, acceptance],
      failing: [other: "Expectation failed: 1 == 2", acceptance: "Expectation failed: 500"])

    let (status, terminal) = try workspace.run(
      .record(kind: .red, title: "Next unit", lesson: nil), runner: ScriptedRunner([secondRun]))

    #expect(status == 0)
    let json = try manifest("07-next-unit", of: workspace)
    #expect(json["failing"] as? [String] == [other])
    let outer = try #require(json["outerStillRed"] as? [[String: String]])
    #expect(outer == [["test": acceptance, "message": "Expectation failed: 500"]])
    #expect(terminal.output.contains("\(acceptance) still fails: kept red"))
  }

  @Test("record keeps the tests of a red step red when a failing step follows it")
  func recordCarriesTheOpeningRedStepsTests() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(TemporaryWorkspace.test, "test 1\ntest 2\nacceptance\n")
    _ = try workspace.run(
      .record(kind: .red, title: "Open", lesson: nil),
      runner: ScriptedRunner([run([unit, acceptance], failing: [acceptance: "404"])]))
    try workspace.write(TemporaryWorkspace.test, "test 1\ntest 2\nacceptance\nunit\n")

    let (status, _) = try workspace.run(
      .record(kind: .red, title: "Inner", lesson: nil),
      runner: ScriptedRunner([
        run([unit, other, acceptance], failing: [other: "1 == 2", acceptance: "404 again"])
      ]))

    #expect(status == 0)
    let json = try manifest("07-inner", of: workspace)
    #expect(json["failing"] as? [String] == [other])
    let outer = try #require(json["outerStillRed"] as? [[String: String]])
    #expect(outer == [["test": acceptance, "message": "404 again"]])
  }

  @Test("During an amber step after one that stays red, that step's tests may fail too")
  func amberAfterAStepThatStaysRed() {
    let lesson = doubleLoop()
    let amberAfterOpening = Lesson(
      entry: lesson.entry,
      steps: [lesson.steps[0], lesson.steps[1], lesson.steps[4].withNumber(3, kind: .green)])

    #expect(
      amberAfterOpening.outerStillRed(during: amberAfterOpening.steps[1]).map(\.test) == [
        acceptance
      ])
  }

  @Test("record lets an outer test go once it passes: the outer loop is closed")
  func recordDropsOuterTestThatPasses() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(TemporaryWorkspace.code, "v4\n")
    _ = try workspace.run(
      .record(kind: .green, title: "Inner", lesson: nil, stillRed: [acceptance]),
      runner: ScriptedRunner([run([unit, acceptance], failing: [acceptance: "404"])]))
    try workspace.write(TemporaryWorkspace.code, "v5\n")

    let (status, terminal) = try workspace.run(
      .record(kind: .green, title: "Outer", lesson: nil),
      runner: ScriptedRunner([run([unit, acceptance], failing: [:])]))

    #expect(status == 0)
    #expect(try manifest("07-outer", of: workspace)["outerStillRed"] == nil)
    #expect(terminal.output.contains("\(acceptance) passes now"))
  }

  @Test("record --still-red of a test that passes fails and writes nothing")
  func recordStillRedOfPassingTest() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(TemporaryWorkspace.code, "v4\n")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.run(
        .record(kind: .green, title: "Inner", lesson: nil, stillRed: [acceptance]),
        runner: ScriptedRunner([run([unit, acceptance], failing: [:])]))
    }

    #expect(error?.message.contains("cannot keep \(acceptance) red") == true)
    #expect(workspace.read("Lessons/01-red-green-refactor/steps/06-inner/step.json") == nil)
  }
}
