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

  @Test("A runner limited to a number of seconds stops its runs after that many")
  func limited() {
    #expect((SwiftTestRunner().limited(to: 20) as? SwiftTestRunner)?.timeLimit == 20)
  }
}
