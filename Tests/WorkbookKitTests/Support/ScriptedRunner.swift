import Foundation

@testable import WorkbookKit

/// A test runner that returns runs from a script, one per run, and remembers what it saw.
final class ScriptedRunner: TestRunner, @unchecked Sendable {
  private let state: Locked<(runs: [TestRun], seen: [[String: String]])>

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
  var filesSeen: [[String: String]] { state.withLock { $0.seen } }

  func run(_ lesson: Lesson, in package: URL) throws -> TestRun {
    var files: [String: String] = [:]
    for folder in [lesson.kataFolder, lesson.testsFolder] {
      for (path, data) in try FileTree.read(package.appendingPathComponent(folder)) {
        files[folder + path] = String(decoding: data, as: UTF8.self)
      }
    }
    return state.withLock { state in
      state.seen.append(files)
      return state.runs.count > 1 ? state.runs.removeFirst() : state.runs[0]
    }
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
