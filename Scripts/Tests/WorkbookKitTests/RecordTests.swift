import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let steps = "Lessons/01-red-green-refactor/steps"

extension RecordTests {
  /// A step title and the folder name it must give.
  struct Title: Sendable, CustomTestStringConvertible {
    let title: String
    let slug: String

    var testDescription: String { title }
  }
}

private let titles: [RecordTests.Title] = [
  .init(title: "Fake it: return the response!", slug: "fake-it-return-the-response"),
  .init(
    title: "A retry with the same key does not run the operation again",
    slug: "a-retry-with-the-same-key-does-not-run-the"),
]

@Suite struct RecordTests {
  /// Runs `workbook record` on `workspace`; the terminal's output goes to `terminal`.
  @discardableResult
  private func record(
    _ kind: StepKind, _ title: String, lesson: String? = nil, in workspace: TemporaryWorkspace,
    runner: ScriptedRunner, terminal: CapturedTerminal = CapturedTerminal()
  ) throws -> Int32 {
    var workbook = Workbook(
      workspace: workspace.workspace, terminal: terminal.terminal, runner: runner)
    workbook.pacer = .instant
    return try workbook.run(.record(kind: kind, title: title, lesson: lesson))
  }

  /// The step folders of lesson 01.
  private func stepFolders(of workspace: TemporaryWorkspace) throws -> [String] {
    try FileManager.default
      .contentsOfDirectory(atPath: workspace.root.appendingPathComponent(steps).path).sorted()
  }

  /// Every file in a step folder, by its path in the folder.
  private func files(in folder: String, of workspace: TemporaryWorkspace) throws -> [String] {
    let base = workspace.root.appendingPathComponent(folder).path
    return try FileManager.default.subpathsOfDirectory(atPath: base).filter { path in
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: base + "/" + path, isDirectory: &isFolder)
      return exists && !isFolder.boolValue
    }.sorted()
  }

  /// The `step.json` of the step folder `folder`, as JSON.
  private func manifest(_ folder: String, of workspace: TemporaryWorkspace) throws
    -> [String: Any]
  {
    let text = try #require(workspace.read("\(folder)/step.json"))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test(
    "Recording when nothing changed since the last step fails with nothing to record",
    arguments: [nil, "01"] as [String?])
  func nothingToRecord(_ lesson: String?) throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    let runner = ScriptedRunner([.green("CacheTests/first()")])

    let error = #expect(throws: WorkbookError.self) {
      try record(.green, "Nothing", lesson: lesson, in: workspace, runner: runner)
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    #expect(message.hasPrefix("nothing to record"))
    #expect(runner.filesSeen.isEmpty)
    #expect(try stepFolders(of: workspace).count == 5)
  }

  @Test("Recording a green step whose change touches tests fails, naming the rule and the file")
  func greenStepChangingTests() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(code, "v4\n")
    try workspace.write(test, "test 1\ntest 2\ntest 3\n")
    let runner = ScriptedRunner([.green("CacheTests/first()")])

    let error = #expect(throws: WorkbookError.self) {
      try record(.green, "Both", in: workspace, runner: runner)
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    #expect(
      message.contains(
        "cannot record a green step: the rule \"green changes production code only\" would be broken"
      ))
    #expect(message.contains("changed \(test)"))
    #expect(runner.filesSeen.isEmpty)
    #expect(try stepFolders(of: workspace).count == 5)
  }

  @Test("Recording a red step while the tests pass fails and writes nothing")
  func redStepWhileGreen() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(test, "test 1\ntest 2\ntest 3\n")
    let runner = ScriptedRunner([.green("CacheTests/first()", "CacheTests/third()")])

    let error = #expect(throws: WorkbookError.self) {
      try record(.red, "Third test", in: workspace, runner: runner)
    }

    #expect(error?.message.hasPrefix("cannot record a red step: the tests are green; ") == true)
    #expect(runner.filesSeen.count == 1)
    #expect(try stepFolders(of: workspace).count == 5)
  }

  @Test("A red step records the failing tests and the message of the run, and the changed files")
  func recordsRedStep() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(test, "test 1\ntest 2\ntest 3\ntest 4\n")
    let failing = ["CacheTests/third()", "CacheTests/fourth()"]
    let message = "Expectation failed: (runs → 2) == 1"
    let all = ["CacheTests/first()", "CacheTests/second()"] + failing
    let runner = ScriptedRunner([.red(failing, message: message, of: all)])
    let terminal = CapturedTerminal()

    let status = try record(
      .red, "Retries do not run twice", in: workspace, runner: runner, terminal: terminal)

    let folder = "\(steps)/06-retries-do-not-run-twice"
    #expect(status == 0)
    #expect(try files(in: folder, of: workspace) == [test, "step.json"])
    #expect(workspace.read("\(folder)/\(test)") == "test 1\ntest 2\ntest 3\ntest 4\n")
    let json = try manifest(folder, of: workspace)
    #expect(json["kind"] as? String == "red")
    #expect(json["title"] as? String == "Retries do not run twice")
    #expect(json["failing"] as? [String] == ["CacheTests/fourth()", "CacheTests/third()"])
    #expect(json["message"] as? String == message)
    #expect(json["deleted"] == nil)
    #expect(terminal.output.contains("Recorded \(folder)"))
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    #expect(lesson.steps.count == 6)
    #expect(lesson.step(6)?.expectation == .failures(tests: failing.sorted(), message: message))
  }

  @Test("A deleted file is listed under deleted, and only the changed files are recorded")
  func recordsDeletion() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try FileManager.default.removeItem(at: workspace.root.appendingPathComponent(code))
    let store = "Katas/Lesson01RedGreenRefactor/Store.swift"
    try workspace.write(store, "v3\n")
    let runner = ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")])
    let terminal = CapturedTerminal()

    try record(
      .refactor, "Rename the cache file", in: workspace, runner: runner, terminal: terminal)

    let folder = "\(steps)/06-rename-the-cache-file"
    #expect(try files(in: folder, of: workspace) == [store, "step.json"])
    let json = try manifest(folder, of: workspace)
    #expect(json["kind"] as? String == "refactor")
    #expect(json["hints"] as? [String] == [])
    #expect(
      terminal.output.hasSuffix(
        "Now write one to three hints into its step.json, "
          + "from a nudge to nearly the answer: verify requires them."))
    #expect(json["deleted"] as? [String] == [code])
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    #expect(lesson.state(after: 6) == (try workspace.workspace.currentFiles(of: lesson)))
  }

  @Test("The first step of a lesson without steps is recorded when the lesson is named")
  func recordsFirstStepOfNewLesson() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addEmptyLesson("01-red-green-refactor")
    try workspace.write(test, "test 1\n")
    try workspace.write(code, "// placeholder\n")
    let runner = ScriptedRunner([.amber("cannot find 'Cache' in scope")])

    let status = try record(
      .amber, "Ask for a cache", lesson: "01", in: workspace, runner: runner)

    #expect(status == 0)
    let folder = "\(steps)/01-ask-for-a-cache"
    #expect(try files(in: folder, of: workspace) == [code, test, "step.json"])
    let json = try manifest(folder, of: workspace)
    #expect(json["kind"] as? String == "amber")
    #expect(json["diagnostic"] as? String == "cannot find 'Cache' in scope")
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    #expect(lesson.steps.count == 1)
    #expect(
      lesson.step(1)?.expectation == .compileError(diagnostic: "cannot find 'Cache' in scope"))
  }

  @Test("A step whose title has no letters or digits still gets a folder the lesson can load")
  func recordsTitleWithoutWords() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(code, "v4\n")
    let runner = ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")])

    try record(.refactor, "→ ✓", in: workspace, runner: runner)

    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    let step = try #require(lesson.step(6))
    #expect(step.title == "→ ✓")
    #expect(step.folder.count > "06-".count)
  }

  @Test(
    "A step's folder name is its title in lower-case words, cut at a word boundary",
    arguments: titles)
  func slugOfTitle(_ title: Title) {
    let slug = Workbook.slug(title.title)

    #expect(slug == title.slug)
    #expect(slug.count <= 48)
  }
}

@Suite struct RecordMessageTests {
  @Test("A red step's message is the start that every failure message shares")
  func sharedMessage() {
    #expect(
      Workbook.sharedMessage(of: ["Expectation failed: (a → 1) == 2"])
        == "Expectation failed: (a → 1) == 2")
    #expect(
      Workbook.sharedMessage(of: [
        "Expectation failed: (a → 1) == 2", "Expectation failed: (b → 3) == 4",
      ])
        == "Expectation failed: (")
  }

  @Test("record --lesson of a planned lesson that Package.swift does not list says to create it")
  func plannedLessonNotCreated() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write("Tests/Lesson02BabyStepsTests/KeyTests.swift", "a test\n")
    let runner = ScriptedRunner([.amber("cannot find 'Key' in scope")])
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: CapturedTerminal().terminal, runner: runner)
    workbook.pacer = .instant

    let error = #expect(throws: WorkbookError.self) {
      try workbook.run(.record(kind: .amber, title: "Start", lesson: "02"))
    }

    #expect(
      error?.message.contains("'swift run workbook new 02-baby-steps \"Baby steps\"'") == true)
    #expect(runner.filesSeen.isEmpty)
    #expect(fixture.read("Lessons/02-baby-steps/steps/01-start/step.json") == nil)
  }

  @Test("record --lesson names a lesson that has no steps yet by number or slug")
  func plannedLessonByAnyName() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addEmptyLesson("02-baby-steps")
    try fixture.write("Tests/Lesson02BabyStepsTests/KeyTests.swift", "a test\n")
    try fixture.write("Katas/Lesson02BabySteps/Key.swift", "// placeholder\n")
    let runner = ScriptedRunner([.amber("cannot find 'Key' in scope")])
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: CapturedTerminal().terminal, runner: runner)
    workbook.pacer = .instant

    let status = try workbook.run(.record(kind: .amber, title: "Start", lesson: "baby-steps"))

    #expect(status == 0)
    #expect(
      fixture.read("Lessons/02-baby-steps/steps/01-start/step.json")?.contains("cannot find 'Key'")
        == true)
  }
}
