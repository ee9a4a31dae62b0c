import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let helper = "Katas/Lesson01RedGreenRefactor/Support/Helper.swift"
private let store = "Katas/Lesson01RedGreenRefactor/Store.swift"
private let first = "CacheTests/first()"
private let second = "CacheTests/second()"
private let third = "CacheTests/third()"

extension VerifierTests {
  /// One step of a fixture lesson: its `step.json` and the files it writes.
  struct FixtureStep: Sendable {
    let manifest: String
    let files: [String: String]
    let deleted: [String]

    private init(
      _ fields: [String: Any], files: [String: String], deleted: [String] = [],
      hints: [String] = ["A hint."]
    ) {
      var fields = fields
      fields["hints"] = hints
      if !deleted.isEmpty {
        fields["deleted"] = deleted
      }
      let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]))
      manifest = String(decoding: data ?? Data(), as: UTF8.self)
      self.files = files
      self.deleted = deleted
    }

    /// An amber step that expects `diagnostic`.
    static func amber(_ title: String, _ diagnostic: String, _ files: [String: String]) -> Self {
      Self(["kind": "amber", "title": title, "diagnostic": diagnostic], files: files)
    }

    /// A red step that expects `failing` to fail with `message`.
    static func red(
      _ title: String, failing: [String], message: String, _ files: [String: String]
    ) -> Self {
      Self(
        ["kind": "red", "title": title, "failing": failing, "message": message], files: files)
    }

    /// A green or refactor step with `hints`.
    static func passing(
      _ kind: StepKind, _ title: String, _ files: [String: String], deleting: [String] = [],
      hints: [String] = ["A hint."]
    ) -> Self {
      Self(["kind": kind.rawValue, "title": title], files: files, deleted: deleting, hints: hints)
    }
  }

  /// A fixture lesson that breaks one rule, and the violation `verify` must report.
  struct BrokenRule: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let steps: [FixtureStep]
    /// What `swift test` shows at each step.
    let outcomes: [Outcome]
    let step: String
    let rule: String
    /// A fragment of what the violation says was seen.
    let seen: String
  }
}

/// The starting point most fixtures share, and the run that matches it.
private let start = VerifierTests.FixtureStep.amber(
  "Start", "cannot find 'Cache'", [test: "test 1\n", code: "// placeholder\n"])
private let startRun = Outcome.amber("cannot find 'Cache' in scope")
private let fakeIt = VerifierTests.FixtureStep.passing(.green, "Fake it", [code: "v1\n"])
private let secondTest = VerifierTests.FixtureStep.red(
  "Second test", failing: [second], message: "Expectation failed",
  [test: "test 1\ntest 2\n"])
private let tidy = VerifierTests.FixtureStep.passing(.refactor, "Tidy", [code: "v2\n"])

/// The runs that match the steps of `TemporaryWorkspace.addWellFormedLesson()`.
private let wellFormedRuns: [Outcome] = [
  startRun, .green(first),
  .red([second], message: "Expectation failed: 1 == 2", of: [first, second]),
  .green(first, second), .green(first, second),
]

private let brokenRules: [VerifierTests.BrokenRule] = [
  .init(
    testDescription: "step 1 is green",
    steps: [.passing(.green, "Start", [test: "test 1\n", code: "v1\n"])],
    outcomes: [.green(first)], step: "step 1 (green: Start)",
    rule: "step 1 is a starting point: amber or red", seen: "a green step"),
  .init(
    testDescription: "step 1 is a refactor",
    steps: [.passing(.refactor, "Start", [test: "test 1\n", code: "v1\n"])],
    outcomes: [.green(first)], step: "step 1 (refactor: Start)",
    rule: "step 1 is a starting point: amber or red", seen: "a refactor step"),
  .init(
    testDescription: "a step has no hint",
    steps: [start, .passing(.green, "Fake it", [code: "v1\n"], hints: [])],
    outcomes: [startRun, .green(first)], step: "step 2 (green: Fake it)",
    rule: "every step has one to three hints", seen: "0 hints"),
  .init(
    testDescription: "a step has four hints",
    steps: [start, .passing(.green, "Fake it", [code: "v1\n"], hints: ["1", "2", "3", "4"])],
    outcomes: [startRun, .green(first)], step: "step 2 (green: Fake it)",
    rule: "every step has one to three hints", seen: "4 hints"),
  .init(
    testDescription: "a step writes no file",
    steps: [start, fakeIt, .passing(.refactor, "Nothing", [:])],
    outcomes: [startRun, .green(first)], step: "step 3 (refactor: Nothing)",
    rule: "every step changes a file", seen: "no file changed"),
  .init(
    testDescription: "a step writes what is already there",
    steps: [start, fakeIt, .passing(.refactor, "Same again", [code: "v1\n"])],
    outcomes: [startRun, .green(first)], step: "step 3 (refactor: Same again)",
    rule: "every step changes a file", seen: "no file changed"),
  .init(
    testDescription: "an amber step changes production code",
    steps: [
      start, fakeIt,
      .amber("Ask for more", "cannot find 'more'", [test: "test 1\nmore\n", code: "v2\n"]),
    ],
    outcomes: [startRun, .green(first), .amber("cannot find 'more' in scope")],
    step: "step 3 (amber: Ask for more)", rule: "amber changes tests only",
    seen: "changed \(code)"),
  .init(
    testDescription: "a red step changes production code",
    steps: [
      start, fakeIt,
      .red(
        "Second test", failing: [second], message: "Expectation failed",
        [test: "test 1\ntest 2\n", code: "v2\n"]),
    ],
    outcomes: [
      startRun, .green(first),
      .red([second], message: "Expectation failed: 1 == 2", of: [first, second]),
    ],
    step: "step 3 (red: Second test)", rule: "red changes tests only", seen: "changed \(code)"),
  .init(
    testDescription: "a green step changes tests",
    steps: [start, .passing(.green, "Fake it", [code: "v1\n", test: "test one\n"])],
    outcomes: [startRun, .green(first)], step: "step 2 (green: Fake it)",
    rule: "green changes production code only", seen: "changed \(test)"),
  .init(
    testDescription: "a refactor changes production code and tests",
    steps: [start, fakeIt, .passing(.refactor, "Rename", [code: "v2\n", test: "test one\n"])],
    outcomes: [startRun, .green(first)], step: "step 3 (refactor: Rename)",
    rule: "refactor changes production code or tests, not both",
    seen: "changed both \(code) and \(test)"),
  .init(
    testDescription: "an amber step compiles",
    steps: [start],
    outcomes: [.red([first], message: "Expectation failed", of: [first, second])],
    step: "step 1 (amber: Start)", rule: #"amber fails to compile with "cannot find 'Cache'""#,
    seen: "it compiled, and 1 of 2 test(s) failed"),
  .init(
    testDescription: "an amber step fails with another diagnostic",
    steps: [start], outcomes: [.amber("cannot find 'Cash' in scope")],
    step: "step 1 (amber: Start)", rule: #"amber fails to compile with "cannot find 'Cache'""#,
    seen: "other errors: cannot find 'Cash' in scope"),
  .init(
    testDescription: "a red step does not compile",
    steps: [start, fakeIt, secondTest],
    outcomes: [startRun, .green(first), .amber("expected expression")],
    step: "step 3 (red: Second test)", rule: "red compiles",
    seen: "it does not compile: expected expression"),
  .init(
    testDescription: "a red step fails another test too",
    steps: [start, fakeIt, secondTest],
    outcomes: [
      startRun, .green(first),
      .red([first, second], message: "Expectation failed: 1 == 2", of: [first, second]),
    ],
    step: "step 3 (red: Second test)", rule: "red fails exactly \(second)",
    seen: "failing: \(first), \(second)"),
  .init(
    testDescription: "a red step fails fewer tests than declared",
    steps: [
      start, fakeIt,
      .red(
        "Two tests", failing: [second, third], message: "Expectation failed",
        [test: "test 1\ntest 2\ntest 3\n"]),
    ],
    outcomes: [
      startRun, .green(first),
      .red([second], message: "Expectation failed: 1 == 2", of: [first, second, third]),
    ],
    step: "step 3 (red: Two tests)", rule: "red fails exactly \(second), \(third)",
    seen: "failing: \(second)"),
  .init(
    testDescription: "a red step passes every test",
    steps: [start, fakeIt, secondTest],
    outcomes: [startRun, .green(first), .green(first, second)],
    step: "step 3 (red: Second test)", rule: "red fails exactly \(second)",
    seen: "every test passed"),
  .init(
    testDescription: "a red step names its test without the suite",
    steps: [
      start, fakeIt,
      .red(
        "Second test", failing: ["second()"], message: "Expectation failed",
        [test: "test 1\ntest 2\n"]),
    ],
    outcomes: [
      startRun, .green(first), .red([second], message: "Expectation failed", of: [first, second]),
    ],
    step: "step 3 (red: Second test)", rule: "red fails exactly second()",
    seen: "no test is named second(): name tests as Suite/function()"),
  .init(
    testDescription: "a red step fails without the declared message",
    steps: [start, fakeIt, secondTest],
    outcomes: [
      startRun, .green(first), .red([second], message: "Issue recorded", of: [first, second]),
    ],
    step: "step 3 (red: Second test)", rule: #"red fails with "Expectation failed""#,
    seen: #"\#(second) failed with "Issue recorded""#),
  .init(
    testDescription: "a green step fails a test",
    steps: [start, fakeIt],
    outcomes: [startRun, .red([first], message: "Expectation failed: 1 == 2", of: [first])],
    step: "step 2 (green: Fake it)", rule: "green passes every test",
    seen: "failing: \(first) (Expectation failed: 1 == 2)"),
  .init(
    testDescription: "a green step does not compile",
    steps: [start, fakeIt], outcomes: [startRun, startRun],
    step: "step 2 (green: Fake it)", rule: "green passes every test",
    seen: "it does not compile: cannot find 'Cache' in scope"),
  .init(
    testDescription: "a refactor fails a test",
    steps: [start, fakeIt, tidy],
    outcomes: [
      startRun, .green(first), .red([first], message: "Expectation failed: 1 == 2", of: [first]),
    ],
    step: "step 3 (refactor: Tidy)", rule: "refactor passes every test",
    seen: "failing: \(first) (Expectation failed: 1 == 2)"),
  .init(
    testDescription: "a refactor does not compile",
    steps: [start, fakeIt, tidy], outcomes: [startRun, .green(first), .amber("expected '}'")],
    step: "step 3 (refactor: Tidy)", rule: "refactor passes every test",
    seen: "it does not compile: expected '}'"),
  .init(
    testDescription: "a refactor of production code changes the set of tests",
    steps: [start, fakeIt, tidy],
    outcomes: [startRun, .green(first), .green("CacheTests/renamed()")],
    step: "step 3 (refactor: Tidy)",
    rule: "refactor keeps the same tests when production code changes",
    seen: "added [CacheTests/renamed()], removed [\(first)]"),
]

@Suite struct VerifierTests {
  /// Writes `steps` as lesson 01 and puts the state of its last step in the working tree.
  private func addLesson(_ steps: [FixtureStep], to workspace: TemporaryWorkspace) throws {
    var finalState: [String: String] = [:]
    for (index, step) in steps.enumerated() {
      let folder = String(format: "%02d-step", index + 1)
      try workspace.addStep(folder, manifest: step.manifest, files: step.files)
      for path in step.deleted {
        finalState[path] = nil
      }
      finalState.merge(step.files) { _, new in new }
    }
    for (path, contents) in finalState {
      try workspace.write(path, contents)
    }
  }

  /// Verifies lesson 01 of `workspace` in a scratch folder inside it.
  private func verify(_ workspace: TemporaryWorkspace, runner: any TestRunner) throws
    -> [Violation]
  {
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    var verifier = Verifier(
      workspace: workspace.workspace, runner: runner,
      scratchFolder: workspace.root.appendingPathComponent(".build/workbook/verify"))
    verifier.pacer = .instant
    return try verifier.verify(lesson)
  }

  /// Every file under the repository-relative `folders`, hidden ones included.
  private func files(under folders: [String], in root: URL) throws -> [String: Data] {
    var found: [String: Data] = [:]
    let manager = FileManager.default
    for folder in folders {
      let base = root.appendingPathComponent(folder)
      for path in try manager.subpathsOfDirectory(atPath: base.path) {
        let url = base.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
          found[folder + path] = try Data(contentsOf: url)
        }
      }
    }
    return found
  }

  @Test("A well-formed lesson whose runs match its steps keeps every rule")
  func wellFormedLesson() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    let runner = ScriptedRunner(wellFormedRuns)

    let violations = try verify(workspace, runner: runner)

    #expect(violations == [])
    #expect(runner.filesSeen.count == 5)
  }

  @Test(
    "Verify reports the step, the rule and what it saw for each broken rule of section 3",
    arguments: brokenRules)
  func brokenRule(_ broken: BrokenRule) throws {
    let workspace = try TemporaryWorkspace()
    try addLesson(broken.steps, to: workspace)

    let violations = try verify(workspace, runner: ScriptedRunner(broken.outcomes))

    try #require(violations.count == 1, "\(violations)")
    #expect(violations[0].lesson == "01-red-green-refactor")
    #expect(violations[0].step == broken.step)
    #expect(violations[0].rule == broken.rule)
    #expect(violations[0].seen.contains(broken.seen), "\(violations[0].seen)")
  }

  @Test("A refactor that changes only tests may change the set of tests")
  func refactorOfTestsMayChangeTheirSet() throws {
    let workspace = try TemporaryWorkspace()
    let renameTest = FixtureStep.passing(.refactor, "Rename the test", [test: "renamed 1\n"])
    try addLesson([start, fakeIt, renameTest], to: workspace)
    let runner = ScriptedRunner([startRun, .green(first), .green("CacheTests/renamed()")])

    let violations = try verify(workspace, runner: runner)

    #expect(violations == [])
    #expect(runner.filesSeen.count == 3)
  }

  @Test("Verify reports a working tree that differs from the last step, naming the file")
  func lastStepDiffersFromMain() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(code, "v4\n")

    let violations = try verify(workspace, runner: ScriptedRunner(wellFormedRuns))

    let expected = Violation(
      lesson: "01-red-green-refactor", step: nil, rule: "the last step equals main",
      seen: "\(code) differs between the last step and the working tree; record the change as "
        + "a step, or put the lesson back with 'swift run workbook reset 01'")
    #expect(violations == [expected])
  }

  @Test("Verify reports files of main that the last step lacks or that main lacks")
  func lastStepAndMainHoldDifferentFiles() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try FileManager.default.removeItem(at: workspace.root.appendingPathComponent(test))
    try workspace.write(store, "extra\n")

    let violations = try verify(workspace, runner: ScriptedRunner(wellFormedRuns))

    try #require(violations.count == 1, "\(violations)")
    #expect(violations[0].step == nil)
    #expect(violations[0].rule == "the last step equals main")
    #expect(violations[0].seen.hasPrefix("\(store) and 1 more differ"))
  }

  @Test("The scratch package holds exactly each step's state in order, deletions included")
  func scratchPackageReplaysEachState() throws {
    let workspace = try TemporaryWorkspace()
    let steps: [FixtureStep] = [
      start,
      .passing(.green, "Fake it", [code: "v1\n", helper: "helper\n"]),
      .passing(
        .refactor, "Inline the helper", [code: "v2\n", store: "store\n"], deleting: [helper]),
    ]
    try addLesson(steps, to: workspace)
    let states = [
      [test: "test 1\n", code: "// placeholder\n"],
      [test: "test 1\n", code: "v1\n", helper: "helper\n"],
      [test: "test 1\n", code: "v2\n", store: "store\n"],
    ]
    let runs: [Outcome] = [startRun, .green(first), .green(first)]
    let firstRunner = ScriptedRunner(runs)
    let secondRunner = ScriptedRunner(runs)

    let firstRun = try verify(workspace, runner: firstRunner)
    let secondRun = try verify(workspace, runner: secondRunner)

    #expect(firstRun == [])
    #expect(secondRun == [])
    #expect(firstRunner.filesSeen == states)
    #expect(secondRunner.filesSeen == states)
  }

  @Test("An interrupted verify leaves the lesson's files in the working tree untouched")
  func interruptedVerifyLeavesWorkingTree() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(code, "the author's unrecorded change\n")
    let folders = ["Katas/", "Tests/"]
    let before = try files(under: folders, in: workspace.root)
    let runner = FailingRunner(
      failing: { $0 > 2 }, with: Interrupted(), then: ScriptedRunner(wellFormedRuns))

    #expect(throws: Interrupted.self) { try verify(workspace, runner: runner) }

    #expect(runner.scripted.filesSeen.count == 2)
    #expect(try files(under: folders, in: workspace.root) == before)
  }
}

/// What an interrupted `swift test` throws in these tests.
private struct Interrupted: Error {}
