import Foundation
import WorkbookCore

/// How long tests may take before the audit calls them slow.
public struct TimeBudget: Equatable, Sendable {
  /// The most one test may take, in seconds.
  var perTest: TimeInterval
  /// The most the whole suite may take, in seconds of test time.
  var suite: TimeInterval

  /// A tenth of a second per test, two seconds for the suite: a suite you run on every save.
  public static let standard = TimeBudget(perTest: 0.1, suite: 2)
}

/// What many runs of one suite show: tests whose result changes, and how long each test takes.
public struct RunAnalysis: Equatable {
  /// A test that passed in some runs and failed in others.
  struct Flaky: Equatable {
    /// The test, named `Suite/function()`.
    let test: String
    /// In how many runs it passed.
    let passes: Int
    /// In how many runs it ran.
    let runs: Int
  }

  /// A test's typical time: its median over the runs.
  struct Timing: Equatable {
    /// The test, named `Suite/function()`.
    let test: String
    /// Its median time, in seconds.
    let seconds: TimeInterval
  }

  /// How many runs were analysed.
  let runs: Int
  /// The tests whose result changed between runs, by name.
  let flaky: [Flaky]
  /// The tests that failed in every run, by name.
  let alwaysFailing: [String]
  /// Every test's median time, slowest first.
  let timings: [Timing]
  /// The median time of a whole run, in seconds of test time.
  let suiteSeconds: TimeInterval
  /// Where each test is declared, as `Module/File.swift:line`.
  let places: [String: String]

  /// Analyses `runs`; runs that did not compile are left out.
  public init(_ runs: [TestRun]) {
    var results: [String: (passes: Int, runs: Int)] = [:]
    var seconds: [String: [TimeInterval]] = [:]
    var places: [String: String] = [:]
    var ran: [TestRun] = []
    for run in runs {
      guard case .ran(let tests, let failures) = run.outcome else { continue }
      ran.append(run)
      let failing = Set(failures.map(\.test))
      for test in tests {
        results[test, default: (0, 0)].runs += 1
        results[test, default: (0, 0)].passes += failing.contains(test) ? 0 : 1
      }
      for (test, time) in run.timings.seconds {
        seconds[test, default: []].append(time)
      }
      places.merge(run.timings.places) { first, _ in first }
    }
    self.runs = ran.count
    flaky = results.keys.sorted().compactMap { test in
      guard let result = results[test], result.passes > 0, result.passes < result.runs else {
        return nil
      }
      return Flaky(test: test, passes: result.passes, runs: result.runs)
    }
    alwaysFailing = results.keys.sorted().filter { results[$0]?.passes == 0 }
    timings = seconds.map { Timing(test: $0.key, seconds: Self.median($0.value)) }
      .sorted { ($0.seconds, $1.test) > ($1.seconds, $0.test) }
    suiteSeconds = Self.median(ran.map(\.timings.runSeconds))
    self.places = places
  }

  /// The tests whose median time is over the budget per test, slowest first.
  func slow(within budget: TimeBudget) -> [Timing] {
    timings.filter { $0.seconds > budget.perTest }
  }

  private static func median(_ values: [TimeInterval]) -> TimeInterval {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
