import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct NavigationTests {
  private let code = TemporaryWorkspace.code
  private let test = TemporaryWorkspace.test

  /// A workspace holding the well-formed lesson at its last step, as main would.
  private func lessonWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return fixture
  }

  /// The repository-relative folder named in "Your changes were saved to …/ before …", if any.
  private func savedFolder(in output: String) -> String? {
    guard let start = output.range(of: "Your changes were saved to "),
      let end = output.range(
        of: "/ before they were replaced;", range: start.upperBound..<output.endIndex)
    else { return nil }
    return String(output[start.upperBound..<end.lowerBound])
  }

  private func progress(of fixture: TemporaryWorkspace) throws -> LearnerProgress {
    try LearnerProgress.load(from: fixture.workspace)
  }

  @Test("start puts step 1's files in place and makes the lesson current at step 1")
  func startWritesStepOne() throws {
    let fixture = try lessonWorkspace()

    let (status, captured) = try fixture.run(.start(lesson: "01"))

    #expect(status == 0)
    #expect(fixture.read(code) == "// placeholder\n")
    #expect(fixture.read(test) == "test 1\n")
    let progress = try progress(of: fixture)
    #expect(progress.lesson == "01-red-green-refactor")
    #expect(progress.step == 1)
    #expect(captured.output.contains("Step 1 of 5 (amber): Start"))
  }

  @Test("start at an amber step says nothing compiles yet, not that the tests fail")
  func startAtAmberSaysItDoesNotCompile() throws {
    let fixture = try lessonWorkspace()

    let (_, captured) = try fixture.run(.start(lesson: "01"))

    #expect(
      captured.output.contains(
        "The lesson's code does not compile yet, so no test runs; see for yourself:"),
      "\(captured.output)")
    #expect(!captured.output.contains("now fail"))
  }

  @Test("start removes the lesson's files that step 1 does not have")
  func startRemovesFilesStepOneLacks() throws {
    let fixture = try lessonWorkspace()
    let helper = "Katas/Lesson01RedGreenRefactor/Helper.swift"
    try fixture.addStep(
      "06-extract", manifest: #"{"kind": "refactor", "title": "Extract"}"#,
      files: [helper: "helper\n"])
    try fixture.write(helper, "helper\n")

    let (status, captured) = try fixture.run(.start(lesson: "01"))

    #expect(status == 0)
    #expect(fixture.read(helper) == nil)
    #expect(fixture.read(code) == "// placeholder\n")
    #expect(savedFolder(in: captured.output) == nil)
  }

  @Test(
    "start, goto and reset save a learner's edit they overwrite, and say where",
    arguments: [
      Command.start(lesson: "01"), .goto(lesson: "01", step: "2"), .reset(lesson: "01"),
    ])
  func destructiveCommandsSaveLearnerWork(command: Command) throws {
    let fixture = try lessonWorkspace()
    try fixture.write(code, "the learner's own code\n")
    try fixture.write("Katas/Lesson01RedGreenRefactor/Notes.swift", "// my notes\n")

    let (status, captured) = try fixture.run(command)

    #expect(status == 0)
    let saved = try #require(savedFolder(in: captured.output))
    #expect(saved.hasPrefix(".workbook/saved/01-red-green-refactor-"))
    #expect(fixture.read("\(saved)/\(code)") == "the learner's own code\n")
    #expect(fixture.read("\(saved)/Katas/Lesson01RedGreenRefactor/Notes.swift") == "// my notes\n")
    #expect(fixture.read("\(saved)/\(test)") == "test 1\ntest 2\n")
    #expect(fixture.read(code) != "the learner's own code\n")
  }

  @Test("Nothing is saved when the files equal a recorded step")
  func noSaveForRecordedStep() throws {
    let fixture = try lessonWorkspace()
    try fixture.write(code, "v1\n")
    try fixture.write(test, "test 1\ntest 2\n")

    let (status, captured) = try fixture.run(.goto(lesson: "01", step: "1"))

    #expect(status == 0)
    #expect(savedFolder(in: captured.output) == nil)
    let savedRoot = fixture.root.appendingPathComponent(".workbook/saved")
    #expect(!FileManager.default.fileExists(atPath: savedRoot.path))
    #expect(fixture.read(code) == "// placeholder\n")
  }

  @Test("goto puts a lesson at the step named and makes it current")
  func gotoPutsStep() throws {
    let fixture = try lessonWorkspace()

    let (status, captured) = try fixture.run(.goto(lesson: "01", step: "4"))

    #expect(status == 0)
    #expect(fixture.read(code) == "v2\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
    let progress = try progress(of: fixture)
    #expect(progress.lesson == "01-red-green-refactor")
    #expect(progress.step == 4)
    #expect(captured.output.contains("step 4 of 5 (green): Make it real"))
  }

  @Test("goto rejects a step that is out of range or not a number", arguments: ["9", "0", "x"])
  func gotoBadStep(step: String) throws {
    let fixture = try lessonWorkspace()

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.goto(lesson: "01", step: step))
    }

    #expect(error == .usage("unknown step '\(step)' of lesson 01; steps are 1 to 5"))
    #expect(fixture.read(code) == "v3\n")
  }

  @Test("An unknown lesson is a usage error that lists the recorded lessons")
  func unknownLesson() throws {
    let fixture = try lessonWorkspace()

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.start(lesson: "42"))
    }

    #expect(error == .usage("unknown lesson '42'; recorded lessons: 01-red-green-refactor"))
    #expect(error?.exitCode == 64)
  }

  @Test("reset restores the last step and leaves the current lesson")
  func resetRestoresLastStep() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "2"))

    let (status, _) = try fixture.run(.reset(lesson: nil))

    #expect(status == 0)
    #expect(fixture.read(code) == "v3\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
    let progress = try progress(of: fixture)
    #expect(progress.lesson == nil)
    #expect(progress.step == 0)
  }

  @Test("reset without a lesson and with none started is a usage error")
  func resetWithoutLesson() throws {
    let fixture = try lessonWorkspace()

    let error = #expect(throws: WorkbookError.self) { try fixture.run(.reset(lesson: nil)) }

    #expect(error?.exitCode == 64)
  }

  @Test("next refuses while the tests are not green, and changes no file")
  func nextRefusesWhenNotGreen() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    let runner = ScriptedRunner([.red(["CacheTests/second()"], message: "nope", of: ["a", "b"])])

    let (status, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(status == 1)
    #expect(captured.errors.contains("step 3 is red, not green yet"))
    #expect(captured.output.isEmpty)
    #expect(fixture.read(code) == "v1\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
    #expect(try progress(of: fixture).step == 3)
  }

  @Test("next, once green, brings in the next failing step's tests and keeps the learner's code")
  func nextBringsTestsKeepsCode() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.start(lesson: "01"))
    try fixture.write(code, "the learner's cache\n")
    let runner = ScriptedRunner([.green("CacheTests/first()")])

    let (status, captured) = try fixture.run(.next(force: false), runner: runner)

    #expect(status == 0)
    #expect(fixture.read(test) == "test 1\ntest 2\n")
    #expect(fixture.read(code) == "the learner's cache\n")
    #expect(runner.filesSeen.first?[code] == "the learner's cache\n")
    #expect(try progress(of: fixture).step == 3)
    #expect(captured.output.contains("Step 3 of 5 (red): Second test"))
    #expect(savedFolder(in: captured.output) == nil)
  }

  @Test("next stops at the reference's refactoring of the production code, then finishes")
  func nextStopsAtRefactoringThenFinishes() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(code, "the learner's cache\n")

    let (stopStatus, stop) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([.green()]))
    let atStop = try progress(of: fixture)
    let (status, captured) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([.green()]))

    #expect(stopStatus == 0)
    #expect(stop.output.contains("Step 5 of 5 (refactor): Tidy"))
    #expect(stop.output.contains("-v2\n+v3"))
    #expect(stop.output.contains("To skip this refactoring, run it right away."))
    #expect(atStop.step == 5)
    #expect(status == 0)
    let progress = try progress(of: fixture)
    #expect(progress.finished == ["01-red-green-refactor"])
    #expect(progress.lesson == nil)
    #expect(fixture.read(code) == "the learner's cache\n")
    #expect(captured.output.contains("You skipped the reference's refactoring (Tidy)"))
    #expect(captured.output.contains("You have finished lesson 01."))
    #expect(progress.practising == "01-red-green-refactor")
  }

  @Test("next --force moves on without running the tests first")
  func nextForceSkipsTheGreenCheck() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.start(lesson: "01"))
    let runner = ScriptedRunner([.amber("cannot find 'Cache' in scope")])

    let (status, captured) = try fixture.run(.next(force: true), runner: runner)

    #expect(status == 0)
    #expect(try progress(of: fixture).step == 3)
    #expect(captured.output.contains("Step 3 of 5 (red): Second test"))
  }

  @Test("next --force saves the learner's edits to the tests before it replaces them")
  func nextSavesEditedTests() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.start(lesson: "01"))
    try fixture.write(test, "test 1, edited by the learner\n")

    let (_, captured) = try fixture.run(.next(force: true), runner: ScriptedRunner([.green()]))

    let saved = try #require(savedFolder(in: captured.output))
    #expect(fixture.read("\(saved)/\(test)") == "test 1, edited by the learner\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
  }

  @Test("hint shows one more hint each time, then points at the reference diff")
  func hintShowsOneMoreEachTime() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.start(lesson: "01"))

    let first = try fixture.run(.hint).terminal.output
    let second = try fixture.run(.hint).terminal.output
    let third = try fixture.run(.hint).terminal.output

    #expect(first == "Hint 1 of 2: Create it.")
    let allHints = """
      Hint 1 of 2: Create it.
      Hint 2 of 2: A class will do.
      That was the last hint. The reference's next change: swift run workbook diff 01 2
      """
    #expect(second == allHints)
    #expect(third == allHints)
    #expect(try progress(of: fixture).hintsShown == 2)
  }

  @Test("status lists the whole curriculum, marks lesson 01 ready and suggests starting it")
  func statusBeforeStarting() throws {
    let fixture = try lessonWorkspace()

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    let lines = captured.output.split(separator: "\n")
    for entry in Curriculum.entries {
      #expect(lines.contains { $0.contains("\(entry.slug.prefix(2))  \(entry.title)") })
    }
    let first = try #require(lines.first { $0.contains("01  Red-Green-Refactor") })
    #expect(first.contains("ready"))
    let second = try #require(lines.first { $0.contains("02  Baby steps") })
    #expect(second.contains("planned"))
    #expect(lines.last == "Next: swift run workbook start 01")
  }

  @Test("status suggests the lesson after the last one finished, not the first one left")
  func statusSuggestsTheLessonAfterTheLastFinished() throws {
    let fixture = try lessonWorkspace()
    for (lesson, kata) in [
      ("02-baby-steps", "Lesson02BabySteps"), ("03-first-tests", "Lesson03FirstTests"),
    ] {
      try fixture.addStep(
        "01-start",
        manifest:
          #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find", "hints": ["h"]}"#,
        files: ["Tests/\(kata)Tests/T.swift": "test\n"], lesson: lesson)
      try fixture.addStep(
        "02-pass", manifest: #"{"kind": "green", "title": "Pass", "hints": ["h"]}"#,
        files: ["Katas/\(kata)/K.swift": "code\n"], lesson: lesson)
    }
    _ = try fixture.run(.goto(lesson: "02", step: "2"))
    _ = try fixture.run(.next(force: false))

    let (_, captured) = try fixture.run(.status)

    #expect(captured.output.split(separator: "\n").last == "Next: swift run workbook start 03")
  }

  @Test("status shows where the learner is in the current lesson and suggests check")
  func statusDuringLesson() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    let lines = captured.output.split(separator: "\n")
    let first = try #require(lines.first { $0.contains("01  Red-Green-Refactor") })
    #expect(first.contains("at step 3 of 5"))
    #expect(first.hasPrefix(" ▶"))
    #expect(lines.last == "Next: swift run workbook check")
  }

  @Test("A finished lesson started again shows its step, not 'finished'")
  func statusOfLessonStartedAgain() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    _ = try fixture.run(.next(force: false))
    _ = try fixture.run(.start(lesson: "01"))

    let (_, captured) = try fixture.run(.status)

    let first = try #require(captured.output.split(separator: "\n").first { $0.contains("01  ") })
    #expect(first.contains("at step 1 of 5"))
  }

  @Test("next names the reference's refactorings of the tests it brings in")
  func nextNamesTestRefactorings() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addStep(
      "01-start",
      manifest: #"{"kind": "red", "title": "Start", "failing": ["T/a()"], "message": "x"}"#,
      files: [TemporaryWorkspace.test: "a\n", TemporaryWorkspace.code: "// placeholder\n"])
    try fixture.addStep(
      "02-pass", manifest: #"{"kind": "green", "title": "Pass"}"#,
      files: [TemporaryWorkspace.code: "v1\n"])
    try fixture.addStep(
      "03-tidy-tests", manifest: #"{"kind": "refactor", "title": "Tidy the tests"}"#,
      files: [TemporaryWorkspace.test: "a tidied\n"])
    try fixture.addStep(
      "04-next",
      manifest: #"{"kind": "red", "title": "Next", "failing": ["T/b()"], "message": "x"}"#,
      files: [TemporaryWorkspace.test: "a tidied\nb\n"])
    _ = try fixture.run(.start(lesson: "01"))

    let (status, captured) = try fixture.run(.next(force: false))

    #expect(status == 0)
    #expect(
      captured.output.contains(
        "Brought in the reference's refactoring of the tests: Tidy the tests (step 3)."))
    #expect(fixture.read(TemporaryWorkspace.test) == "a tidied\nb\n")
  }
}
