import Foundation
import Testing

@testable import WorkbookCore

@Suite struct ProgressRepairTests {
  private let file = ".workbook/progress.json"

  /// The well-formed lesson, put at step 3 by `goto`, whose progress file is then replaced.
  private func lessonAtStepThree(progress: String) throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    try fixture.write(file, progress)
    return fixture
  }

  @Test("A progress file that is not JSON is kept aside, reported, and rebuilt from the tree")
  func corruptFile() throws {
    let fixture = try lessonAtStepThree(progress: "{ this is not json")

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    // The reason in brackets is Foundation's own, which differs between platforms.
    #expect(captured.errors.hasPrefix("Warning: \(file) could not be read ("))
    #expect(
      captured.errors.hasSuffix(
        "), so it was moved to \(file).broken and rebuilt from your files: lesson 01, step 3."))
    #expect(fixture.read("\(file).broken") == "{ this is not json")
    #expect(captured.output.contains("at step 3 of 5"))
    let rebuilt = try LearnerProgress.load(from: fixture.workspace)
    #expect(rebuilt.lesson == "01-red-green-refactor")
    #expect(rebuilt.step == 3)
  }

  @Test("Progress that points past the lesson's last step is reported and rebuilt")
  func stepOutOfRange() throws {
    let fixture = try lessonAtStepThree(
      progress: #"{"lesson": "01-red-green-refactor", "step": 9, "hintsShown": 0, "finished": []}"#)

    let (status, captured) = try fixture.run(.hint)

    #expect(status == 0)
    #expect(
      captured.errors == "Warning: \(file) points at step 9 of lesson 01-red-green-refactor, "
        + "which does not exist, so it was rebuilt from your files: lesson 01, step 3.")
    #expect(captured.output.contains("Hint 1 of 1: Look at the new example."))
  }

  @Test("Progress in a lesson that is not recorded is rebuilt, keeping the finished lessons")
  func unknownLesson() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(
      file,
      #"{"lesson": "09-gone", "step": 2, "hintsShown": 1, "finished": ["01-red-green-refactor"]}"#)

    let (status, captured) = try fixture.run(.status)

    #expect(status == 0)
    #expect(
      captured.errors == "Warning: \(file) points at lesson 09-gone, which does not exist, "
        + "so it was rebuilt from your files: no lesson in progress.")
    let rebuilt = try LearnerProgress.load(from: fixture.workspace)
    #expect(
      rebuilt
        == LearnerProgress(lesson: nil, step: 0, hintsShown: 0, finished: ["01-red-green-refactor"])
    )
  }

  @Test("A malformed step is reported as itself, and the progress file stays where it is")
  func malformedStepKeepsProgress() throws {
    let progress =
      #"{"lesson": "01-red-green-refactor", "step": 3, "hintsShown": 0, "finished": []}"#
    let fixture = try lessonAtStepThree(progress: progress)
    try fixture.write("Lessons/01-red-green-refactor/steps/02-fake-it/step.json", "{ broken")

    #expect(throws: WorkbookError.self) { try fixture.run(.status) }

    #expect(fixture.read(file) == progress)
    #expect(fixture.read("\(file).broken") == nil)
  }

  @Test("A learner's own code at a step does not hide which step its tests belong to")
  func rebuildsFromTestsWithLearnerCode() throws {
    let fixture = try lessonAtStepThree(progress: "[]")
    try fixture.write(TemporaryWorkspace.code, "the learner's own code\n")

    let (_, captured) = try fixture.run(.status)

    #expect(captured.errors.hasSuffix("rebuilt from your files: lesson 01, step 3."))
  }
}
