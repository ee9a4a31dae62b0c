import Foundation

/// Runs a lesson's tests in a package folder and says what the run showed.
public protocol TestRunner: Sendable {
  /// Runs the tests of `lesson` in the package at `package`, building it first if `building`.
  func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun

  /// The same runner, but one that stops a run after `seconds` and throws
  /// `WorkbookError.timedOut`.
  ///
  /// There is no default: one that returned `self` would let a real runner that forgot this
  /// run without a limit.
  func limited(to seconds: TimeInterval) -> any TestRunner
}

extension WorkbookError {
  /// The error of a test run that was stopped after `seconds`.
  static func testsTimedOut(after seconds: TimeInterval) -> WorkbookError {
    .timedOut(
      "the tests ran longer than \(wholeSeconds(seconds)) and were stopped: "
        + "is there an endless loop?")
  }
}
