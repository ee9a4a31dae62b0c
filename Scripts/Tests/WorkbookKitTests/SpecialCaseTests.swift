import Foundation
import Testing

@testable import WorkbookCore

@Suite struct SpecialCaseTests {
  private let test = TemporaryWorkspace.test
  private let code = TemporaryWorkspace.code
  private let firstTest = #"@Test func first() { #expect(answer("key-1") == "pay_1") }"# + "\n"
  private let secondTest = #"@Test func second() { #expect(answer("key-2") == "pay_2") }"# + "\n"

  /// A lesson whose tests use string examples, with the learner at step 3, its second red.
  private func learnerAtSecondRed() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addStep(
      "01-start",
      manifest:
        #"{"kind": "red", "title": "Start", "failing": ["T/first()"], "message": "x", "hints": ["h"]}"#,
      files: [test: firstTest, code: "placeholder\n"])
    try fixture.addStep(
      "02-fake-it", manifest: #"{"kind": "green", "title": "Fake it", "hints": ["h"]}"#,
      files: [code: "fake\n"])
    try fixture.addStep(
      "03-second",
      manifest:
        #"{"kind": "red", "title": "Second", "failing": ["T/second()"], "message": "x", "hints": ["h"]}"#,
      files: [test: firstTest + secondTest])
    try fixture.addStep(
      "04-general", manifest: #"{"kind": "green", "title": "General", "hints": ["h"]}"#,
      files: [code: "general\n"])
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(code, "special cases\n")
    return fixture
  }

  @Test("next refuses code that fails other examples that the reference passes, and says why")
  func refusesSpecialCases() throws {
    let fixture = try learnerAtSecondRed()
    let runner = ScriptedRunner([
      .green("T/first()", "T/second()"), .red(["T/first()"], message: "x", of: ["T/first()"]),
      .green("T/first()", "T/second()"),
    ])

    let (status, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(status == 1)
    #expect(captured.output.hasPrefix("Your code passes step 3's tests, but not the same"))
    #expect(captured.output.contains(#"  ✘ "T/first()": x"#))
    #expect(
      captured.errors == "Error: step 3's tests pass only with their own examples; make your code "
        + "general; or move on anyway with 'next --force'")
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
    let varied = #"answer("key-6") == "pay_6""#
    #expect(runner.filesSeen.count == 3)
    #expect(runner.filesSeen[1][code] == "special cases\n")
    #expect(runner.filesSeen[1][test]?.contains(varied) == true)
    #expect(runner.filesSeen[2][code] == "general\n")
    #expect(runner.filesSeen[2][test]?.contains(varied) == true)
  }

  @Test("Code that passes the other examples too gets no warning, and costs one run more")
  func generalCodeIsQuiet() throws {
    let fixture = try learnerAtSecondRed()
    let runner = ScriptedRunner([.green("T/first()", "T/second()")])

    let (_, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(!captured.output.contains("other examples"))
    #expect(runner.filesSeen.count == 2)
  }

  @Test("A varied run of the learner's code that cannot finish counts as failed")
  func learnerCrashOnVariedExamples() throws {
    let fixture = try learnerAtSecondRed()
    let runner = FailingRunner(
      failing: { $0 == 2 }, then: ScriptedRunner([.green("T/first()", "T/second()")]))

    let (status, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(status == 1)
    #expect(captured.output.hasPrefix("Your code passes step 3's tests, but not the same"))
  }

  @Test("A varied run of the reference's code that cannot finish leaves nothing to say")
  func referenceCrashOnVariedExamples() throws {
    let fixture = try learnerAtSecondRed()
    let scripted = ScriptedRunner([
      .green("T/first()", "T/second()"), .red(["T/first()"], message: "x", of: ["T/first()"]),
    ])

    let runner = FailingRunner(failing: { $0 == 3 }, then: scripted)

    let (status, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(status == 0)
    #expect(!captured.output.contains("other examples"))
  }

  @Test("When the reference fails the other examples too, as Fake It does, nothing is said")
  func fakeItIsQuiet() throws {
    let fixture = try learnerAtSecondRed()
    let runner = ScriptedRunner([
      .green("T/first()", "T/second()"), .red(["T/first()"], message: "x", of: ["T/first()"]),
    ])

    let (_, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(!captured.output.contains("other examples"))
    #expect(runner.filesSeen.count == 3)
  }
}
