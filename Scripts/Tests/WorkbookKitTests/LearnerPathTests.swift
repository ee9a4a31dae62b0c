import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// The whole learner's path through lesson 01, with real `swift test` runs: start, check, type
/// the reference's production code as a learner would, next, and so on to the end.
@Suite struct LearnerPathTests {
  /// The repository this test file belongs to: four folders up from
  /// `Scripts/Tests/WorkbookKitTests/LearnerPathTests.swift`.
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A clone of the workbook holding lesson 01 only, as on main.
  private func cloneOfLessonOne() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    let lesson = try Workspace(root: Self.repository).lessons.lesson(named: "01")
    try fixture.list(lesson.entry.slug)
    for folder in [lesson.lessonFolder, lesson.kataFolder, lesson.testsFolder] {
      try FileManager.default.createDirectory(
        at: fixture.root.appendingPathComponent(folder).deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: Self.repository.appendingPathComponent(folder),
        to: fixture.root.appendingPathComponent(folder))
    }
    return fixture
  }

  @Test("A learner goes through lesson 01 from start to finish with check and next")
  func wholeLesson() throws {
    let fixture = try cloneOfLessonOne()
    let captured = CapturedTerminal()
    let workbook = Workbook(workspace: fixture.workspace, terminal: captured.terminal)
    let lesson = try fixture.workspace.lessons.lesson(named: "01")

    #expect(try workbook.run(.start(lesson: "01")) == 0)
    #expect(try workbook.run(.check(predicting: .amber)) == 0)
    var visited: [String] = []
    while let step = try currentStep(of: fixture, in: lesson) {
      visited.append("\(step.number) \(step.kind)")
      let target = step.kind.isFailing ? try #require(greenStep(after: step, in: lesson)) : step
      try type(lesson.state(after: target.number), of: lesson, into: fixture)

      #expect(try workbook.run(.next(force: false)) == 0, "next at step \(step.number)")
      if let arrived = try currentStep(of: fixture, in: lesson), arrived.kind.isFailing {
        if let ownTest = Self.ownTests[arrived.number] {
          try write(ownTest, into: fixture, of: lesson)
        }
        #expect(
          try workbook.run(.check(predicting: arrived.kind == .amber ? .amber : .red)) == 0,
          "check at step \(arrived.number)")
      }
    }

    #expect(visited == ["1 amber", "3 red", "6 red", "8 refactor", "9 red", "11 refactor"])
    #expect(lesson.steps.filter(\.isLearnerWritten).map(\.number) == [6, 9])
    #expect(captured.output.components(separatedBy: "Your test is red as intended").count == 3)
    // Grading says on stderr how far it has come, and nothing else goes there.
    let errors = captured.errors.split(separator: "\n")
    #expect(errors.allSatisfy { $0.hasPrefix("Grading your tests: ") }, "\(captured.errors)")
    #expect(errors.contains { $0.hasSuffix(", at once …") })
    for warning in ["Heads-up", "You changed", "but it is"] {
      #expect(!captured.output.contains(warning), "\(warning)")
    }
    let progress = try LearnerProgress.load(from: fixture.workspace)
    #expect(progress.finished == ["01-red-green-refactor"])
    #expect(progress.predictionsHeld == 4)
    let files = try fixture.workspace.currentFiles(of: lesson)
    #expect(lesson.production(of: files) == lesson.production(of: lesson.state(after: 11)))
    let tests = try #require(files.text(at: "\(lesson.testsFolder)IdempotencyCacheTests.swift"))
    #expect(tests.contains("func retryRunsTheOperationOnce()"))
    #expect(tests.contains("func retryAfterAnotherKeyGetsItsOwnResponse()"))
    #expect(!tests.contains("func retryReplaysTheStoredResponse()"))
    #expect(!tests.contains("func eachKeyKeepsItsOwnResponse()"))
  }

  /// The tests a learner writes at the steps whose test is theirs, by step: not the reference's.
  private static let ownTests = [
    6: """
      @Test("a retry runs the operation only once")
      func retryRunsTheOperationOnce() {
        let cache = IdempotencyCache()
        var count = 0
        let operation = {
          count += 1
          return paymentTwo
        }
        let first = cache.response(for: "key-7", orRun: operation)

        let retry = cache.response(for: "key-7", orRun: operation)

        #expect(retry == first)
        #expect(count == 1)
      }
    """,
    9: """
      @Test("a retry after another key still gets its own response")
      func retryAfterAnotherKeyGetsItsOwnResponse() {
        let cache = IdempotencyCache()
        _ = cache.response(for: "key-a") { paymentOne }
        _ = cache.response(for: "key-b") { paymentTwo }

        let replayA = cache.response(for: "key-a") { Response(status: 500, body: "ran again") }
        let replayB = cache.response(for: "key-b") { Response(status: 500, body: "ran again") }

        #expect(replayA == paymentOne)
        #expect(replayB == paymentTwo)
      }
    """,
  ]

  /// Adds `test` at the end of the lesson's test suite, as a learner writes it.
  private func write(_ test: String, into fixture: TemporaryWorkspace, of lesson: Lesson) throws {
    let path = "\(lesson.testsFolder)IdempotencyCacheTests.swift"
    let tests = try #require(fixture.read(path))
    let end = try #require(tests.range(of: "}\n", options: .backwards))
    try fixture.write(path, tests.replacingCharacters(in: end, with: "\n\(test)\n}\n"))
  }

  private func currentStep(of fixture: TemporaryWorkspace, in lesson: Lesson) throws -> Step? {
    let progress = try LearnerProgress.load(from: fixture.workspace)
    return progress.lesson == nil ? nil : lesson.step(progress.step)
  }

  private func greenStep(after step: Step, in lesson: Lesson) -> Step? {
    lesson.steps.dropFirst(step.number).first { $0.kind == .green }
  }

  /// Writes the production code of `state` over the learner's, as a learner types it.
  private func type(_ state: Snapshot, of lesson: Lesson, into fixture: TemporaryWorkspace)
    throws
  {
    let production = state.filtered { !lesson.isTestPath($0) }
    try FileTree.replace(under: [lesson.kataFolder], in: fixture.root, with: production.files)
  }
}
