import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

@Suite struct AuditTests {
  /// A suite that breaks FIRST three ways, as lesson 03 will start: in the scripted runs below,
  /// `flaky()` fails now and then and `slow()` takes 0.4 s; `unchecked()` checks nothing.
  private static let brokenSuite = """
    import Testing

    @testable import Lesson01RedGreenRefactor

    @Suite struct CacheTests {
      @Test func first() { #expect(Cache().value == 1) }
      @Test func flaky() { #expect(Cache().value == 1) }
      @Test func slow() { #expect(Cache().value == 1) }
      @Test func unchecked() { _ = Cache().value }
    }

    """

  /// A suite that keeps every FIRST rule, for the same four tests' names.
  private static let cleanSuite = """
    import Testing

    @testable import Lesson01RedGreenRefactor

    @Suite struct CacheTests {
      @Test func first() { #expect(Cache().value == 1) }
      @Test func flaky() { #expect(Cache().value == 1) }
      @Test func slow() { #expect(Cache().value == 1) }
      @Test func unchecked() { #expect(Cache().value == 1) }
    }

    """

  private static let file = TemporaryWorkspace.test

  /// Ten runs of the four tests: `flaky()` fails in runs 3 and 7 unless `steady`, and `slow()`
  /// takes `slowSeconds`.
  private static func runs(steady: Bool = false, slowSeconds: TimeInterval = 0.4) -> [TestRun] {
    (1...10).map { run in
      .timed(
        [
          "CacheTests/first()": 0.001, "CacheTests/flaky()": 0.002,
          "CacheTests/slow()": slowSeconds, "CacheTests/unchecked()": 0.001,
        ],
        failing: !steady && (run == 3 || run == 7) ? ["CacheTests/flaky()"] : [],
        runSeconds: slowSeconds + 0.01)
    }
  }

  /// A fixture holding lesson 01 with `suite` as its tests in the working tree.
  private func fixture(with suite: String) throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(Self.file, suite)
    return fixture
  }

  private func lines(_ captured: CapturedTerminal) -> [String] {
    captured.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("A flaky test, a slow test and a test without an expectation are each caught; exit 1")
  func catchesEachProblem() throws {
    let fixture = try fixture(with: Self.brokenSuite)

    let (status, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: Self.runs()))

    #expect(status == 1)
    let lines = lines(captured)
    #expect(lines.contains("  ✗ \(Self.file):7: CacheTests/flaky() passed in 8 of 10 runs."))
    #expect(
      lines.contains(
        "  ✗ \(Self.file):8: CacheTests/slow() takes 0.400 s, over the budget of 0.1 s per test."))
    #expect(lines.contains("  ✗ \(Self.file):9: CacheTests/unchecked() records no expectation."))
    #expect(lines.last == "In lesson 01, FIRST is broken in 3 places.")
  }

  @Test("Each problem says in one sentence why it matters")
  func problemsSayWhy() throws {
    let fixture = try fixture(with: Self.brokenSuite)

    let (_, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: Self.runs()))

    let lines = lines(captured)
    for (index, line) in lines.enumerated() where line.hasPrefix("  ✗ ") {
      let next = lines.indices.contains(index + 1) ? lines[index + 1] : ""
      #expect(next.hasPrefix("      ") && next.hasSuffix("."), "after \(line)")
    }
  }

  @Test("A suite that keeps every rule gets a tick in each section and exits 0")
  func cleanSuitePasses() throws {
    let fixture = try fixture(with: Self.cleanSuite)

    let (status, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10),
      runner: ScriptedRunner(runs: Self.runs(steady: true, slowSeconds: 0.05)))

    #expect(status == 0)
    let lines = lines(captured)
    #expect(!lines.contains { $0.contains("✗") })
    for heading in ["Fast", "Isolated", "Repeatable", "Self-validating", "Timely"] {
      #expect(lines.contains(heading))
    }
    #expect(lines.contains("  ✓ Every test takes under 0.1 s."))
    #expect(lines.contains("  ✓ The suite takes 0.060 s of test time, within its budget of 2 s."))
    #expect(lines.contains("  ✓ Every test gave the same result in all 10 runs."))
    #expect(lines.contains("  ✓ Every test records an expectation."))
    #expect(lines.last == "Lesson 01 passes the FIRST audit.")
  }

  @Test("The slowest tests are listed with their median times, slowest first")
  func slowestTests() throws {
    let fixture = try fixture(with: Self.cleanSuite)

    let (_, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10),
      runner: ScriptedRunner(runs: Self.runs(steady: true, slowSeconds: 0.05)))

    let lines = lines(captured)
    let heading = try #require(lines.firstIndex(of: "  Slowest tests, median of 10 runs:"))
    #expect(
      Array(lines[(heading + 1)...(heading + 3)]) == [
        "    0.050 s  CacheTests/slow()",
        "    0.002 s  CacheTests/flaky()",
        "    0.001 s  CacheTests/first()",
      ])
  }

  @Test("A suite over its time budget is a problem even when each test is quick")
  func suiteOverBudget() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    let run = TestRun.timed(["CacheTests/first()": 0.05], runSeconds: 2.5)

    let (status, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: [run]))

    #expect(status == 1)
    #expect(
      lines(captured).contains("  ✗ The suite takes 2.500 s of test time, over its budget of 2 s."))
  }

  @Test("Real sleeps, shared state, the real clock and randomness are named with test and line")
  func staticChecks() throws {
    let suite = """
      import Testing

      nonisolated(unsafe) var calls = 0

      @Suite struct CacheTests {
        @Test func first() async throws {
          try await Task.sleep(for: .milliseconds(1))
          #expect(Date() > .distantPast)
          #expect(Int.random(in: 0..<2) < 2)
        }
      }

      """
    let fixture = try fixture(with: suite)
    let run = TestRun.timed(["CacheTests/first()": 0.002])

    let (status, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: [run]))

    #expect(status == 1)
    let lines = lines(captured)
    #expect(
      lines.contains("  ✗ \(Self.file):7: CacheTests/first() sleeps for real (Task.sleep)."))
    #expect(
      lines.contains(
        "  ✗ \(Self.file):3: code outside the tests keeps state every test shares (var calls)."))
    #expect(
      lines.contains("  ✗ \(Self.file):8: CacheTests/first() reads the real clock (Date())."))
    #expect(
      lines.contains("  ✗ \(Self.file):9: CacheTests/first() uses randomness (Int.random)."))
    #expect(lines.last == "In lesson 01, FIRST is broken in 4 places.")
  }

  @Test("A test the source scan cannot find is placed where the event stream says")
  func placeFromTheEventStream() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    let run = TestRun.timed(
      ["CacheTests/made()": 0.3],
      places: ["CacheTests/made()": "Lesson01RedGreenRefactorTests/Made.swift:4"])

    let (_, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: [run]))

    #expect(
      lines(captured).contains(
        "  ✗ Tests/Lesson01RedGreenRefactorTests/Made.swift:4: CacheTests/made() takes 0.300 s, "
          + "over the budget of 0.1 s per test."))
  }

  @Test("The audit builds once in its own scratch package, then runs the suite without building")
  func buildsOnceThenRuns() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    let runner = ScriptedRunner(runs: Self.runs(steady: true))

    _ = try fixture.run(.audit(lesson: "01", runs: 4), runner: runner)

    #expect(runner.buildingSeen == [true, false, false, false])
    let scratch = fixture.root.appendingPathComponent(".build/workbook/audit/01-red-green-refactor")
    #expect(runner.packagesSeen.allSatisfy { $0.path == scratch.path })
    #expect(
      fixture.read(".build/workbook/audit/01-red-green-refactor/\(Self.file)") == Self.cleanSuite)
  }

  @Test("A test that fails in every run is noted but not counted: the audit judges the tests")
  func alwaysFailingIsNoted() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    let run = TestRun.timed(
      ["CacheTests/first()": 0.001, "CacheTests/flaky()": 0.001], failing: ["CacheTests/first()"])

    let (status, captured) = try fixture.run(
      .audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: [run]))

    #expect(status == 0)
    #expect(
      lines(captured).contains(
        "Note: CacheTests/first() failed in every run; the audit judges the tests, not the code."))
  }

  @Test("A lesson whose tests do not compile cannot be audited, and the audit says what to run")
  func amberLesson() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    let amber = TestRun(outcome: .amber("cannot find 'Cache' in scope"), console: "")

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.audit(lesson: "01", runs: 10), runner: ScriptedRunner(runs: [amber]))
    }

    #expect(
      error
        == .failure(
          "the tests of lesson 01 do not compile, so they cannot be audited; "
            + "'swift run workbook check' shows why"))
  }

  @Test("With no lesson named, the audit covers every recorded lesson and sums up")
  func everyLesson() throws {
    let fixture = try fixture(with: Self.cleanSuite)
    try fixture.addStep(
      "01-start", manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find"}"#,
      lesson: "02-baby-steps")
    let runner = ScriptedRunner(runs: Self.runs(steady: true, slowSeconds: 0.05))

    let (status, captured) = try fixture.run(.audit(lesson: nil, runs: 2), runner: runner)

    #expect(status == 0)
    let lines = lines(captured)
    #expect(lines.contains { $0.hasPrefix("Auditing lesson 01") })
    #expect(lines.contains { $0.hasPrefix("Auditing lesson 02") })
    #expect(lines.last == "2 lessons audited; each passes the FIRST audit.")
    #expect(runner.buildingSeen == [true, false, true, false])
  }

  @Test(
    "A lesson text's audit rounds each time so that it reads the same run after run",
    arguments: [
      (0.004, "under 0.1 s"), (0.099, "under 0.1 s"), (0.25, "under 1 s"), (1.0, "about 1 s"),
      (1.49, "about 1 s"), (1.52, "about 2 s"), (2.75, "about 3 s"),
    ])
  func roundedTimes(seconds: TimeInterval, text: String) {
    #expect(AuditReport.TimeFormat.rounded.text(seconds) == text)
    #expect(AuditReport.TimeFormat.exact.text(seconds) == String(format: "%.3f s", seconds))
  }
}
