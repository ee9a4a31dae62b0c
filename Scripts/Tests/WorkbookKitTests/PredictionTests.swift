import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct PredictionTests {
  private let redRun = Outcome.red(
    ["CacheTests/second()"], message: "Expectation failed",
    of: ["CacheTests/first()", "CacheTests/second()"])

  /// The well-formed lesson with the learner at step 3, its red step.
  private func atRedStep() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    return fixture
  }

  @Test(
    "check --predict takes amber, red or green",
    arguments: [("red", Colour.red), ("green", .green), ("amber", .amber)])
  func parsesPrediction(word: String, colour: Colour) throws {
    #expect(try Command.parse(["check", "--predict", word]) == .check(predicting: colour))
  }

  @Test(
    "A prediction without a colour, or with another word, is a usage error",
    arguments: [["check", "--predict"], ["check", "--predict", "blue"], ["predict", "pink"]])
  func rejectsBadPrediction(words: [String]) {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }
    #expect(error?.exitCode == 64)
    #expect(
      error?.message
        == "a prediction is amber, red or green, or at a break step how many tests break or "
        + "which, as in: check --predict red, check --predict 2, check --predict 'Suite/test()'")
  }

  @Test(
    "A predicted test named without its suite is a usage error that shows how to name it",
    arguments: [
      ("declinedCardReleasesTheStock", "declinedCardReleasesTheStock()"),
      ("CacheTests/first(), second()", "second()"),
    ])
  func rejectsTestWithoutSuite(word: String, bare: String) {
    let error = #expect(throws: WorkbookError.self) {
      try Command.parse(["check", "--predict", word])
    }
    #expect(error?.exitCode == 64)
    #expect(
      error?.message
        == "name each predicted test with its suite, as check lists it: 'Suite/\(bare)', "
        + "not '\(bare)'")
  }

  @Test("predict notes a colour that the next check judges, once")
  func predictBeforeTheNextCheck() throws {
    let fixture = try atRedStep()
    let (status, noted) = try fixture.run(.predict(.red))

    let (_, judged) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([redRun]))
    let (_, after) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([redRun]))

    #expect(status == 0)
    #expect(noted.output.hasPrefix("Noted: you expect red."))
    #expect(judged.output.hasSuffix("You predicted red, and it is red: 1 of 1 predictions held."))
    #expect(!after.output.contains("You predicted"))
    #expect(try Command.parse(["predict", "green"]) == .predict(.green))
  }

  @Test("A prediction that holds is confirmed and counted")
  func predictionHolds() throws {
    let fixture = try atRedStep()

    let (status, captured) = try fixture.run(
      .check(predicting: .red), runner: ScriptedRunner([redRun]))

    #expect(status == 0)
    #expect(captured.output.hasSuffix("You predicted red, and it is red: 1 of 1 predictions held."))
    let progress = try LearnerProgress.load(from: fixture.workspace)
    #expect(progress.predictions == 1)
    #expect(progress.predictionsHeld == 1)
  }

  @Test("A prediction that fails says so and asks what the learner missed")
  func predictionFails() throws {
    let fixture = try atRedStep()
    _ = try fixture.run(.check(predicting: .red), runner: ScriptedRunner([redRun]))

    let (_, captured) = try fixture.run(
      .check(predicting: .green), runner: ScriptedRunner([redRun]))

    #expect(
      captured.output.contains(
        "You predicted green, but it is red: 1 of 2 predictions held. "
          + "A surprise is worth a minute: what did you expect the code to do, and why did it not?"
      ))
    #expect(try LearnerProgress.load(from: fixture.workspace).predictionsHeld == 1)
  }

  /// A run at a step that keeps the acceptance test red: the unit passes, the acceptance test
  /// fails as expected.
  private let outerRedRun = Outcome.red(
    [TemporaryWorkspace.outerTest], message: "Expectation failed: closed",
    of: ["CacheTests/first()", TemporaryWorkspace.outerTest])

  /// A lesson whose green step 2 keeps the acceptance test red, with the learner there.
  private func atStepKeepingTheAcceptanceTestRed() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStepInOuterLoop(amber: false)
    _ = try fixture.run(.goto(lesson: "01", step: "2"))
    return fixture
  }

  @Test("While the acceptance test is kept red, a red prediction holds: the run is red")
  func redPredictionWithTheAcceptanceTestRed() throws {
    let fixture = try atStepKeepingTheAcceptanceTestRed()

    let (status, captured) = try fixture.run(
      .check(predicting: .red), runner: ScriptedRunner([outerRedRun]))

    #expect(status == 0)
    #expect(captured.output.hasPrefix("Lesson 01, step 2 of 6 (green)"))
    #expect(captured.output.contains("RED: 1 of 2 tests fail."))
    #expect(captured.output.hasSuffix("You predicted red, and it is red: 1 of 1 predictions held."))
  }

  @Test("While the acceptance test is kept red, a green prediction fails, and check says why")
  func greenPredictionWithTheAcceptanceTestRed() throws {
    let fixture = try atStepKeepingTheAcceptanceTestRed()

    let (status, captured) = try fixture.run(
      .check(predicting: .green), runner: ScriptedRunner([outerRedRun]))

    #expect(status == 0)
    #expect(
      captured.output.hasSuffix(
        "You predicted green, but it is red: 0 of 1 predictions held. Your unit is green, as you "
          + "expected, but a run is red while any test fails, and the acceptance test still does, "
          + "as the step expects. Predict the colour of the whole run."))
  }

  @Test("status shows how many predictions held, once there are any")
  func statusShowsPredictions() throws {
    let fixture = try atRedStep()
    let (_, before) = try fixture.run(.status)
    _ = try fixture.run(.check(predicting: .red), runner: ScriptedRunner([redRun]))

    let (_, after) = try fixture.run(.status)

    #expect(!before.output.contains("Predictions"))
    #expect(after.output.contains("Predictions: 1 of 1 held."))
  }

  @Test("A progress file written before predictions existed still reads")
  func readsOlderProgress() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write(
      ".workbook/progress.json",
      #"{"lesson": null, "step": 0, "hintsShown": 0, "finished": ["01-red-green-refactor"]}"#)

    let progress = try LearnerProgress.load(from: fixture.workspace)

    #expect(progress.finished == ["01-red-green-refactor"])
    #expect(progress.predictions == 0)
  }
}
