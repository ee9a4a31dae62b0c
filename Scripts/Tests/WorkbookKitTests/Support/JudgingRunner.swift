import Foundation

@testable import WorkbookCore

/// A test runner that plays the lesson's tests: it reads the production code in the package and
/// returns what `judge` says about it, and it remembers every package and file it saw.
final class JudgingRunner: TestRunner {
  private let judge: @Sendable (_ code: String) throws -> Outcome
  private let state = Locked<[(package: URL, files: [String: String])]>([])
  private let limits = Locked<[TimeInterval]>([])

  /// A runner whose outcome for each run is `judge` of the file `TemporaryWorkspace.code`.
  init(_ judge: @escaping @Sendable (_ code: String) throws -> Outcome) {
    self.judge = judge
  }

  /// The production code of each run, in order.
  var codeSeen: [String] { state.withLock { $0.map { $0.files[TemporaryWorkspace.code] ?? "" } } }
  /// The package folder of each run, in order.
  var packagesSeen: [URL] { state.withLock { $0.map(\.package) } }
  /// The lesson's files in the package at each run, in order.
  var filesSeen: [[String: String]] { state.withLock { $0.map(\.files) } }

  /// The time limit of each run that was given one, in order.
  var limitsSeen: [TimeInterval] { limits.withLock { $0 } }

  /// Remembers `seconds`; runs are played, so they never need stopping.
  func limited(to seconds: TimeInterval) -> any TestRunner {
    limits.withLock { $0.append(seconds) }
    return self
  }

  func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun {
    let files = try lesson.texts(in: package)
    state.withLock { $0.append((package, files)) }
    return TestRun(outcome: try judge(files[TemporaryWorkspace.code] ?? ""), console: "")
  }
}
