import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let steps = "Lessons/01-red-green-refactor/steps"

/// A test file of `CacheTests` with one test per entry: its name and its body.
private func tests(_ tests: KeyValuePairs<String, String>) -> String {
  let functions = tests.map { name, body in "  @Test func \(name)() {\n    \(body)\n  }\n" }
  return "import Testing\n\nstruct CacheTests {\n" + functions.joined(separator: "\n") + "}\n"
}

@Suite struct RecordCheckTests {
  /// A lesson 01 of two steps, amber then green, with one test; the working tree at step 2.
  private func twoSteps() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    let first = tests(["first": "#expect(cache.first == 1)"])
    try fixture.addStep(
      "01-start", manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find"}"#,
      files: [test: first, code: "// none\n"])
    try fixture.addStep(
      "02-fake-it", manifest: #"{"kind": "green", "title": "Fake it"}"#, files: [code: "v1\n"])
    try fixture.write(test, first)
    try fixture.write(code, "v1\n")
    return fixture
  }

  /// The step folders of lesson 01.
  private func folders(of fixture: TemporaryWorkspace) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent(steps).path
    ).sorted()
  }

  @Test("A red step's message is cut to the fragment that states the failure")
  func trimsALongMessage() throws {
    let fixture = try twoSteps()
    try fixture.write(
      test,
      tests(["first": "#expect(cache.first == 1)", "second": "#expect(cache.body == long)"]))
    let literal = String(repeating: "x", count: 256)
    let message = "Expectation failed: (cache.body → \"\(literal)\") == \"\(literal)y\""
    let runner = ScriptedRunner([
      .red(
        ["CacheTests/second()"], message: message,
        of: ["CacheTests/first()", "CacheTests/second()"])
    ])

    try fixture.run(.record(kind: .red, title: "Body", lesson: nil), runner: runner)

    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    #expect(
      lesson.step(3)?.expectation
        == .failures(tests: ["CacheTests/second()"], message: "Expectation failed: (cache.body →"))
    #expect(
      Workbook.failureFragment(of: "Expectation failed: (runs → 2) == 1")
        == "Expectation failed: (runs → 2) == 1")
  }

  @Test(
    "record refuses, before running a test, a change that verify would reject, and says why",
    arguments: [
      (
        StepKind.refactor,
        tests(["first": "#expect(cache.first == 1)", "second": "#expect(true)"]),
        "the rule \"a refactor adds no test\" would be broken (it adds CacheTests/second()"
      ),
      (
        .red,
        tests(["first": "#expect(cache.first == 2)", "second": "#expect(cache.second == 2)"]),
        "the rule \"red keeps every earlier test as it was; only a refactor may change one\""
      ),
      (
        .red, tests(["first": "#expect(cache.first == 1)", "second": "_ = cache.second"]),
        "the rule \"every new test records an expectation\" would be broken "
          + "(CacheTests/second() at \(test):8 checks nothing"
      ),
    ] as [(StepKind, String, String)])
  func refusesWhatVerifyRejects(_ kind: StepKind, _ file: String, _ reason: String) throws {
    let fixture = try twoSteps()
    try fixture.write(test, file)
    let runner = ScriptedRunner([.green()])

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.record(kind: kind, title: "Sneaky", lesson: nil), runner: runner)
    }

    let message = try #require(error?.message)
    #expect(message.hasPrefix("cannot record \(kind.withArticle) step: \(reason)"), "\(message)")
    #expect(
      message.hasSuffix(
        "change the files so that it holds and run it again, or choose the kind that fits"))
    #expect(runner.filesSeen.isEmpty)
    #expect(try folders(of: fixture).count == 2)
  }

  @Test("record refuses a refactor that changes the test of a learner-written step")
  func refusesAChangeToALearnersTest() throws {
    let fixture = try twoSteps()
    let retry = tests(["first": "#expect(cache.first == 1)", "retry": "#expect(runs == 1)"])
    try fixture.addStep(
      "03-retry",
      manifest: #"""
        {"kind": "red", "title": "Retry", "failing": ["CacheTests/retry()"], "message": "failed",
         "learnerWrites": {"behaviour": "A retry runs once.", "goodFailure": "It ran twice."}}
        """#,
      files: [test: retry])
    try fixture.addStep(
      "04-replay", manifest: #"{"kind": "green", "title": "Replay"}"#, files: [code: "v2\n"])
    try fixture.write(code, "v2\n")
    try fixture.write(
      test, tests(["first": "#expect(cache.first == 1)", "retry": "#expect(charge.runs == 1)"]))
    let runner = ScriptedRunner([.green()])

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.record(kind: .refactor, title: "Count runs", lesson: nil), runner: runner)
    }

    let message = try #require(error?.message)
    #expect(
      message.contains(
        "it changes CacheTests/retry(), which step 3 leaves to the learner to write"),
      "\(message)")
    #expect(runner.filesSeen.isEmpty)
  }

  @Test("A refusal after the run says what the tests show and which kind fits")
  func refusalSaysWhatToDo() throws {
    let fixture = try twoSteps()
    try fixture.write(
      test, tests(["first": "#expect(cache.first == 1)", "second": "#expect(cache.second == 2)"]))

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(
        .record(kind: .red, title: "Second", lesson: nil),
        runner: ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")]))
    }

    #expect(
      error?.message
        == "cannot record a red step: the tests are green; a red step needs a failing test; "
        + "see why with 'swift run workbook check', then mend the change, or record it as "
        + "green or refactor")
  }

  @Test("record asks for hints on the spot when someone can answer, until an empty answer")
  func asksForHints() throws {
    let fixture = try twoSteps()
    try fixture.write(code, "v2\n")
    let answers = Locked(["Look at the key.", " Compare them. ", "", "never asked"])
    let captured = CapturedTerminal()
    var terminal = captured.terminal
    terminal.ask = { _ in answers.withLock { $0.removeFirst() } }
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: terminal,
      runner: ScriptedRunner([.green("CacheTests/first()")]))
    workbook.pacer = .instant

    let status = try workbook.run(.record(kind: .refactor, title: "Tidy", lesson: nil))

    #expect(status == 0)
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    #expect(lesson.step(3)?.hints == ["Look at the key.", "Compare them."])
    #expect(answers.withLock { $0 } == ["never asked"])
    #expect(!captured.output.contains("Now write one to three hints"))
  }
}
