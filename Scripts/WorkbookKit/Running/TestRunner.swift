import Foundation

/// Runs a lesson's tests in a package folder and says what the run showed.
public protocol TestRunner: Sendable {
  /// Builds the package at `package` and runs the tests of `lesson` there.
  func run(_ lesson: Lesson, in package: URL) throws -> TestRun
}

/// One run of a lesson's tests: what it showed, and what `swift test` printed on the way.
public struct TestRun: Equatable, Sendable {
  /// What the run showed.
  public let outcome: Outcome
  /// Everything `swift test` printed, unchanged.
  public let console: String

  /// Creates a run that showed `outcome` and printed `console`.
  public init(outcome: Outcome, console: String) {
    self.outcome = outcome
    self.console = console
  }
}

extension Outcome {
  /// The outcome with the compiler's paths under `folder` moved to `destination`.
  func relocated(from folder: String, to destination: String) -> Outcome {
    guard case .doesNotCompile(let errors) = self else { return self }
    return .doesNotCompile(
      errors.map { error in
        guard error.file.hasPrefix(folder + "/") else { return error }
        return Diagnostic(
          file: destination + error.file.dropFirst(folder.count), line: error.line,
          column: error.column, message: error.message)
      })
  }
}

/// Runs tests with `swift test`, reading results from Swift Testing's JSON event stream.
public struct SwiftTestRunner: TestRunner {
  /// Creates a runner.
  public init() {}

  public func run(_ lesson: Lesson, in package: URL) throws -> TestRun {
    try swiftTest(lesson, in: package, building: true).run
  }

  /// Runs `swift test` on the lesson's tests, building first unless `building` is false, and
  /// returns the run with the event stream it was read from.
  func swiftTest(_ lesson: Lesson, in package: URL, building: Bool) throws -> (
    run: TestRun, events: Data
  ) {
    let events = package.appendingPathComponent(".build/workbook-events.jsonl")
    try? FileManager.default.removeItem(at: events)
    let result = try Shell.run(
      "swift",
      ["test"] + (building ? [] : ["--skip-build"]) + [
        "--disable-xctest", "--filter", lesson.testFilter,
        "--experimental-event-stream-output", events.path,
        "--experimental-event-stream-version", "0",
      ],
      in: package)
    let errors = CompilerOutput.errors(in: result.output)
    if result.status != 0, !errors.isEmpty {
      return (TestRun(outcome: .doesNotCompile(errors), console: result.output), Data())
    }
    let data = FileManager.default.contents(atPath: events.path) ?? Data()
    guard let report = EventStream.parse(data) else {
      let lines = result.output.split(separator: "\n")
      if let error = lines.first(where: { $0.contains("error:") }) {
        throw WorkbookError.failure("swift test failed before running the tests: \(error)")
      }
      throw WorkbookError.failure(
        "swift test stopped before the tests finished (did a test crash?); it last said: "
          + (lines.last.map(String.init) ?? "nothing"))
    }
    let run = TestRun(
      outcome: .ran(tests: report.tests, failures: report.failures), console: result.output)
    return (run, data)
  }
}
