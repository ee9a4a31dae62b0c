import Foundation
import Testing

@testable import WorkbookCore

@Suite struct ConsoleOutputTests {
  /// What `swift test` printed at step 6 of lesson 01, run in a scratch package at `/tmp/sample`.
  private let redRun = """
    [0/1] Planning build
    Building for debugging...
    [0/13] Write sources
    [4/15] Compiling Lesson01RedGreenRefactor IdempotencyCache.swift
    [11/20] /tmp/sample/.build/x86_64-unknown-linux-gnu/debug/WorkbookScratchPackageDiscoveredTests.derived/all-discovered-tests.swift
    [26/27] Linking WorkbookScratchPackageTests.xctest
    Build complete! (12.72s)
    ◇ Test run started.
    ↳ Testing Library Version: 6.3.1 (937120cbc281cf2)
    ↳ Target Platform: x86_64-unknown-linux-gnu
    ◇ Suite "An idempotency cache" started.
    ◇ Test "a first request runs the operation" started.
    ◇ Test "a retry replays the response" started.
    ◇ Test "a new key runs its own operation" started.
    ✘ Test "a retry replays the response" recorded an issue at IdempotencyCacheTests.swift:43:5: Expectation failed: (runs → 2) == 1
    ✔ Test "a first request runs the operation" passed after 0.001 seconds.
    ✘ Test "a retry replays the response" failed after 0.001 seconds with 1 issue.
    ✔ Test "a new key runs its own operation" passed after 0.002 seconds.
    ✘ Suite "An idempotency cache" failed after 0.003 seconds with 1 issue.
    ✘ Test run with 3 tests in 1 suite failed after 0.003 seconds with 1 issue.
    """

  /// The same run as `redRun` on another day: other timings, another order, another build.
  private let sameRunAgain = """
    Building for debugging...
    [1/4] Compiling Lesson01RedGreenRefactor IdempotencyCache.swift
    Build complete! (0.91s)
    ◇ Test run started.
    ↳ Testing Library Version: 6.2 (a1b2c3d)
    ↳ Target Platform: arm64-apple-macosx
    ◇ Suite "An idempotency cache" started.
    ◇ Test "a new key runs its own operation" started.
    ◇ Test "a retry replays the response" started.
    ✔ Test "a new key runs its own operation" passed after 0.010 seconds.
    ◇ Test "a first request runs the operation" started.
    ✔ Test "a first request runs the operation" passed after 0.020 seconds.
    ✘ Test "a retry replays the response" recorded an issue at IdempotencyCacheTests.swift:43:5: Expectation failed: (runs → 2) == 1
    ✘ Test "a retry replays the response" failed after 0.030 seconds with 1 issue.
    ✘ Suite "An idempotency cache" failed after 0.031 seconds with 1 issue.
    ✘ Test run with 3 tests in 1 suite failed after 0.031 seconds with 1 issue.
    """

  @Test("What the tests print comes before the run's last line, wherever the pipes put it")
  func printedLinesBeforeTheRunsEnd() {
    let printedLate = """
      ◇ Test run started.
      ✔ Test first() passed after 0.001 seconds.
      ✔ Test run with 1 test in 0 suites passed after 0.001 seconds.
      client A got pay_8
      """
    let printedEarly = """
      ◇ Test run started.
      ✔ Test first() passed after 0.001 seconds.
      client A got pay_8

      ✔ Test run with 1 test in 0 suites passed after 0.001 seconds.

      """

    let late = ConsoleOutput.normalised(printedLate, relativeTo: [])

    #expect(late == ConsoleOutput.normalised(printedEarly, relativeTo: []))
    #expect(
      late == """
        ◇ Test run started.
        ✔ Test first() passed.
        client A got pay_8
        ✔ Test run with 1 test in 0 suites passed.
        """)
  }

  @Test("A test run keeps its results, without build lines, timings or machine details")
  func normalisesATestRun() {
    let normalised = ConsoleOutput.normalised(redRun, relativeTo: ["/tmp/sample"])

    #expect(
      normalised == """
        ◇ Test run started.
        ✔ Test "a first request runs the operation" passed.
        ✔ Test "a new key runs its own operation" passed.
        ✘ Test "a retry replays the response" recorded an issue at IdempotencyCacheTests.swift:43:5: Expectation failed: (runs → 2) == 1
        ✘ Test "a retry replays the response" failed with 1 issue.
        ✘ Suite "An idempotency cache" failed with 1 issue.
        ✘ Test run with 3 tests in 1 suite failed with 1 issue.
        """)
  }

  @Test("Two runs of the same step in another order, speed and machine give identical text")
  func isStable() {
    #expect(
      ConsoleOutput.normalised(redRun, relativeTo: ["/tmp/sample"])
        == ConsoleOutput.normalised(sameRunAgain, relativeTo: ["/somewhere/else"]))
  }

  @Test("Compiler errors keep their source excerpt, with paths relative to the package")
  func normalisesABuildFailure() {
    let amber = """
      [0/1] Planning build
      Building for debugging...
      [9/16] Compiling Lesson01RedGreenRefactorTests IdempotencyCacheTests.swift
      /tmp/sample/Tests/Lesson01RedGreenRefactorTests/IdempotencyCacheTests.swift:8:17: error: cannot find 'IdempotencyCache' in scope
       6 |   @Test("a first request runs the operation")
       7 |   func firstRequestRunsTheOperation() {
       8 |     let cache = IdempotencyCache()
         |                 `- error: cannot find 'IdempotencyCache' in scope
       9 |
      error: fatalError
      """

    #expect(
      ConsoleOutput.normalised(amber, relativeTo: ["/tmp/sample/"]) == """
        Tests/Lesson01RedGreenRefactorTests/IdempotencyCacheTests.swift:8:17: error: cannot find 'IdempotencyCache' in scope
         6 |   @Test("a first request runs the operation")
         7 |   func firstRequestRunsTheOperation() {
         8 |     let cache = IdempotencyCache()
           |                 `- error: cannot find 'IdempotencyCache' in scope
         9 |
        """)
  }

  @Test("Colour codes, memory addresses and trailing spaces are removed")
  func removesNoise() {
    let coloured =
      "\u{1B}[1;31m✘\u{1B}[0m Test \"crash\" recorded an issue: object at 0x00007ffd5e8a1c20   "

    #expect(
      ConsoleOutput.normalised(coloured, relativeTo: [])
        == "✘ Test \"crash\" recorded an issue: object at 0x…")
  }

  @Test("Lines that belong to a test's issue stay with that test")
  func keepsIssueDetails() {
    let run = """
      ✘ Test "b" recorded an issue at T.swift:3:5: Expectation failed: x == y
      ↳ x: 1
      ↳ y: 2
      ✘ Test "b" failed after 0.001 seconds with 1 issue.
      ✔ Test "a" passed after 0.001 seconds.
      """

    #expect(
      ConsoleOutput.normalised(run, relativeTo: []) == """
        ✔ Test "a" passed.
        ✘ Test "b" recorded an issue at T.swift:3:5: Expectation failed: x == y
        ↳ x: 1
        ↳ y: 2
        ✘ Test "b" failed with 1 issue.
        """)
  }

  @Test("The issues of a parameterised test's cases come in the order of their arguments")
  func sortsTheIssuesOfCases() {
    let issue = { (argument: String) in
      "✘ Test \"m\" recorded an issue with 1 argument key → \(argument) at T.swift:25:23: "
        + "Expectation failed\n↳ key: \(argument)"
    }
    let closing = "✘ Test \"m\" with 5 test cases failed after 0.002 seconds with 2 issues."
    let one = [issue("a line break"), issue("an accented letter"), closing].joined(separator: "\n")
    let other = [issue("an accented letter"), issue("a line break"), closing]
      .joined(separator: "\n")

    let normalised = ConsoleOutput.normalised(one, relativeTo: [])

    #expect(normalised == ConsoleOutput.normalised(other, relativeTo: []))
    #expect(normalised.hasPrefix(issue("a line break")))
    #expect(normalised.hasSuffix("✘ Test \"m\" with 5 test cases failed with 2 issues."))
  }
}
