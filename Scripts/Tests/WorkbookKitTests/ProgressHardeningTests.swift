import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// A lost, damaged or impossible progress file is rebuilt without losing what can be kept, and
/// a damaged file set aside is never overwritten by the next repair.
@Suite struct ProgressHardeningTests {
  private let file = ".workbook/progress.json"

  /// The well-formed lesson, put at `step` by `goto`.
  private func lesson(at step: Int) throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "\(step)"))
    return fixture
  }

  @Test("A progress file deleted in the middle of a lesson is rebuilt from the files, and said so")
  func deletedMidLesson() throws {
    let fixture = try lesson(at: 3)
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(file))

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    #expect(
      captured.errors
        == "Warning: \(file) is missing, so it was rebuilt from your files: lesson 01, step 3.")
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
  }

  @Test("A fresh clone, with no progress file and every lesson as on main, stays quiet")
  func freshClone() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    #expect(captured.errors.isEmpty)
    #expect(fixture.read(file) == nil)
  }

  @Test("Each repair keeps the damaged file aside under a name of its own")
  func brokenFilesAreKept() throws {
    let fixture = try lesson(at: 3)
    try fixture.write(file, "{ first damage")
    _ = try fixture.run(.status)
    try fixture.write(file, "{ second damage")

    let (_, captured) = try fixture.run(.status)

    #expect(fixture.read("\(file).broken") == "{ first damage")
    #expect(fixture.read("\(file).broken-2") == "{ second damage")
    #expect(captured.errors.contains("moved to \(file).broken-2 and"), "\(captured.errors)")
  }

  @Test("A damaged file that still names the step and the score keeps them, when the files agree")
  func salvagesStepAndScore() throws {
    let fixture = try lesson(at: 4)
    try fixture.write(
      file,
      #"{"lesson": "01-red-green-refactor", "step": 4, "hintsShown": "lots", "finished": [], "predictions": 7, "predictionsHeld": 5}"#
    )

    let (_, captured) = try fixture.run(.status)

    let rebuilt = try LearnerProgress.load(from: fixture.workspace)
    #expect(rebuilt.step == 4, "\(captured.errors)")
    #expect(rebuilt.predictions == 7)
    #expect(rebuilt.predictionsHeld == 5)
  }

  @Test(
    "Impossible counts are never shown: the file is reported and rebuilt",
    arguments: [
      #""predictions": 5, "predictionsHeld": 99"#, #""predictions": -1, "predictionsHeld": 0"#,
      #""predictions": 0, "predictionsHeld": 0, "hintsShown": -3"#,
    ])
  func impossibleCounts(counts: String) throws {
    let fixture = try lesson(at: 3)
    let hints = counts.contains("hintsShown") ? "" : #", "hintsShown": 0"#
    try fixture.write(
      file, #"{"lesson": "01-red-green-refactor", "step": 3, "finished": [], \#(counts)\#(hints)}"#)

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    #expect(!captured.output.contains("99 of 5"))
    #expect(captured.errors.contains("could not be read"), "\(captured.errors)")
    let rebuilt = try LearnerProgress.load(from: fixture.workspace)
    #expect(rebuilt.predictionsHeld <= rebuilt.predictions)
    #expect(rebuilt.predictions >= 0)
    #expect(rebuilt.hintsShown >= 0)
  }

  @Test(
    "A very long argument is not echoed in full",
    arguments: [["goto", "01"], ["start"], ["check", "--predict"], []])
  func longArgument(words: [String]) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let captured = CapturedTerminal()
    let long = String(repeating: "x", count: 100_000)

    let status = Workbook.main(
      arguments: words + [long], folder: fixture.root, terminal: captured.terminal)

    #expect(status != 0)
    #expect(captured.errors.count < 1_000, "\(captured.errors.prefix(300))")
    #expect(captured.errors.split(separator: "\n").count == 1)
  }
}
