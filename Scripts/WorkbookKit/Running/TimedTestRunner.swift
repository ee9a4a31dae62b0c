import Foundation

/// How long each test of one run took, and where each test is declared.
public struct TestTimings: Equatable, Sendable {
  /// Each test's time in seconds, keyed by `Suite/function()`.
  public let seconds: [String: TimeInterval]
  /// Where each test is declared, as `Module/File.swift:line`, keyed by `Suite/function()`.
  public let places: [String: String]
  /// The time from the start of the run to its end, without starting the test process.
  public let runSeconds: TimeInterval

  /// Creates the timings of a run.
  public init(seconds: [String: TimeInterval], places: [String: String], runSeconds: TimeInterval) {
    self.seconds = seconds
    self.places = places
    self.runSeconds = runSeconds
  }

  /// The timings of a run in which no test ran.
  public static let none = TestTimings(seconds: [:], places: [:], runSeconds: 0)
}

/// One run of a lesson's tests: what it showed and how long each test took.
public struct TimedRun: Equatable, Sendable {
  /// What the run showed.
  public let outcome: Outcome
  /// How long each test took; empty when the tests did not compile.
  public let timings: TestTimings

  /// Creates a timed run.
  public init(outcome: Outcome, timings: TestTimings) {
    self.outcome = outcome
    self.timings = timings
  }
}

/// Runs a lesson's tests again and again and times each test, for `workbook audit`.
public protocol TimedTestRunner: Sendable {
  /// Runs the tests of `lesson` in the package at `package`; builds it first only if `building`.
  func timedRun(_ lesson: Lesson, in package: URL, building: Bool) throws -> TimedRun
}

extension SwiftTestRunner: TimedTestRunner {
  public func timedRun(_ lesson: Lesson, in package: URL, building: Bool) throws -> TimedRun {
    let run = try swiftTest(lesson, in: package, building: building)
    return TimedRun(outcome: run.outcome, timings: run.timings)
  }
}
