import Foundation

/// Runs a lesson's tests in a package folder and says what the run showed.
public protocol TestRunner: Sendable {
  /// Builds the package at `package` and runs the tests of `lesson` there.
  func run(_ lesson: Lesson, in package: URL) throws -> Outcome
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

  public func run(_ lesson: Lesson, in package: URL) throws -> Outcome {
    try swiftTest(lesson, in: package, building: true).outcome
  }

  /// Runs `swift test` on the lesson's tests, building first unless `building` is false, and
  /// returns the outcome with the event stream it was read from.
  func swiftTest(_ lesson: Lesson, in package: URL, building: Bool) throws -> (
    outcome: Outcome, events: Data
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
      return (.doesNotCompile(errors), Data())
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
    return (.ran(tests: report.tests, failures: report.failures), data)
  }
}
