import Foundation
import Testing

@testable import WorkbookCore

@Suite struct SwiftTestRunnerTests {
  @Test("A swift test stopped at the runner's time limit fails as timed out, naming the limit")
  func stoppedRun() {
    let runner = SwiftTestRunner(timeLimit: 42)
    let stopped = Shell.Result(status: 2, output: "Build complete!\n", timedOut: true)

    #expect(throws: WorkbookError.testsTimedOut(after: 42)) {
      try runner.testRun(fromConsole: stopped, events: Data())
    }
  }

  @Test("A finished swift test gives what its event stream shows: the outcome and the timings")
  func finishedRun() throws {
    let events = Data(EventStreamTests.passAndFail.utf8)
    let finished = Shell.Result(status: 1, output: "Test run with 2 tests\n", timedOut: false)

    let run = try SwiftTestRunner().testRun(fromConsole: finished, events: events)

    let report = try #require(EventStream.parse(events))
    #expect(run.outcome == .ran(tests: report.tests, failures: report.failures))
    #expect(run.timings == EventStream.timings(events))
    #expect(run.timings.seconds.keys.sorted() == ["CacheTests/first()", "CacheTests/second()"])
    #expect(run.console == "Test run with 2 tests\n")
  }

  @Test(
    "A swift test that crashes fails as crashed, with the crash's own words and no misleading place",
    arguments: [
      (
        "Lesson02BabyStepsTests/IdempotencyLayerTests.swift:1: Fatal error: Unexpectedly found nil "
          + "while unwrapping an Optional value",
        "Fatal error: Unexpectedly found nil while unwrapping an Optional value"
      ),
      (
        "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range",
        "Fatal error: Index out of range"
      ),
    ])
  func crashedRun(line: String, message: String) {
    let console = "◇ Test run started.\n\(line)\nerror: Exited with unexpected signal code 4\n"
    let crashed = Shell.Result(status: 1, output: console, timedOut: false)

    #expect(throws: WorkbookError.crashed(message)) {
      try SwiftTestRunner().testRun(fromConsole: crashed, events: Data())
    }
  }

  @Test("A swift test that fails before its tests start, without a crash, says so")
  func failedBeforeTheTests() {
    let broken = Shell.Result(
      status: 1, output: "error: could not find Package.swift\n", timedOut: false)

    #expect(
      throws: WorkbookError.failure(
        "swift test failed before running the tests: error: could not find Package.swift")
    ) {
      try SwiftTestRunner().testRun(fromConsole: broken, events: Data())
    }
  }

  @Test("A runner limited to a number of seconds stops its runs after that many")
  func limited() {
    #expect((SwiftTestRunner().limited(to: 20) as? SwiftTestRunner)?.timeLimit == 20)
  }
}
