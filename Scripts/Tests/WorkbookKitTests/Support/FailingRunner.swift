import Foundation

@testable import WorkbookCore

/// A runner that fails some of its runs, as a crashed or interrupted `swift test` would, and
/// answers the others from a script.
final class FailingRunner: TestRunner {
  /// The script that answers the runs that do not fail; it sees only those.
  let scripted: ScriptedRunner
  private let fails: @Sendable (_ run: Int) -> Bool
  private let error: any Error
  private let onFailure: @Sendable () -> Void
  private let runs = Locked(0)

  /// A runner whose run number `run` (from 1) fails with `error` when `fails(run)` says so,
  /// after calling `onFailure`.
  init(
    failing fails: @escaping @Sendable (_ run: Int) -> Bool, with error: any Error = crash,
    then scripted: ScriptedRunner, onFailure: @escaping @Sendable () -> Void = {}
  ) {
    self.fails = fails
    self.error = error
    self.scripted = scripted
    self.onFailure = onFailure
  }

  /// What a crashed `swift test` makes the runner throw.
  static let crash = WorkbookError.failure("swift test stopped before the tests finished")

  /// The same runner: its runs never need stopping.
  func limited(to seconds: TimeInterval) -> any TestRunner { self }

  func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun {
    let number = runs.withLock { runs in
      runs += 1
      return runs
    }
    guard !fails(number) else {
      onFailure()
      throw error
    }
    return try scripted.run(lesson, in: package, building: building)
  }
}
