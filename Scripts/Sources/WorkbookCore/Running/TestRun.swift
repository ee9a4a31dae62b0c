import Foundation

/// One run of a lesson's tests: what it showed, what `swift test` printed on the way, and how
/// long each test took.
public struct TestRun: Equatable, Sendable {
  /// What the run showed.
  public let outcome: Outcome
  /// Everything `swift test` printed, unchanged.
  public let console: String
  /// How long each test took; empty when the tests did not compile or were not timed.
  public let timings: TestTimings

  /// Creates a run that showed `outcome`, printed `console` and took `timings`.
  public init(outcome: Outcome, console: String, timings: TestTimings = .none) {
    self.outcome = outcome
    self.console = console
    self.timings = timings
  }
}

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
