import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let first = "CacheTests/first()"
private let second = "CacheTests/second()"

/// A test double of the fixture's lesson: a file of its tests that declares no test.
private let spy = "Tests/Lesson01RedGreenRefactorTests/CacheSpy.swift"
/// The spy as the role first needs it, and as the role that step 7 changes needs it.
private let spyBefore = "struct CacheSpy { func store() {} }\n"
private let spyAfter = "struct CacheSpy { func storeAll() {} }\n"

/// The well-formed lesson, then step 6, a refactoring that adds a spy; step 7, a break step
/// that changes a role and the spy with it so that `second` fails; and step 8, a green step
/// that takes both back.
private func withRoleChange() throws -> TemporaryWorkspace {
  let fixture = try TemporaryWorkspace()
  try fixture.addWellFormedLesson()
  try fixture.addStep(
    "06-add-a-spy", manifest: #"{"kind": "refactor", "title": "Add a spy", "hints": ["h"]}"#,
    files: [spy: spyBefore])
  try fixture.addStep(
    "07-change-the-role",
    manifest: #"""
      {"kind": "break", "title": "Change the role", "hints": ["Which test reads the calls?"],
       "breaks": [{"test": "CacheTests/second()", "message": "Expectation failed"}]}
      """#,
    files: [TemporaryWorkspace.code: "v3, stores all at once\n", spy: spyAfter])
  try fixture.addStep(
    "08-take-it-back",
    manifest: #"{"kind": "green", "title": "Take it back", "hints": ["h"], "undoes": [7]}"#,
    files: [TemporaryWorkspace.code: "v3\n", spy: spyBefore])
  try fixture.write(spy, spyBefore)
  return fixture
}

/// A step of `kind` at position 7, taking back the steps in `undoes`.
private func step(_ kind: StepKind, undoes: [Int] = []) -> Step {
  Step(
    number: 7, folder: "07-step", kind: kind, title: "A step",
    expectation: kind == .break ? .breaks([]) : .allPass, hints: ["h"], writes: [:],
    deletes: [], undoes: undoes)
}

/// The runs of `withRoleChange()`'s eight steps, as verify sees them.
private let runs: [Outcome] = [
  .amber("cannot find 'Cache' in scope"), .green(first),
  .red([second], message: "Expectation failed", of: [first, second]), .green(first, second),
  .green(first, second), .green(first, second),
  .red([second], message: "Expectation failed: calls", of: [first, second]),
  .green(first, second),
]

@Suite struct BreakStepDoubleTests {
  @Test("A file of the tests that declares no test is a test double; one with a test is not")
  func tellsDoublesFromTests() throws {
    let fixture = try withRoleChange()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let files = lesson.state(after: 6).merging(
      Snapshot(files: [TemporaryWorkspace.test: Data("@Test func first() {}\n".utf8)]))

    #expect(lesson.testDoubles(of: files) == [spy])
  }

  @Test("A break step may change the test doubles a changed role needs, beside the code")
  func breakChangesADouble() {
    let lesson = Lesson(entry: Curriculum.entries[0], steps: [])

    let breaches = StepRules.changes(
      of: step(.break), changed: [spy, TemporaryWorkspace.code], testDoubles: [spy], in: lesson)

    #expect(breaches == [])
  }

  @Test("A break step still may not change a file that declares tests")
  func breakChangesNoTest() {
    let lesson = Lesson(entry: Curriculum.entries[0], steps: [])

    let breaches = StepRules.changes(
      of: step(.break), changed: [spy, TemporaryWorkspace.test, TemporaryWorkspace.code],
      testDoubles: [spy], in: lesson)

    #expect(
      breaches == [
        Breach(
          rule: "break changes production code and test doubles only",
          seen: "changed \(TemporaryWorkspace.test)")
      ])
  }

  @Test("A green step that takes a break back may put its test doubles back; another may not")
  func undoingGreenPutsADoubleBack() {
    let lesson = Lesson(entry: Curriculum.entries[0], steps: [])
    let changed: Set = [spy, TemporaryWorkspace.code]

    let undoing = StepRules.changes(
      of: step(.green, undoes: [6]), changed: changed, testDoubles: [spy], in: lesson)
    let plain = StepRules.changes(
      of: step(.green), changed: changed, testDoubles: [spy], in: lesson)

    #expect(undoing == [])
    #expect(plain.map(\.seen) == ["changed \(spy)"])
  }

  @Test("verify replays a break step that changes a role and its spy, and the step taking it back")
  func verifiesRoleChange() throws {
    let fixture = try withRoleChange()

    let (status, terminal) = try fixture.run(.verify(lesson: "01"), runner: ScriptedRunner(runs))

    #expect(status == 0, "\(terminal.errors)")
  }

  @Test("next at a break step that changes a double brings it in and shows its change too")
  func nextBringsTheDouble() throws {
    let fixture = try withRoleChange()
    _ = try fixture.run(.goto(lesson: "01", step: "6"))

    let (status, terminal) = try fixture.run(.next(force: false))

    #expect(status == 0, "\(terminal.errors)")
    #expect(fixture.read(spy) == spyAfter)
    #expect(
      terminal.output.contains(
        "The tests stay as they are; the test doubles change with the role they play: \(spy)."),
      "\(terminal.output)")
    #expect(terminal.output.contains("+struct CacheSpy { func storeAll() {} }"))
    #expect(terminal.output.contains("+v3, stores all at once"))
  }

  @Test("next from a break step that changed a double puts the double back")
  func nextPutsTheDoubleBack() throws {
    let fixture = try withRoleChange()
    _ = try fixture.run(.goto(lesson: "01", step: "7"))
    let broken = Outcome.red([second], message: "Expectation failed: calls", of: [first, second])
    _ = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([broken]))

    let (status, terminal) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([broken]))

    #expect(status == 0, "\(terminal.errors)")
    #expect(fixture.read(spy) == spyBefore)
    #expect(fixture.read(TemporaryWorkspace.code) == "v3\n")
    #expect(
      terminal.output.contains(
        "Step 8 of 8 (green): Take it back, is done for you: the code is as it was before step 7."),
      "\(terminal.output)")
  }

  @Test("check at a break step whose tests the learner mended says so, and how to see the step's")
  func checkAfterMendingTheTests() throws {
    let fixture = try withRoleChange()
    _ = try fixture.run(.goto(lesson: "01", step: "7"))
    try fixture.write(TemporaryWorkspace.test, "test 1\ntest 2, mended\n")

    let (_, terminal) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.green(first, second)]))

    #expect(
      terminal.output.contains(
        "You changed the tests of break step 7: \(TemporaryWorkspace.test)."),
      "\(terminal.output)")
    #expect(
      terminal.output.contains(
        "This run shows your tests. Step 7's own tests break as the lesson shows; to run them "
          + "again, put them back (your edits are saved first): swift run workbook restore"))
    #expect(!terminal.output.contains("change the production code, not the test"))
    #expect(!terminal.output.contains("make the step's own tests pass"))
  }
}
