import Testing

@testable import WorkbookCore
@testable import WorkbookGates

@Suite struct RunAnalysisTests {
  @Test("A test that passes in some runs and fails in others is flaky, with its count of passes")
  func flaky() {
    let runs: [TestRun] = (1...10).map { run in
      .timed(["T/steady()": 0.001, "T/flaky()": 0.001], failing: run % 4 == 0 ? ["T/flaky()"] : [])
    }

    let analysis = RunAnalysis(runs)

    #expect(analysis.runs == 10)
    #expect(analysis.flaky == [.init(test: "T/flaky()", passes: 8, runs: 10)])
    #expect(analysis.alwaysFailing == [])
  }

  @Test("A test that fails in every run is not flaky but always failing")
  func alwaysFailing() {
    let run = TestRun.timed(["T/red()": 0.001, "T/green()": 0.001], failing: ["T/red()"])

    let analysis = RunAnalysis([run, run, run])

    #expect(analysis.flaky == [])
    #expect(analysis.alwaysFailing == ["T/red()"])
  }

  @Test("Each test's time is its median over the runs, slowest test first")
  func medianTimes() {
    let runs: [TestRun] = [
      .timed(["T/a()": 0.010, "T/b()": 0.002], runSeconds: 0.5),
      .timed(["T/a()": 0.900, "T/b()": 0.004], runSeconds: 3),
      .timed(["T/a()": 0.020, "T/b()": 0.003], runSeconds: 1),
    ]

    let analysis = RunAnalysis(runs)

    #expect(
      analysis.timings == [
        .init(test: "T/a()", seconds: 0.020), .init(test: "T/b()", seconds: 0.003),
      ])
    #expect(analysis.suiteSeconds == 1)
  }

  @Test("A test is slow when its median time is over the budget per test")
  func slowTests() {
    let runs: [TestRun] = [
      .timed(["T/slow()": 0.3, "T/quick()": 0.01, "T/spiky()": 0.5]),
      .timed(["T/slow()": 0.2, "T/quick()": 0.01, "T/spiky()": 0.01]),
      .timed(["T/slow()": 0.4, "T/quick()": 0.01, "T/spiky()": 0.01]),
    ]

    let slow = RunAnalysis(runs).slow(within: TimeBudget(perTest: 0.1, suite: 2))

    #expect(slow == [.init(test: "T/slow()", seconds: 0.3)])
  }

  @Test("The median of an even count of runs lies between the two middle ones")
  func evenMedian() {
    let runs: [TestRun] = [
      .timed(["T/a()": 0.1]), .timed(["T/a()": 0.3]), .timed(["T/a()": 0.2]),
      .timed(["T/a()": 0.9]),
    ]

    #expect(abs((RunAnalysis(runs).timings.first?.seconds ?? 0) - 0.25) < 1e-9)
  }

  @Test("Where each test is declared comes from any run that knows it")
  func places() {
    let runs: [TestRun] = [
      .timed(["T/a()": 0.1], places: ["T/a()": "KataTests/T.swift:4"]),
      .timed(["T/a()": 0.1, "T/b()": 0.1], places: ["T/b()": "KataTests/T.swift:9"]),
    ]

    let analysis = RunAnalysis(runs)

    #expect(analysis.places == ["T/a()": "KataTests/T.swift:4", "T/b()": "KataTests/T.swift:9"])
  }
}
