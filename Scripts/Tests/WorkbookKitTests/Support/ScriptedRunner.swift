import Foundation

@testable import WorkbookCore

/// A test runner that returns runs from a script, one per run, and remembers what it saw.
final class ScriptedRunner: TestRunner {
  private let state: Locked<(runs: [TestRun], seen: [Seen])>

  /// What one run was asked to do, and the lesson's files it found.
  private struct Seen {
    let package: URL
    let building: Bool
    let files: [String: String]
  }

  /// A runner that answers the runs with `outcomes`, in order; after that, with the last one.
  /// Each run prints `console`.
  convenience init(_ outcomes: [Outcome], console: String = "") {
    self.init(runs: outcomes.map { TestRun(outcome: $0, console: console) })
  }

  /// A runner that answers with `runs`, in order; after that, with the last one.
  init(runs: [TestRun]) {
    state = Locked((runs, []))
  }

  /// For each run, the lesson's files as they were in the package folder.
  var filesSeen: [[String: String]] { state.withLock { $0.seen.map(\.files) } }
  /// For each run, the package it ran in.
  var packagesSeen: [URL] { state.withLock { $0.seen.map(\.package) } }
  /// For each run, whether it was asked to build first.
  var buildingSeen: [Bool] { state.withLock { $0.seen.map(\.building) } }

  /// The same runner: runs are played, so they never need stopping.
  func limited(to seconds: TimeInterval) -> any TestRunner { self }

  func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun {
    let files = try lesson.texts(in: package)
    return state.withLock { state in
      state.seen.append(Seen(package: package, building: building, files: files))
      return state.runs.count > 1 ? state.runs.removeFirst() : state.runs[0]
    }
  }
}

extension Lesson {
  /// The text of each of the lesson's files in the package at `package`, by path.
  func texts(in package: URL) throws -> [String: String] {
    Snapshot(files: try FileTree.read(package, under: [kataFolder, testsFolder])).texts
  }
}

extension TestRun {
  /// A run of the tests in `seconds`, each taking the time given, where `failing` fail.
  ///
  /// The run itself takes `runSeconds`, or the longest test's time when it is nil.
  static func timed(
    _ seconds: [String: TimeInterval], failing: Set<String> = [], runSeconds: TimeInterval? = nil,
    places: [String: String] = [:]
  ) -> TestRun {
    let failures = seconds.keys.sorted().filter(failing.contains).map {
      TestFailure(test: $0, displayName: $0, message: "Expectation failed", location: nil)
    }
    return TestRun(
      outcome: .ran(tests: Set(seconds.keys), failures: failures), console: "",
      timings: TestTimings(
        seconds: seconds, places: places, runSeconds: runSeconds ?? seconds.values.max() ?? 0))
  }
}

extension Outcome {
  /// A passing run of `tests`.
  static func green(_ tests: String...) -> Outcome {
    .ran(tests: Set(tests), failures: [])
  }

  /// A run of `tests` where `failing` fail with `message`.
  static func red(_ failing: [String], message: String, of tests: [String]) -> Outcome {
    let failures = failing.map {
      TestFailure(
        test: $0, displayName: $0, message: message,
        location: "Lesson01RedGreenRefactorTests/CacheTests.swift:3:5")
    }
    return .ran(tests: Set(tests), failures: failures)
  }

  /// A build that fails with `message`.
  static func amber(_ message: String) -> Outcome {
    .doesNotCompile([
      Diagnostic(file: "/tmp/CacheTests.swift", line: 2, column: 3, message: message)
    ])
  }
}

/// A terminal that keeps what is printed.
final class CapturedTerminal {
  private let lines = Locked<(out: [String], err: [String])>(([], []))

  var terminal: Terminal {
    Terminal(
      print: { line in self.lines.withLock { $0.out.append(line) } },
      printError: { line in self.lines.withLock { $0.err.append(line) } },
      usesColour: false)
  }

  /// Everything printed on stdout, one line after another.
  var output: String { lines.withLock { $0.out.joined(separator: "\n") } }
  /// Everything printed on stderr, one line after another.
  var errors: String { lines.withLock { $0.err.joined(separator: "\n") } }
}

extension Pacer {
  /// A clock that never waits, for tests that replay steps one after another.
  static let instant = Pacer(now: { Date() }, wait: { _ in })
}
