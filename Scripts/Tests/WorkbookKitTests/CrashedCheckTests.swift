import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// A test, or the code it runs, that crashes stops the whole run: `check` reads that as a red
/// run with the crash's own words and what to do, never as an error of the workbook.
@Suite struct CrashedCheckTests {
  private let crash = WorkbookError.crashed("Fatal error: Index out of range")

  /// The well-formed lesson with the learner at `step`.
  private func learner(at step: String) throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: step))
    return fixture
  }

  @Test("check reads a crashed run as red, says what crashed and what to do, and exits 1")
  func crashIsRed() throws {
    let fixture = try learner(at: "4")
    let runner = FailingRunner(failing: { _ in true }, with: crash, then: ScriptedRunner([]))

    let (status, terminal) = try fixture.run(.check(predicting: nil), runner: runner)

    #expect(status == 1)
    #expect(terminal.errors.isEmpty, "\(terminal.errors)")
    let lines = terminal.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("RED: the tests crashed before they finished."), "\(terminal.output)")
    #expect(lines.contains("  Fatal error: Index out of range"))
    #expect(
      terminal.output.contains(
        "swift test --filter '^Lesson01RedGreenRefactorTests\\.' shows which test was running"))
  }

  @Test("A prediction of red holds for a crashed run, and is counted")
  func predictionCounted() throws {
    let fixture = try learner(at: "3")
    let runner = FailingRunner(failing: { _ in true }, with: crash, then: ScriptedRunner([]))

    let (_, terminal) = try fixture.run(.check(predicting: .red), runner: runner)

    #expect(terminal.output.contains("You predicted red, and it is red: 1 of 1 predictions held."))
  }

  @Test("check in free practice reads a crashed run as red too")
  func crashInPractice() throws {
    let fixture = try learner(at: "5")
    _ = try fixture.run(.next(force: false))
    let runner = FailingRunner(failing: { _ in true }, with: crash, then: ScriptedRunner([]))

    let (status, terminal) = try fixture.run(.check(predicting: nil), runner: runner)

    #expect(status == 1)
    #expect(terminal.output.contains("RED: the tests crashed before they finished."))
    #expect(terminal.errors.isEmpty, "\(terminal.errors)")
  }
}
