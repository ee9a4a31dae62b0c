import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

/// The learner's code when they arrive at step 4 of the strict fixture: step 3 moved `compares`
/// into it, and they moved nothing else.
private let ownCode = "let compares = true\n"

/// Grading the test a learner writes in a lesson with strict rules, where the code that makes a
/// failing step pass is written inside the test, so the reference's production code is the same
/// before the step and once it is green.
@Suite struct StrictGradingTests {
  /// The strict fixture lesson, and the learner at its step 4, whose test is theirs: they made
  /// step 1 pass inside the test, then moved its logic out as step 3 does.
  private func atLearnerStep() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addStrictLessonWithLearnerStep()
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(
      TemporaryWorkspace.test,
      TemporaryWorkspace.strictStartTests.replacingOccurrences(
        of: "#expect(compares)", with: "let compares = true\n#expect(compares)"))
    let (toMove, stop) = try fixture.run(.next(force: false), runner: RuleRunner())
    #expect(toMove == 0, "\(stop.errors)")
    try fixture.write(TemporaryWorkspace.test, TemporaryWorkspace.strictGivenTests)
    try fixture.write(TemporaryWorkspace.code, ownCode)
    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())
    #expect(status == 0, "\(captured.errors)")
    #expect(captured.output.contains("This step's test is yours to write"))
    #expect(captured.output.contains("the code that makes it pass, inside it."))
    return fixture
  }

  /// The learner's test file with a new test, `mine()`, whose body is `body`.
  private func withOwnTest(_ body: String, in tests: String = TemporaryWorkspace.strictGivenTests)
    -> String
  {
    tests.replacingOccurrences(of: "}\n}", with: "}\n  @Test func mine() {\n\(body) }\n}")
  }

  @Test("A test that fails on the reference's code, which the green step leaves as it is, is red")
  func redAsIntended() throws {
    let fixture = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(captured.output)")
    #expect(captured.output.contains("Your test is red as intended (CacheTests/mine())"))
    #expect(captured.output.contains("make it pass with code inside the test"))
    #expect(!captured.output.contains("production code in"))

    try fixture.write(TemporaryWorkspace.test, withOwnTest("let stores = true\n#expect(stores)"))
    let (green, done) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    #expect(green == 0, "\(done.output)")
    #expect(
      done.output.contains("Step 5 is done: you made step 4's failing test pass"), "\(done.output)")
  }

  @Test("Writing the test at a step whose test is the learner's is not code written too early")
  func writingTheTestIsNotAMistake() throws {
    let fixture = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(compares)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    #expect(captured.output.contains("Your new test passes on your code at once"))
    #expect(!captured.output.contains("before you saw it fail"), "\(captured.output)")
  }

  @Test("next keeps the learner's test, with their green inside it, as it stops at a move")
  func nextKeepsTheLearnersGreen() throws {
    let fixture = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))
    _ = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    let green = withOwnTest("let stores = true\n#expect(stores)")
    try fixture.write(TemporaryWorkspace.test, green)

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 0, "\(captured.errors)")
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 6)
    #expect(fixture.read(TemporaryWorkspace.test) == green)
    #expect(!captured.output.contains("saved"), "\(captured.output)")
  }

  @Test("An earlier test of the learner's that fails on the reference's code is named")
  func earlierTestFailsOnTheReferenceCode() throws {
    let fixture = try atLearnerStep()
    // The learner's own production code says `own`, and so does their earlier test: the
    // reference's code, which later steps build on, does not.
    try fixture.write(TemporaryWorkspace.code, ownCode + "let own = true\n")
    let tests = TemporaryWorkspace.strictGivenTests.replacingOccurrences(
      of: "#expect(compares)", with: "#expect(own)")
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)", in: tests))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    #expect(
      captured.output.contains(
        "Tests you had before this step fail on the reference's code of step 3"),
      "\(captured.output)")
    #expect(captured.output.contains("CacheTests/first()"))
    #expect(!captured.output.contains("CacheTests/mine()): Expectation failed"))
    #expect(!captured.output.contains("red as intended"))
  }

  @Test("Earlier tests that do not compile on the reference's code are told to follow its moves")
  func earlierTestUsesANameOfTheLearnersMoves() throws {
    let fixture = try atLearnerStep()
    // The learner's move made a `helper` that the reference's move did not.
    try fixture.write(TemporaryWorkspace.code, ownCode + "func helper() {}\n")
    let tests = TemporaryWorkspace.strictGivenTests.replacingOccurrences(
      of: "#expect(compares)", with: "uses(helper)\n#expect(compares)")
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)", in: tests))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    #expect(
      captured.output.contains(
        "Your tests do not compile against the reference's code of step 3"),
      "\(captured.output)")
    #expect(captured.output.contains("the names the reference's moves gave"))
  }

  @Test("A test that passes on the reference's code asks for nothing new")
  func passesOnTheReferenceCode() throws {
    let fixture = try atLearnerStep()
    // `quirk` is in the reference's code, not in the learner's.
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(quirk)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    #expect(
      captured.output.contains(
        "Your new test passes on the reference's code from before this step (step 3"),
      "\(captured.output)")
  }

  @Test("Grading runs no mutant: the new test is red on every one until the learner's green")
  func noMutantsAtARedStep() throws {
    let fixture = try atLearnerStep()
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))
    let runner = RuleRunner()

    _ = try fixture.run(.check(predicting: nil), runner: runner)

    let codes = runner.filesSeen.compactMap { $0[TemporaryWorkspace.code] }
    #expect(!codes.isEmpty)
    #expect(!codes.contains { $0.contains("= false") })
  }

  @Test(
    "A test that does not compile for a reason other than a missing name is told to fix it",
    arguments: [
      ("cannot find 'store' in scope", "write the test with the names your code already has"),
      (
        "passing closure as a 'sending' parameter risks causing data races",
        "fix what the compiler says"
      ),
    ])
  func doesNotCompile(message: String, advice: String) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addStrictLessonWithLearnerStep()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let error = Diagnostic(file: TemporaryWorkspace.test, line: 3, column: 5, message: message)

    let report = TestGradeReport(
      grade: .doesNotCompile([error]), lesson: lesson, step: lesson.steps[3], root: "")

    #expect(report.lines.joined(separator: "\n").contains(advice), "\(report.lines)")
  }

  @Test("watch's line under strict rules says where the code that makes the test pass goes")
  func watchLine() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addStrictLessonWithLearnerStep()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")

    let report = TestGradeReport(
      grade: .redAsIntended(failing: []), lesson: lesson, step: lesson.steps[3], root: "")

    #expect(report.summary == "your test is red as intended · next: make it pass inside the test")
  }

  /// The rules `verify` finds broken about the steps the learner writes in the strict fixture.
  private func brokenRules(storesInAString: Bool = false) throws -> [Violation] {
    let fixture = try TemporaryWorkspace()
    try fixture.addStrictLessonWithLearnerStep(storesInAString: storesInAString)
    var verifier = Verifier(
      workspace: fixture.workspace, runner: RuleRunner(),
      scratchFolder: fixture.root.appendingPathComponent(".build/workbook/verify"))
    verifier.pacer = .instant
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return try verifier.verify(lesson)
  }

  @Test("verify proves a strict step the learner writes by the mutants of the lesson's last code")
  func verifyProvesTheStep() throws {
    #expect(try brokenRules().isEmpty)
  }

  @Test("verify fails when the step's own test, at the lesson's end, catches no mutant")
  func verifyWantsAMutantCaughtByTheStepsOwnTest() throws {
    // `third()` catches the mutant of `compares`, but it is not step 4's test.
    let violations = try brokenRules(storesInAString: true)

    #expect(
      violations.map(\.rule) == [
        "the reference's test of a step the learner writes catches a mutant"
      ])
    #expect(violations.first?.seen.contains("step 8's code") == true, "\(violations)")
  }
}
