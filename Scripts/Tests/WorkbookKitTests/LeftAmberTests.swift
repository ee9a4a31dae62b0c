import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// `start` and `goto` leave no other lesson that does not compile, because one such lesson stops
/// a plain `swift test` from building any lesson.
@Suite struct LeftAmberTests {
  private let code = TemporaryWorkspace.code
  private let secondCode = "Katas/Lesson02BabySteps/Counter.swift"
  private let secondTest = "Tests/Lesson02BabyStepsTests/CounterTests.swift"

  /// A workspace with the well-formed lesson 01 and a one-step lesson 02, both at their
  /// reference solutions, as main has them.
  private func twoLessons() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.addStep(
      "01-count", manifest: #"{"kind": "green", "title": "Count", "hints": ["Add one."]}"#,
      files: [secondTest: "count test\n", secondCode: "count\n"], lesson: "02-baby-steps")
    try fixture.write(secondTest, "count test\n")
    try fixture.write(secondCode, "count\n")
    return fixture
  }

  /// A runner for which lesson 01's code compiles unless it says "broken".
  private func compilerOf01() -> JudgingRunner {
    JudgingRunner { code in
      code.contains("broken") ? .amber("cannot find 'x' in scope") : .green("CacheTests/first()")
    }
  }

  @Test(
    "start and goto put a lesson left not compiling back at its reference solution, saving it first",
    arguments: [Command.start(lesson: "02"), .goto(lesson: "02", step: "1")])
  func putsBackALessonThatDoesNotCompile(command: Command) throws {
    let fixture = try twoLessons()
    _ = try fixture.run(.start(lesson: "01"))
    try fixture.write(code, "broken, half-written code\n")
    let runner = compilerOf01()

    let (status, captured) = try fixture.run(command, runner: runner)

    #expect(status == 0)
    #expect(fixture.read(code) == "v3\n")
    #expect(fixture.read(TemporaryWorkspace.test) == "test 1\ntest 2\n")
    let saved = try #require(savedFolder(in: captured.output))
    #expect(saved.hasPrefix(".workbook/saved/01-red-green-refactor-"))
    #expect(fixture.read("\(saved)/\(code)") == "broken, half-written code\n")
    #expect(
      captured.output.contains(
        "Lesson 01 does not compile, and that stops swift test from building any lesson."))
    #expect(captured.output.contains("Lesson 01 is back at its reference solution."))
    #expect(captured.output.contains("swift run workbook goto 01 1"))
    let progress = try LearnerProgress.load(from: fixture.workspace)
    #expect(progress.lesson == "02-baby-steps")
    #expect(progress.step == 1)
  }

  @Test("start leaves alone a lesson with changes of the learner's that compiles")
  func startKeepsALessonThatCompiles() throws {
    let fixture = try twoLessons()
    _ = try fixture.run(.start(lesson: "01"))
    try fixture.write(code, "the learner's code, red but compiling\n")
    let runner = compilerOf01()

    let (status, captured) = try fixture.run(.start(lesson: "02"), runner: runner)

    #expect(status == 0)
    #expect(fixture.read(code) == "the learner's code, red but compiling\n")
    #expect(runner.codeSeen == ["the learner's code, red but compiling\n"])
    #expect(savedFolder(in: captured.output) == nil)
    #expect(!captured.output.contains("does not compile"))
  }

  @Test("start puts back a lesson left at a recorded amber step without building it")
  func startPutsBackARecordedAmberStep() throws {
    let fixture = try twoLessons()
    _ = try fixture.run(.start(lesson: "01"))
    let runner = compilerOf01()

    let (status, captured) = try fixture.run(.start(lesson: "02"), runner: runner)

    #expect(status == 0)
    #expect(fixture.read(code) == "v3\n")
    #expect(runner.codeSeen.isEmpty)
    // Step 1's files are the lesson's own, so there is nothing of the learner's to save.
    #expect(savedFolder(in: captured.output) == nil)
    #expect(captured.output.contains("Lesson 01 is back at its reference solution."))
  }

  @Test("start builds no other lesson when every one is at a recorded step that compiles")
  func startBuildsNothingForRecordedGreenLessons() throws {
    let fixture = try twoLessons()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    let runner = compilerOf01()

    let (status, captured) = try fixture.run(.start(lesson: "02"), runner: runner)

    #expect(status == 0)
    #expect(runner.codeSeen.isEmpty)
    #expect(fixture.read(TemporaryWorkspace.test) == "test 1\ntest 2\n")
    #expect(!captured.output.contains("does not compile"))
  }

  /// The repository-relative folder named in "Your changes were saved to …/ before …", if any.
  private func savedFolder(in output: String) -> String? {
    guard let start = output.range(of: "Your changes were saved to "),
      let end = output.range(
        of: "/ before they were replaced;", range: start.upperBound..<output.endIndex)
    else { return nil }
    return String(output[start.upperBound..<end.lowerBound])
  }
}
