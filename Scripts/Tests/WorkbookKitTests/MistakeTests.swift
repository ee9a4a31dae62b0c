import Foundation
import Testing

@testable import WorkbookCore

@Suite struct MistakeTests {
  private let redRun = Outcome.red(
    ["CacheTests/second()"], message: "Expectation failed",
    of: ["CacheTests/first()", "CacheTests/second()"])
  private let greenRun = Outcome.green("CacheTests/first()", "CacheTests/second()")

  /// The well-formed lesson with the learner at step 3, its red step.
  private func atRedStep() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    return fixture
  }

  @Test("Editing a test that the step gives you is pointed out, with the file")
  func editedTests() throws {
    let fixture = try atRedStep()
    try fixture.write(TemporaryWorkspace.test, "test 1\n")

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    #expect(
      captured.output.contains(
        "You changed the tests that step 3 gives you: \(TemporaryWorkspace.test)."))
    #expect(captured.output.contains("change the production code, not the test"))
    #expect(captured.output.contains("swift run workbook restore"))
    #expect(captured.output.contains("The tests pass, but they are not the tests step 3 gives you"))
    #expect(!captured.output.contains("is done: you made"))
  }

  @Test("Changing production code before seeing the step's test fail is pointed out once")
  func codeChangedBeforeTheFirstRun() throws {
    let fixture = try atRedStep()
    try fixture.write(TemporaryWorkspace.code, "v2\n")

    let (_, first) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))
    let (_, second) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    let warning = "You changed the production code before you saw step 3's test fail."
    #expect(first.output.contains(warning))
    #expect(!second.output.contains(warning))
  }

  @Test("Running the test first, then changing the code, is the rhythm: no warning")
  func codeChangedAfterTheFirstRun() throws {
    let fixture = try atRedStep()
    _ = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([redRun]))
    try fixture.write(TemporaryWorkspace.code, "v2\n")

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    #expect(!captured.output.contains("You changed"))
  }

  @Test("A new test that passes the first time it runs is pointed out")
  func passedAtOnce() throws {
    let fixture = try atRedStep()

    let (_, first) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))
    let (_, second) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    let note = "Step 3's new test passed the first time it ran."
    #expect(first.output.contains(note))
    #expect(!second.output.contains(note))
  }

  @Test("next refuses while the step's tests are edited, and --force saves them and moves on")
  func nextRefusesEditedTests() throws {
    let fixture = try atRedStep()
    try fixture.write(TemporaryWorkspace.test, "test 1, edited\n")

    let (refused, refusal) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([greenRun]))
    let (forced, moved) = try fixture.run(.next(force: true), runner: ScriptedRunner([greenRun]))

    #expect(refused == 1)
    #expect(
      refusal.errors == "Error: you changed the tests that step 3 gives you "
        + "(\(TemporaryWorkspace.test)); put them back with 'swift run workbook restore'; "
        + "or move on anyway with 'next --force'")
    #expect(forced == 0)
    #expect(moved.output.contains("Your changes were saved to"))
  }

  @Test("restore puts the step's tests back, saves the learner's version and keeps the code")
  func restoresTests() throws {
    let fixture = try atRedStep()
    try fixture.write(TemporaryWorkspace.test, "test 1, edited\n")
    try fixture.write(TemporaryWorkspace.code, "the learner's code\n")

    let (status, captured) = try fixture.run(.restore)
    let (_, again) = try fixture.run(.restore)

    #expect(status == 0)
    #expect(fixture.read(TemporaryWorkspace.test) == "test 1\ntest 2\n")
    #expect(fixture.read(TemporaryWorkspace.code) == "the learner's code\n")
    #expect(captured.output.contains("Your changes were saved to .workbook/saved/"))
    #expect(again.output == "The tests are already as step 3 gives them.")
  }
}
