import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private let steps = "Lessons/01-red-green-refactor/steps"
private let shippedPath = "Lessons/01-red-green-refactor/catches.json"

@Suite struct ShippedCatchesTests {
  /// The lesson with a step the learner writes (step 3), as `fixture` holds it.
  private func lesson(of fixture: TemporaryWorkspace) throws -> Lesson {
    try fixture.workspace.lessons.lesson(named: "01")
  }

  /// Verifies the fixture's lesson with `runner`, rendering when `rendering` is set, in scratch
  /// packages under `scratch`; returns the broken rules about the shipped answers.
  private func verify(
    _ fixture: TemporaryWorkspace, rendering: Bool, runner: any TestRunner = RuleRunner(),
    scratch: String = ".build/workbook/verify"
  ) throws -> [Violation] {
    var verifier = Verifier(
      workspace: fixture.workspace, runner: runner,
      scratchFolder: fixture.root.appendingPathComponent(scratch))
    verifier.pacer = .instant
    return try verifier.verify(try lesson(of: fixture), rendering: rendering)
      .filter { $0.rule == ShippedCatchesCheck.rule }
  }

  /// The catches of step 3, run with `runner` in a scratch package of their own, reading
  /// `shipped` when given.
  private func catches(
    in fixture: TemporaryWorkspace, runner: any TestRunner, shipped: ShippedCatches.Entry?
  ) throws -> ReferenceCatches {
    let lesson = try lesson(of: fixture)
    let scratch = ScratchPackage(
      folder: fixture.root.appendingPathComponent(".build/learner"), lesson: lesson,
      pacer: .instant)
    return ReferenceCatches(
      lesson: lesson, step: lesson.steps[2], green: lesson.steps[3], scratches: [scratch],
      runner: runner, shipped: shipped)
  }

  @Test("render ships what the reference's test of each step the learner writes catches")
  func renderShipsTheCatches() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()

    let violations = try verify(fixture, rendering: true)

    #expect(violations.isEmpty)
    let shipped = try #require(
      ShippedCatches.load(for: try lesson(of: fixture), under: fixture.root))
    #expect(shipped.steps.keys.sorted() == ["3"])
    #expect(shipped.steps["3"]?.mutants.map(\.mutatedLines) == ["let stores = false"])
  }

  @Test("A learner's grading reads the shipped answer and runs no mutant to find it")
  func gradingReadsTheShippedAnswer() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    _ = try verify(fixture, rendering: true)
    let shipped = ShippedCatches.load(for: try lesson(of: fixture), under: fixture.root)
    let runner = RuleRunner()

    let caught = try catches(in: fixture, runner: runner, shipped: shipped?.steps["3"])
      .mutants(timeLimit: 20)

    #expect(caught.map(\.mutatedLines) == ["let stores = false"])
    #expect(runner.filesSeen.isEmpty)
  }

  @Test("A shipped answer found for other code is ignored, and the mutants run")
  func staleAnswerIsIgnored() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    let stale = ShippedCatches.Entry(fingerprint: "other code", mutants: [])
    let runner = RuleRunner()

    let caught = try catches(in: fixture, runner: runner, shipped: stale).mutants(timeLimit: 20)

    #expect(caught.map(\.mutatedLines) == ["let stores = false"])
    #expect(!runner.filesSeen.isEmpty)
  }

  @Test("verify names a shipped answer that no longer fits its step, and render finds it again")
  func verifyNamesAStaleAnswer() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    _ = try verify(fixture, rendering: true)
    let path = "\(steps)/04-store/\(TemporaryWorkspace.code)"
    try fixture.write(path, try #require(fixture.read(path)) + "// a comment\n")
    try fixture.write(TemporaryWorkspace.code, try #require(fixture.read(path)))

    let stale = try verify(fixture, rendering: false)
    let rendered = try verify(fixture, rendering: true)
    let again = try verify(fixture, rendering: false)

    #expect(
      stale.map(\.seen) == [
        "\(shippedPath) holds an answer for step 3 that was found for other code or tests; run "
          + "'swift run workbook render 01' to find it"
      ])
    #expect(rendered.isEmpty)
    #expect(again.isEmpty)
  }

  @Test("verify asks nothing of a lesson that ships no answers")
  func noFileNoRule() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()

    #expect(try verify(fixture, rendering: false).isEmpty)
    #expect(fixture.read(shippedPath) == nil)
  }
}
