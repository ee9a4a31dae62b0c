import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

/// Under strict rules a failing step is made to pass with code inside the test, and never by
/// changing what the test expects: `check` says so when a learner does either, and `next` will
/// not move on until they put it right.
@Suite struct StrictEnforcementTests {
  private let test = TemporaryWorkspace.test
  private let code = TemporaryWorkspace.code

  /// The strict fixture lesson, started: the learner is at step 1, red, and writes step 2's
  /// green inside the test.
  private func atFirstStep() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addStrictLessonWithLearnerStep()
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    return fixture
  }

  /// The strict fixture with the learner at step 4, whose test is theirs, after writing a test
  /// that was graded red as intended, `mine()`.
  private func afterOwnTestGraded() throws -> TemporaryWorkspace {
    let fixture = try atFirstStep()
    try fixture.write(
      test,
      TemporaryWorkspace.strictStartTests.replacingOccurrences(
        of: "#expect(compares)", with: "let compares = true\n#expect(compares)"))
    _ = try fixture.run(.next(force: false), runner: RuleRunner())
    try fixture.write(test, TemporaryWorkspace.strictGivenTests)
    try fixture.write(code, "let compares = true\n")
    _ = try fixture.run(.next(force: false), runner: RuleRunner())
    try fixture.write(test, withOwnTest("#expect(stores)"))
    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try #require(status == 0, "\(captured.output)")
    return fixture
  }

  /// The given tests of step 4 with the learner's own test, `mine()`, whose body is `body`.
  private func withOwnTest(_ body: String) -> String {
    TemporaryWorkspace.strictGivenTests.replacingOccurrences(
      of: "}\n}", with: "}\n  @Test func mine() {\n\(body) }\n}")
  }

  @Test("A green made in production code under strict rules is not called done, and next refuses")
  func greenInProductionCode() throws {
    let fixture = try atFirstStep()
    try fixture.write(code, "let compares = true\n")

    let (checked, report) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    let (moved, refusal) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(checked == 1)
    #expect(!report.output.contains("is done"), "\(report.output)")
    #expect(
      report.output.contains(
        "The tests pass, but with production code: under strict rules the green goes inside "
          + "the test."))
    #expect(moved == 1)
    #expect(
      refusal.errors.contains(
        "under strict rules step 1's green goes inside the test; take your change out of "
          + "Katas/Lesson01RedGreenRefactor/ first"),
      "\(refusal.errors)")
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 1)
  }

  @Test("Production code put back as it was found clears the refusal")
  func productionCodePutBack() throws {
    let fixture = try atFirstStep()
    try fixture.write(code, "let compares = true\n")
    _ = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try fixture.write(code, "// placeholder\n")
    try fixture.write(
      test,
      TemporaryWorkspace.strictStartTests.replacingOccurrences(
        of: "#expect(compares)", with: "let compares = true\n#expect(compares)"))

    let (moved, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(moved == 0, "\(captured.errors)")
  }

  @Test("A changed expectation in the learner's own graded test is an edit, which next refuses")
  func changedExpectationInOwnTest() throws {
    let fixture = try afterOwnTestGraded()
    try fixture.write(test, withOwnTest("#expect(compares)"))

    let (_, report) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    let (moved, refusal) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(
      report.output.contains("You changed the tests that step 4 gives you"), "\(report.output)")
    #expect(moved == 1)
    #expect(refusal.errors.contains("you changed the tests that step 4 gives you"))
  }

  @Test("restore puts back the learner's own test as it was graded, not the reference's")
  func restorePutsBackTheGradedTest() throws {
    let fixture = try afterOwnTestGraded()
    try fixture.write(test, withOwnTest("#expect(compares)"))

    let (status, captured) = try fixture.run(.restore, runner: RuleRunner())

    #expect(status == 0, "\(captured.errors)")
    #expect(fixture.read(test) == withOwnTest("#expect(stores)"))
  }

  @Test("Green code written inside the graded test is no edit")
  func greenInsideTheGradedTest() throws {
    let fixture = try afterOwnTestGraded()
    try fixture.write(test, withOwnTest("let stores = true\n#expect(stores)"))

    let (status, report) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(report.output)")
    #expect(!report.output.contains("You changed the tests"))
  }

  @Test("Once the learner writes the green inside the test, check names the green step")
  func workingStepUnderStrictRules() throws {
    let fixture = try atFirstStep()
    try fixture.write(
      test,
      TemporaryWorkspace.strictStartTests.replacingOccurrences(
        of: "#expect(compares)", with: "let compares = true\n#expect(compares)"))

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(
      captured.output.hasPrefix(
        "Lesson 01, step 2 of 8 (green): Make it pass in the test · the code for step 1's test\n"),
      "\(captured.output)")
    #expect(captured.output.contains("Step 2 is done: you made step 1's failing test pass"))
  }
}
