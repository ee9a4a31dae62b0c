import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// Whole screens of `status` and `check`, compared with golden files, so that a change of
/// wording shows as a diff of the screen the learner reads (rewrite them with
/// `WORKBOOK_UPDATE_GOLDEN=1`, then read the diff before committing).
@Suite struct ScreenGoldenTests {
  /// The well-formed fixture lesson, in a fresh workspace.
  private func lessonWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return fixture
  }

  @Test("status before any lesson is started")
  func statusBeforeStarting() throws {
    let fixture = try lessonWorkspace()

    let (_, captured) = try fixture.run(.status)

    try Golden.compare(captured.output, with: "screens/status-before-starting.txt")
  }

  @Test("status in the middle of a lesson")
  func statusDuringLesson() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))

    let (_, captured) = try fixture.run(.status)

    try Golden.compare(captured.output, with: "screens/status-during-lesson.txt")
  }

  @Test("check at the amber starting point, predicted right")
  func checkAmberStart() throws {
    let fixture = try lessonWorkspace()
    let runner = ScriptedRunner([.amber("cannot find 'Cache' in scope")])
    _ = try fixture.run(.start(lesson: "01"), runner: runner)

    let (_, captured) = try fixture.run(.check(predicting: .amber), runner: runner)

    try Golden.compare(captured.output, with: "screens/check-amber-start.txt")
  }

  @Test("check at a red step, red as the step expects")
  func checkRedAsExpected() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    let runner = ScriptedRunner([
      .red(
        ["CacheTests/second()"], message: "Expectation failed: (v → 1) == 2",
        of: ["CacheTests/first()", "CacheTests/second()"])
    ])

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: runner)

    try Golden.compare(captured.output, with: "screens/check-red-as-expected.txt")
  }

  @Test("check once the step's failing test passes")
  func checkGreenDone() throws {
    let fixture = try lessonWorkspace()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    let runner = ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")])

    let (_, captured) = try fixture.run(.check(predicting: .red), runner: runner)

    try Golden.compare(captured.output, with: "screens/check-green-done.txt")
  }
}
