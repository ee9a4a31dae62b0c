import Foundation

@testable import WorkbookKit

/// A timed runner that answers runs from a script, one per run, and remembers each call.
final class ScriptedTimedRunner: TimedTestRunner, @unchecked Sendable {
  private let state: Locked<(runs: [TimedRun], calls: [(package: URL, building: Bool)])>

  /// A runner that answers with `runs`, in order; after that, with the last one.
  init(_ runs: [TimedRun]) {
    state = Locked((runs, []))
  }

  /// For each run, the package it ran in and whether it was asked to build.
  var calls: [(package: URL, building: Bool)] { state.withLock { $0.calls } }

  func timedRun(_ lesson: Lesson, in package: URL, building: Bool) throws -> TimedRun {
    state.withLock { state in
      state.calls.append((package, building))
      return state.runs.count > 1 ? state.runs.removeFirst() : state.runs[0]
    }
  }
}

extension TimedRun {
  /// A run of the tests in `seconds`, each taking the time given, where `failing` fail.
  ///
  /// The run itself takes `runSeconds`, or the longest test's time when it is nil.
  static func timed(
    _ seconds: [String: TimeInterval], failing: Set<String> = [], runSeconds: TimeInterval? = nil,
    places: [String: String] = [:]
  ) -> TimedRun {
    let failures = seconds.keys.sorted().filter(failing.contains).map {
      TestFailure(test: $0, displayName: $0, message: "Expectation failed", location: nil)
    }
    return TimedRun(
      outcome: .ran(tests: Set(seconds.keys), failures: failures),
      timings: TestTimings(
        seconds: seconds, places: places, runSeconds: runSeconds ?? seconds.values.max() ?? 0))
  }
}
