import Foundation
import Testing

@testable import WorkbookCore

@Suite struct PeekTests {
  private let code = TemporaryWorkspace.code

  private func lesson(at step: String) throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: step))
    return fixture
  }

  @Test("At a red step, peek diffs the learner's code against the green that follows")
  func peekAtRedStep() throws {
    let fixture = try lesson(at: "3")
    try fixture.write(code, "mine\n")

    let (status, captured) = try fixture.run(.peek)

    #expect(status == 0)
    #expect(
      captured.output.hasPrefix(
        "The reference's production code once step 3 passes, at step 4 (green: Make it real), "
          + "as a change from yours:"))
    #expect(captured.output.contains("--- yours/\(code)\n+++ reference/\(code)"))
    #expect(captured.output.contains("-mine\n+v2"))
    #expect(fixture.read(code) == "mine\n")
  }

  @Test("At a refactor step, peek shows the reference's refactoring of the learner's code")
  func peekAtRefactorStep() throws {
    let fixture = try lesson(at: "5")
    try fixture.write(code, "v2\n")

    let (_, captured) = try fixture.run(.peek)

    #expect(captured.output.contains("production code at step 5 (refactor: Tidy), as a change"))
    #expect(captured.output.contains("-v2\n+v3"))
  }

  @Test("When the learner's code is the reference's, peek says so instead of an empty diff")
  func peekWhenEqual() throws {
    let fixture = try lesson(at: "3")
    try fixture.write(code, "v2\n")

    let (status, captured) = try fixture.run(.peek)

    #expect(status == 0)
    #expect(captured.output.hasSuffix("Your production code is the reference's, line for line."))
  }

  @Test("A file only the learner has shows as deleted; peek never touches the files")
  func peekShowsLearnerOnlyFiles() throws {
    let fixture = try lesson(at: "3")
    let notes = "Katas/Lesson01RedGreenRefactor/Notes.swift"
    try fixture.write(notes, "// notes\n")

    let (_, captured) = try fixture.run(.peek)

    #expect(captured.output.contains("--- yours/\(notes)\n+++ /dev/null"))
    #expect(fixture.read(notes) == "// notes\n")
  }

  @Test("peek without a lesson started says how to start one")
  func peekWithoutLesson() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()

    #expect(throws: WorkbookError.failure("no lesson started; run 'swift run workbook start 01'")) {
      try fixture.run(.peek)
    }
  }
}
