import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

extension LearnerWrittenStepTests {
  /// A test a learner writes at step 3, and what `check` must say about it.
  struct Attempt: Sendable, CustomTestStringConvertible {
    let testDescription: String
    /// The body of the learner's test, `@Test func mine()`.
    let body: String
    /// The learner's production code, when they changed it.
    var code: String = ownCode
    /// Fragments of what check must print.
    let fragments: [String]
  }
}

/// The learner's code when they arrive at step 3: it passes step 1's test, but it is not the
/// reference's, which also declares `quirk`.
private let ownCode = "let compares = true\nfunc helper() {}\n"

private let attempts: [LearnerWrittenStepTests.Attempt] = [
  .init(
    testDescription: "no new test", body: "",
    fragments: [
      "Step 3's test is yours to write, and there is no new test in \(TemporaryWorkspace.test)",
      "Test this: The cache stores what it runs.",
    ]),
  .init(
    testDescription: "a test that does not compile", body: "#expect(undefined)",
    fragments: ["Your test does not compile against your code:", "cannot find 'undefined'"]),
  .init(
    testDescription: "a test that crashes", body: "crash()",
    fragments: ["Your tests crashed before they finished"]),
  .init(
    testDescription: "a test that is green at once", body: "#expect(compares)",
    fragments: [
      "Your new test passes on your code at once: CacheTests/mine().",
      "Or your code already does it, ahead of the lesson: then your test is right. Take that code "
        + "out of Katas/Lesson01RedGreenRefactor/ (git stash push --include-untracked -- "
        + "Katas/Lesson01RedGreenRefactor/ keeps it) and run check again.",
    ]),
  .init(
    testDescription: "a change that breaks a test given before",
    body: "#expect(stores)", code: "let compares = false\n",
    fragments: ["Tests that you had before this step now fail:", "CacheTests/first()"]),
  .init(
    testDescription: "a test that uses a name the reference lacks",
    body: "uses(helper) #expect(stores)",
    fragments: [
      "Your test does not compile against the reference's code of step 4 (Make it pass):",
      "cannot find 'helper' in scope",
    ]),
  .init(
    testDescription: "a test that fails on the reference's new code", body: "#expect(nothing)",
    fragments: [
      "Your test fails on the reference's code of step 4 (Make it pass)",
      "Expectation failed: nothing",
    ]),
  .init(
    testDescription: "a test that passes on the old code", body: "#expect(quirk)",
    fragments: [
      "Your new test passes on the reference's code from before this step (step 2, Make it pass)",
      "A good failure: It fails because nothing is stored.",
    ]),
  .init(
    testDescription: "a test that misses the mutants the reference's test catches",
    body: "#expect(extra)",
    fragments: [
      "it lets through faults in the reference's code of step 4",
      "Your new test still passes when `true` becomes `false` in Cache.swift line 2",
    ]),
]

@Suite struct LearnerWrittenStepTests {
  /// The lesson with a step the learner writes, and the learner there: they made step 1 pass
  /// with code of their own and ran next.
  private func atLearnerStep(runner: RuleRunner = RuleRunner()) throws -> (
    TemporaryWorkspace, CapturedTerminal
  ) {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    _ = try fixture.run(.start(lesson: "01"), runner: runner)
    try fixture.write(TemporaryWorkspace.code, ownCode)
    let (status, captured) = try fixture.run(.next(force: false), runner: runner)
    #expect(status == 0, "\(captured.errors)")
    return (fixture, captured)
  }

  /// The learner's test file with `body` as a new test.
  private func withOwnTest(_ body: String, named name: String = "mine") -> String {
    TemporaryWorkspace.givenTests.replacingOccurrences(
      of: "}\n}", with: "}\n  @Test func \(name)() { \(body) }\n}")
  }

  @Test("next at a step the learner writes brings in no test and says what to test and where")
  func nextSaysWhatToTest() throws {
    let (fixture, captured) = try atLearnerStep()

    #expect(fixture.read(TemporaryWorkspace.test) == TemporaryWorkspace.givenTests)
    #expect(fixture.read(TemporaryWorkspace.code) == ownCode)
    #expect(captured.output.contains("This step's test is yours to write"))
    #expect(captured.output.contains("Test this: The cache stores what it runs."))
    #expect(captured.output.contains("Where: a new @Test in \(TemporaryWorkspace.test)."))
    #expect(captured.output.contains("A good failure: It fails because nothing is stored."))
  }

  @Test("check says in plain words how a learner's test falls short", arguments: attempts)
  func fallsShort(_ attempt: Attempt) throws {
    let (fixture, _) = try atLearnerStep()
    try fixture.write(
      TemporaryWorkspace.test,
      attempt.body.isEmpty ? TemporaryWorkspace.givenTests : withOwnTest(attempt.body))
    try fixture.write(TemporaryWorkspace.code, attempt.code)

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    for fragment in attempt.fragments {
      #expect(captured.output.contains(fragment), "\(captured.output)")
    }
    #expect(!captured.output.contains("red as intended"))
  }

  @Test("A test that passes every check is red as intended, and the step goes on as usual")
  func redAsIntended() throws {
    let (fixture, _) = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(captured.output)")
    #expect(captured.output.contains("Your test is red as intended (CacheTests/mine())"))
    let progress = try LearnerProgress.load(from: fixture.workspace)
    #expect(progress.acceptedTests == ["CacheTests/mine()"])

    try fixture.write(TemporaryWorkspace.code, ownCode + "let stores = true\n")
    let (green, done) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    #expect(green == 0)
    #expect(done.output.contains("Step 4 is done: you made step 3's failing test pass."))
  }

  @Test("At an amber step, a test that asks for a name the code lacks is the failure intended")
  func amberStep() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep(amber: true)
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, ownCode)
    _ = try fixture.run(.next(force: false), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.test, withOwnTest("uses(store) #expect(stores)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    let (again, second) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(captured.output)")
    #expect(captured.output.contains("Your test is red as intended"))
    #expect(again == 0, "\(second.output)")
    #expect(second.output.contains("This is the amber that step 3 expects."))
  }

  @Test("next refuses to leave a step the learner writes before their test was graded red")
  func nextWaitsForTheGrade() throws {
    let (fixture, _) = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))
    try fixture.write(TemporaryWorkspace.code, ownCode + "let stores = true\n")

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 1)
    #expect(captured.errors.contains("no test of yours has been graded red as intended yet"))
  }

  @Test("next keeps the learner's test, leaves out the reference's, and merges in the next test")
  func nextKeepsTheLearnersTest() throws {
    let (fixture, _) = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))
    _ = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, ownCode + "let stores = true\n")

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 0, "\(captured.errors)")
    let tests = try #require(fixture.read(TemporaryWorkspace.test))
    #expect(tests.contains("func mine()"))
    #expect(!tests.contains("func second()"))
    #expect(tests.contains("func third()"))
    #expect(!captured.output.contains("saved"))
    let (_, check) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    #expect(check.output.contains("This is the red that step 5 expects."), "\(check.output)")
    #expect(!check.output.contains("You changed the tests"))
  }

  @Test("A learner who asks for every test is handed the reference's test at such a step")
  func everyTestHandedOut() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    #expect(try fixture.run(.tests(handedOut: true)).status == 0)
    try fixture.write(TemporaryWorkspace.code, ownCode)

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 0)
    #expect(fixture.read(TemporaryWorkspace.test)?.contains("func second()") == true)
    #expect(!captured.output.contains("yours to write"))
  }

  @Test("restore at a step the learner writes brings in the reference's test, saving their draft")
  func restoreHandsOutTheReferenceTest() throws {
    let (fixture, _) = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(nothing)"))

    let (status, captured) = try fixture.run(.restore, runner: RuleRunner())

    #expect(status == 0)
    let tests = try #require(fixture.read(TemporaryWorkspace.test))
    #expect(tests.contains("func second()"))
    #expect(!tests.contains("func mine()"))
    #expect(captured.output.contains("Your changes were saved to .workbook/saved/"))
    let (_, check) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    #expect(check.output.contains("This is the red that step 3 expects."), "\(check.output)")
  }

  @Test("A learner whose production code does not compile is told so, not that their test does not")
  func productionCodeDoesNotCompile() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let error = Diagnostic(
      file: "/r/\(TemporaryWorkspace.code)", line: 3, column: 5, message: "expected '}'")

    let report = TestGradeReport(
      grade: .doesNotCompile([error]), lesson: lesson, step: lesson.steps[2], root: "/r")

    #expect(report.lines.first == "Your production code does not compile:")
    #expect(!report.lines.contains { $0.contains("Your test does not compile") })
  }

  @Test("Two faults of one line that read the same are named once")
  func repeatedFaultsNamedOnce() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let ignored = { (id: Int, mutated: String) in
      Mutant(
        id: id, operator: .ignoredParameter, file: TemporaryWorkspace.code, line: 35,
        description: "`sku` is ignored here: it becomes `\"\"`",
        originalLines: "reserve(sku, sku)", mutatedLines: mutated, originalFile: "",
        mutatedFile: "")
    }

    let report = TestGradeReport(
      grade: .missesMutants(
        [ignored(1, #"reserve("", sku)"#), ignored(2, #"reserve(sku, "")"#)],
        green: lesson.steps[3]),
      lesson: lesson, step: lesson.steps[2], root: "/r")

    #expect(report.lines.filter { $0.contains("`sku` is ignored here") }.count == 1)
  }
}
