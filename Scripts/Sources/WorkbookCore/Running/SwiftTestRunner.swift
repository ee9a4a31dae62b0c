import Foundation

/// Runs tests with `swift test`, reading results from Swift Testing's JSON event stream.
public struct SwiftTestRunner: TestRunner {
  /// How long one run may take, building included, before it is stopped.
  public let timeLimit: TimeInterval

  /// Creates a runner that stops a run after `timeLimit` seconds: five minutes unless told, so
  /// that even a cold build has time, while a test that never ends does not hang the workbook.
  public init(timeLimit: TimeInterval = 300) {
    self.timeLimit = timeLimit
  }

  public func limited(to seconds: TimeInterval) -> any TestRunner {
    SwiftTestRunner(timeLimit: seconds)
  }

  /// Runs `swift test` on the lesson's tests, with `--skip-build` unless `building`.
  public func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun {
    let events = package.appendingPathComponent(".build/workbook-events.jsonl")
    try? FileManager.default.removeItem(at: events)
    let result = try Shell.run(
      "swift",
      ["test"] + (building ? [] : ["--skip-build"]) + [
        "--disable-xctest", "--filter", lesson.testFilter,
        "--experimental-event-stream-output", events.path,
        "--experimental-event-stream-version", "0",
      ],
      in: package, timeLimit: timeLimit)
    let data = FileManager.default.contents(atPath: events.path) ?? Data()
    return try testRun(fromConsole: result, events: data)
  }

  /// What a finished `swift test` showed and how long its tests took, read from its console
  /// and its event stream.
  ///
  /// - Throws: `WorkbookError.timedOut` when the run was stopped at the time limit,
  ///   `WorkbookError.crashed` when a test or the code it ran crashed, and
  ///   `WorkbookError.failure` when it stopped before the tests finished for another reason.
  func testRun(fromConsole result: Shell.Result, events data: Data) throws -> TestRun {
    guard !result.timedOut else { throw WorkbookError.testsTimedOut(after: timeLimit) }
    let errors = CompilerOutput.errors(in: result.output)
    if result.status != 0, !errors.isEmpty {
      return TestRun(outcome: .doesNotCompile(errors), console: result.output)
    }
    guard let report = EventStream.parse(data) else {
      let lines = result.output.split(separator: "\n")
      // A crash names a place inside the runtime, or a macro's expansion: its words say more.
      if let crash = lines.first(where: { $0.contains("Fatal error:") }),
        let words = crash.range(of: "Fatal error:")
      {
        throw WorkbookError.crashed(String(crash[words.lowerBound...]))
      }
      if let error = lines.first(where: { $0.contains("error:") }) {
        throw WorkbookError.failure("swift test failed before running the tests: \(error)")
      }
      throw WorkbookError.failure(
        "swift test stopped before the tests finished (did a test crash?); it last said: "
          + (lines.last.map(String.init) ?? "nothing"))
    }
    return TestRun(
      outcome: .ran(tests: report.tests, failures: report.failures), console: result.output,
      timings: EventStream.timings(data) ?? .none)
  }
}
