import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

/// The learner's code when they arrive at step 3: it passes step 1's unit test, and the
/// acceptance test still fails, as every step up to 3 expects.
private let ownCode = "let compares = true\nfunc helper() {}\n"

/// The learner's test file with `body` as a new test, `mine`.
private func withOwnTest(_ body: String) -> String {
  TemporaryWorkspace.givenTestsInOuterLoop.replacingOccurrences(
    of: "}\n}", with: "}\n  @Test func mine() { \(body) }\n}")
}

/// Grading a test the learner writes in the inner loop of a double loop, where an acceptance
/// test stays red: its failure is expected, and neither the learner's red nor their fault.
@Suite struct LearnerStepInOuterLoopTests {
  /// The lesson whose step 3 the learner writes while the acceptance test stays red, with the
  /// learner there: they made step 1's unit test pass with code of their own and ran next.
  private func atLearnerStep(amber: Bool) throws -> TemporaryWorkspace {
    try arrivingAtLearnerStep(amber: amber).fixture
  }

  /// The same, with what `next` said on the way there.
  private func arrivingAtLearnerStep(amber: Bool) throws -> (
    fixture: TemporaryWorkspace, next: CapturedTerminal
  ) {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStepInOuterLoop(amber: amber)
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, ownCode)
    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())
    #expect(status == 0, "\(captured.errors)")
    return (fixture, captured)
  }

  @Test(
    "next at a step the learner writes says what becomes of the acceptance test, as at any step",
    arguments: [
      (
        false,
        "Once this step's test passes, the acceptance test \(TemporaryWorkspace.outerTest) "
          + "should pass too."
      ),
      (
        true,
        "The acceptance test \(TemporaryWorkspace.outerTest) stays red through this step, "
          + "as expected: work in the inner loop, one unit test at a time."
      ),
    ])
  func nextSaysWhatBecomesOfTheAcceptanceTest(amber: Bool, note: String) throws {
    let (_, next) = try arrivingAtLearnerStep(amber: amber)

    #expect(next.output.contains("This step's test is yours to write"))
    #expect(next.output.contains(note), "\(next.output)")
  }

  @Test("At a red step that keeps the acceptance test red, the learner's test is graded alone")
  func redStepSetsTheAcceptanceTestAside() throws {
    let fixture = try atLearnerStep(amber: false)
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(stores)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(captured.output)")
    #expect(captured.output.contains("Your test is red as intended (CacheTests/mine())"))
    #expect(
      captured.output.contains(
        "The acceptance test \(TemporaryWorkspace.outerTest) is still red too, as expected"))
    #expect(
      try LearnerProgress.load(from: fixture.workspace).acceptedTests == ["CacheTests/mine()"])
    let (again, second) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    #expect(again == 0, "\(second.output)")
    #expect(second.output.contains("This is the red that step 3 expects."))
  }

  @Test("At an amber step whose green step keeps the acceptance test red, that green step passes")
  func amberStepSetsTheAcceptanceTestAsideOnTheGreenCode() throws {
    let fixture = try atLearnerStep(amber: true)
    try fixture.write(TemporaryWorkspace.test, withOwnTest("uses(store) #expect(stores)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0, "\(captured.output)")
    #expect(captured.output.contains("Your test is red as intended"))
  }

  @Test("The acceptance test's expected failure does not count as the learner's red")
  func acceptanceFailureIsNotTheLearnersRed() throws {
    let fixture = try atLearnerStep(amber: false)
    try fixture.write(TemporaryWorkspace.test, withOwnTest("#expect(compares)"))

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 1)
    #expect(
      captured.output.contains("Your new test passes on your code at once: CacheTests/mine()."),
      "\(captured.output)")
  }

  @Test(
    "verify proves a step the learner writes while the acceptance test stays red",
    arguments: [false, true])
  func verifyProvesTheStep(amber: Bool) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStepInOuterLoop(amber: amber)
    var verifier = Verifier(
      workspace: fixture.workspace, runner: RuleRunner(),
      scratchFolder: fixture.root.appendingPathComponent(".build/workbook/verify"))
    verifier.pacer = .instant

    let violations = try verifier.verify(try fixture.workspace.lessons.lesson(named: "01"))

    #expect(violations.isEmpty, "\(violations)")
  }
}
