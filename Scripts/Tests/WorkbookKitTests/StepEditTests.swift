import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let steps = "Lessons/01-red-green-refactor/steps"
private let text = "Lessons/01-red-green-refactor/README.md"

/// A lesson text with a section per step of `addDraft`'s lesson, and blocks that show steps.
private let lessonText = """
  # Lesson 01: A draft

  ## The steps

  ### Step 1 (amber): Start

  ### Step 2 (green): Fake it

  <!-- workbook: check at step 3 -->
  ```text
  ```

  ### Step 3 (red): Second

  <!-- workbook: file \(test) at step 3 -->
  ```swift
  ```

  ### Step 4 (green): Real

  ### Step 5 (red): Third

  <!-- workbook: check at step 5 -->
  ```text
  ```

  ## Recap

  """

/// What the test runs of `addDraft`'s lesson show, one per step.
private let draftRuns: [Outcome] = [
  .amber("cannot find 'Cache'"), .green("CacheTests/first()"),
  .red(
    ["CacheTests/second()"], message: "failed", of: ["CacheTests/first()", "CacheTests/second()"]),
  .green("CacheTests/first()", "CacheTests/second()"),
  .red(
    ["CacheTests/third()"], message: "failed",
    of: ["CacheTests/first()", "CacheTests/second()", "CacheTests/third()"]),
]

@Suite struct StepEditTests {
  /// Records a draft lesson 01 of five steps, whose test file grows by lines: `a` at step 1,
  /// `b` at step 3, `c` at step 5; the working tree holds step 5.
  private func addDraft(thirdTests: String = "a1\na2\na3\nb1\nb2\nc1\n") throws
    -> TemporaryWorkspace
  {
    let fixture = try TemporaryWorkspace()
    let hints = #""hints": ["A hint."]"#
    try fixture.addStep(
      "01-start",
      manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find", \#(hints)}"#,
      files: [test: "a1\na2\na3\n", code: "// none\n"])
    try fixture.addStep(
      "02-fake-it", manifest: #"{"kind": "green", "title": "Fake it", \#(hints)}"#,
      files: [code: "v1\n"])
    try fixture.addStep(
      "03-second",
      manifest:
        #"{"kind": "red", "title": "Second", "failing": ["CacheTests/second()"], "message": "failed", \#(hints)}"#,
      files: [test: "a1\na2\na3\nb1\nb2\n"])
    try fixture.addStep(
      "04-real", manifest: #"{"kind": "green", "title": "Real", "undoes": [2], \#(hints)}"#,
      files: [code: "v2\n"])
    try fixture.addStep(
      "05-third",
      manifest:
        #"{"kind": "red", "title": "Third", "failing": ["CacheTests/third()"], "message": "failed", \#(hints)}"#,
      files: [test: thirdTests])
    try fixture.write(text, lessonText)
    try fixture.write(test, thirdTests)
    try fixture.write(code, "v2\n")
    return fixture
  }

  private func folders(of fixture: TemporaryWorkspace) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent(steps).path
    ).sorted()
  }

  @Test("amend puts the change into the step goto chose and into each later copy of the file")
  func amendCarriesTheChange() throws {
    let fixture = try addDraft()
    try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(test, "a1\na2\na3\nb1 fixed\nb2\n")

    let measured = Outcome.red(
      ["CacheTests/second()"], message: "failed again",
      of: ["CacheTests/first()", "CacheTests/second()"])
    let replay = draftRuns.enumerated().map { $0.offset == 2 ? measured : $0.element }

    let (status, terminal) = try fixture.run(.amend, runner: ScriptedRunner([measured] + replay))

    #expect(fixture.read("\(steps)/03-second/\(test)") == "a1\na2\na3\nb1 fixed\nb2\n")
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    #expect(
      lesson.step(3)?.expectation
        == .failures(tests: ["CacheTests/second()"], message: "failed again"))
    #expect(lesson.step(3)?.hints == ["A hint."])
    #expect(fixture.read("\(steps)/05-third/\(test)") == "a1\na2\na3\nb1 fixed\nb2\nc1\n")
    #expect(fixture.read(test) == "a1\na2\na3\nb1 fixed\nb2\nc1\n")
    #expect(
      try folders(of: fixture) == ["01-start", "02-fake-it", "03-second", "04-real", "05-third"])
    #expect(terminal.output.contains("are at step 5, the lesson's last, as on main"))
    #expect(terminal.output.contains("Rendering lesson 01: 5 steps"))
    #expect(fixture.read(text)?.contains("b1 fixed") == true)
    #expect(status == 0, "\(terminal.errors)")
  }

  @Test("amend leaves a later copy whose step changed the same lines, and says so")
  func amendReportsAConflict() throws {
    let fixture = try addDraft(thirdTests: "a1\na2\na3\nb1 changed\nb2\nc1\n")
    try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(test, "a1\na2\na3\nb1 fixed\nb2\n")

    let (status, terminal) = try fixture.run(
      .amend, runner: ScriptedRunner([draftRuns[2]] + draftRuns))

    #expect(status == 1)
    #expect(fixture.read("\(steps)/05-third/\(test)") == "a1\na2\na3\nb1 changed\nb2\nc1\n")
    #expect(
      terminal.errors.contains(
        "Warning: step 5 changed the same lines of \(test), so the change was not carried"))
  }

  @Test("amend refuses a change whose tests do not show what its step's kind needs")
  func amendRefusesAWrongColour() throws {
    let fixture = try addDraft()
    try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(test, "a1\na2\na3\nb1 fixed\nb2\n")

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.amend, runner: ScriptedRunner([draftRuns[1]]))
    }

    #expect(error?.message.hasPrefix("cannot amend step 3 (red): the tests are green") == true)
    #expect(fixture.read("\(steps)/03-second/\(test)") == "a1\na2\na3\nb1\nb2\n")
  }

  @Test("amend without a change, or with one its step's kind may not make, refuses")
  func amendRefuses() throws {
    let fixture = try addDraft()
    try fixture.run(.goto(lesson: "01", step: "3"))

    let unchanged = #expect(throws: WorkbookError.self) { try fixture.run(.amend) }
    try fixture.write(code, "v9\n")
    let breaking = #expect(throws: WorkbookError.self) { try fixture.run(.amend) }

    #expect(unchanged?.message.hasPrefix("nothing to amend") == true)
    #expect(
      breaking?.message.hasPrefix("cannot amend step 3: the rule \"red changes tests only\"")
        == true)
    #expect(fixture.read("\(steps)/03-second/\(code)") == nil)
  }

  @Test("insert records a new step after the one goto chose, and renumbers steps and text")
  func insertRenumbers() throws {
    let fixture = try addDraft()
    try fixture.run(.goto(lesson: "01", step: "2"))
    try fixture.write(test, "a1\na2\na3\nx1\n")
    let insertRun = Outcome.red(["CacheTests/x()"], message: "x failed", of: ["CacheTests/x()"])

    let (_, terminal) = try fixture.run(
      .insert(kind: .red, title: "Inserted", hints: ["Look."]),
      runner: ScriptedRunner([insertRun] + draftRuns))

    #expect(
      try folders(of: fixture) == [
        "01-start", "02-fake-it", "03-inserted", "04-second", "05-real", "06-third",
      ])
    #expect(fixture.read("\(steps)/03-inserted/\(test)") == "a1\na2\na3\nx1\n")
    #expect(fixture.read("\(steps)/04-second/\(test)") == "a1\na2\na3\nx1\nb1\nb2\n")
    #expect(fixture.read("\(steps)/06-third/\(test)") == "a1\na2\na3\nx1\nb1\nb2\nc1\n")
    #expect(fixture.read(test) == "a1\na2\na3\nx1\nb1\nb2\nc1\n")
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    #expect(
      lesson.step(3)?.expectation == .failures(tests: ["CacheTests/x()"], message: "x failed"))
    #expect(lesson.step(3)?.hints == ["Look."])
    #expect(lesson.step(5)?.undoes == [2])
    let written = try #require(fixture.read(text))
    #expect(
      written.contains(
        "### Step 3 (red): Inserted\n\nWhat this step does, and why.\n\n### Step 4 (red): Second"))
    #expect(written.contains("<!-- workbook: check at step 4 -->"))
    #expect(written.contains("<!-- workbook: file \(test) at step 4 -->"))
    #expect(written.contains("### Step 6 (red): Third\n\n<!-- workbook: check at step 6 -->"))
    #expect(terminal.output.contains("Inserted step 3 (red: Inserted)"))
  }

  @Test("insert --undoes records a step that takes an earlier one back, which it refuses without")
  func insertUndoes() throws {
    let fixture = try addDraft()
    try fixture.run(.goto(lesson: "01", step: "4"))
    try fixture.write(code, "v1\n")
    let back = Outcome.green("CacheTests/first()", "CacheTests/second()")

    let refused = #expect(throws: WorkbookError.self) {
      try fixture.run(.insert(kind: .green, title: "Back", hints: ["h"]))
    }
    _ = try fixture.run(
      .insert(kind: .green, title: "Back", hints: ["h"], undoes: [4]),
      runner: ScriptedRunner([back] + draftRuns.prefix(4) + [back, draftRuns[4]]))

    #expect(refused?.message.contains("--undoes 4") == true, "\(String(describing: refused))")
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    #expect(lesson.step(5)?.title == "Back")
    #expect(lesson.step(5)?.undoes == [4])
  }

  @Test("drop removes a step, its change from later copies, and its section, renumbering the rest")
  func dropRenumbers() throws {
    let fixture = try addDraft()

    let (_, terminal) = try fixture.run(
      .drop(lesson: "01", step: "3"),
      runner: ScriptedRunner([draftRuns[0], draftRuns[1], draftRuns[1], draftRuns[1]]))

    #expect(try folders(of: fixture) == ["01-start", "02-fake-it", "03-real", "04-third"])
    #expect(fixture.read("\(steps)/04-third/\(test)") == "a1\na2\na3\nc1\n")
    #expect(fixture.read(test) == "a1\na2\na3\nc1\n")
    let written = try #require(fixture.read(text))
    #expect(!written.contains("Second"))
    #expect(written.contains("### Step 3 (green): Real\n\n### Step 4 (red): Third"))
    #expect(written.contains("<!-- workbook: check at step 4 -->"))
    #expect(
      terminal.errors.contains("Warning: \(text):9 shows a step that was dropped"))
  }

  @Test(
    "amend, insert and drop parse, with insert's kind, title and hints",
    arguments: [
      (["amend"], Command.amend),
      (
        ["insert", "red", "A title", "--hint", "Look."],
        .insert(kind: .red, title: "A title", hints: ["Look."])
      ),
      (
        ["insert", "green", "Back", "--undoes", "3"],
        .insert(kind: .green, title: "Back", hints: [], undoes: [3])
      ),
      (["drop", "01", "3"], .drop(lesson: "01", step: "3")),
    ])
  func parses(_ words: [String], _ command: Command) throws {
    #expect(try Command.parse(words) == command)
  }
}
