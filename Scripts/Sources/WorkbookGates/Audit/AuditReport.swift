import Foundation
import WorkbookCore

/// The FIRST audit of one lesson's suite, section by section, in lines a learner can read.
///
/// Each problem names its place and its test, and says in one sentence why it matters.
public struct AuditReport {
  /// How many of the slowest tests the report lists.
  static let slowestShown = 3

  private enum Entry {
    case plain(String)
    case tick(String)
    case problem(place: String?, what: String, why: String)
  }

  private let lessonNumber: String
  private let entries: [Entry]

  /// How the report writes the time a test or the suite took.
  public enum TimeFormat: Sendable {
    /// To the millisecond, as `workbook audit` prints it.
    case exact
    /// Rounded so that a lesson text reads the same run after run: "under 0.1 s", "under 1 s",
    /// or whole seconds, "about 3 s".
    case rounded

    /// `seconds` in this format.
    public func text(_ seconds: TimeInterval) -> String {
      switch self {
      case .exact: String(format: "%.3f s", seconds)
      case .rounded:
        seconds < 0.1
          ? "under 0.1 s" : seconds < 1 ? "under 1 s" : "about \(Int(seconds.rounded())) s"
      }
    }

    /// The time that `text(seconds)` stands for, for sorting: times written alike sort alike.
    public func rank(_ seconds: TimeInterval) -> TimeInterval {
      switch self {
      case .exact: seconds
      case .rounded: seconds < 0.1 ? 0 : seconds < 1 ? 0.1 : seconds.rounded()
      }
    }
  }

  /// The line that opens an audit of `lesson` over `runs` runs.
  public static func heading(of lesson: Lesson, runs: Int) -> String {
    "Auditing lesson \(lesson.paddedNumber): \(runs) runs of its tests, in parallel and in "
      + "varying order …"
  }

  /// Reads `analysis` of the runs and `scan` of the test files against `budget`, and writes
  /// times in `times`.
  public init(
    lesson: Lesson, analysis: RunAnalysis, scan: TestSourceScan, budget: TimeBudget = .standard,
    times: TimeFormat = .exact
  ) {
    lessonNumber = lesson.paddedNumber
    let sections = Sections(analysis: analysis, scan: scan, budget: budget, times: times)
    entries =
      sections.notes + [.plain("Fast")] + sections.fast + [.plain("Isolated")] + sections.isolated
      + [.plain("Repeatable")] + sections.repeatable + [.plain("Self-validating")]
      + sections.selfValidating + [.plain("Timely")] + sections.timely
  }

  /// How many problems the audit found.
  public var problems: Int {
    entries.filter {
      if case .problem = $0 { true } else { false }
    }.count
  }

  /// The verdict on the lesson, in one line.
  var verdict: String {
    problems == 0
      ? "Lesson \(lessonNumber) passes the FIRST audit."
      : "In lesson \(lessonNumber), FIRST is broken in \(counted(problems, "place"))."
  }

  /// The whole report, ending with the verdict.
  public var lines: [String] {
    entries.flatMap { entry -> [String] in
      switch entry {
      case .plain(let text): [text]
      case .tick(let text): ["  ✓ \(text)"]
      case .problem(let place, let what, let why):
        ["  ✗ \(place.map { "\($0): " } ?? "")\(what).", "      \(why)"]
      }
    } + [verdict]
  }

  /// The entries of each section, worked out from the runs and the scan.
  private struct Sections {
    let analysis: RunAnalysis
    let scan: TestSourceScan
    let budget: TimeBudget
    let times: TimeFormat

    var notes: [Entry] {
      guard !analysis.alwaysFailing.isEmpty else { return [] }
      let names = analysis.alwaysFailing.joined(separator: ", ")
      return [
        .plain("Note: \(names) failed in every run; the audit judges the tests, not the code.")
      ]
    }

    var fast: [Entry] {
      var entries: [Entry] = []
      if !analysis.timings.isEmpty {
        entries.append(.plain("  Slowest tests, median of \(analysis.runs) runs:"))
        let slowest = analysis.timings.sorted {
          (times.rank($0.seconds), $1.test) > (times.rank($1.seconds), $0.test)
        }.prefix(AuditReport.slowestShown)
        let width = slowest.map { seconds($0.seconds).count }.max() ?? 0
        entries += slowest.map {
          .plain("    \(seconds($0.seconds).padded(to: width))  \($0.test)")
        }
      }
      let slow = analysis.slow(within: budget)
      entries +=
        slow.isEmpty
        ? [.tick("Every test takes under \(limit(budget.perTest)).")]
        : slow.map { timing in
          .problem(
            place: place(of: timing.test),
            what: "\(timing.test) takes \(seconds(timing.seconds)), "
              + "over the budget of \(limit(budget.perTest)) per test",
            why: "Slow tests get run less often, so they find mistakes later.")
        }
      let suite = "The suite takes \(seconds(analysis.suiteSeconds)) of test time"
      entries.append(
        analysis.suiteSeconds <= budget.suite
          ? .tick("\(suite), within its budget of \(limit(budget.suite)).")
          : .problem(
            place: nil, what: "\(suite), over its budget of \(limit(budget.suite))",
            why: "A suite you have to wait for is a suite you stop running."))
      return entries + hazards([.realSleep], noneFound: "No test sleeps for real.")
    }

    var isolated: [Entry] {
      hazards([.sharedState], noneFound: "No test keeps state that other tests share.")
    }

    var repeatable: [Entry] {
      let results: [Entry] =
        analysis.flaky.isEmpty
        ? [.tick("Every test gave the same result in all \(analysis.runs) runs.")]
        : analysis.flaky.map { flaky in
          .problem(
            place: place(of: flaky.test),
            what: "\(flaky.test) passed in \(flaky.passes) of \(flaky.runs) runs",
            why: "A result that changes with the order, the timing or chance means nothing.")
        }
      return results
        + hazards(
          [.wallClock, .randomness], noneFound: "No test reads the real clock or uses randomness.")
    }

    var selfValidating: [Entry] {
      let unchecked = scan.tests.filter { !$0.checksSomething }
      guard !unchecked.isEmpty else { return [.tick("Every test records an expectation.")] }
      return unchecked.map { test in
        .problem(
          place: "\(test.file):\(test.line)", what: "\(test.name) records no expectation",
          why: "A test that checks nothing passes whatever the code does.")
      }
    }

    var timely: [Entry] {
      [
        .plain(
          "  – A run cannot tell when a test was written: write each one just before its code.")
      ]
    }

    private func hazards(_ kinds: [HazardKind], noneFound: String) -> [Entry] {
      let found = scan.hazards.filter { kinds.contains($0.kind) }
      guard !found.isEmpty else { return [.tick(noneFound)] }
      return found.map { hazard in
        .problem(
          place: "\(hazard.file):\(hazard.line)",
          what: "\(hazard.test ?? "code outside the tests") \(hazard.kind.habit) (\(hazard.found))",
          why: hazard.kind.why)
      }
    }

    /// Where `test` is declared: from the scan, else from the event stream, else nowhere.
    private func place(of test: String) -> String? {
      if let declared = scan.tests.first(where: { $0.name == test }) {
        return "\(declared.file):\(declared.line)"
      }
      return analysis.places[test].map { "Tests/\($0)" }
    }

    private func seconds(_ value: TimeInterval) -> String {
      times.text(value)
    }

    private func limit(_ value: TimeInterval) -> String {
      String(format: "%g s", value)
    }
  }
}
