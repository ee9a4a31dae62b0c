import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let first = "CacheTests/first()"
private let second = "CacheTests/second()"

/// A strict step after the starting point, with what `swift test` shows at it, and the rule
/// `verify` must report, if any.
struct StrictCase: Sendable, CustomTestStringConvertible {
  let testDescription: String
  let kind: StepKind
  let files: [String: String]
  let run: Outcome
  let rule: String?
}

/// The starting point is a red test whose logic is missing: `test 1` and `#expect(a == 1)`.
private let startingTest = "test 1\n#expect(a == 1)\n"

private let strictCases: [StrictCase] = [
  .init(
    testDescription: "a green that writes its logic in the test keeps the rules", kind: .green,
    files: [test: "test 1\nlet a = 1\n#expect(a == 1)\n"], run: .green(first), rule: nil),
  .init(
    testDescription: "a green that changes an expectation breaks them", kind: .green,
    files: [test: "test 1\nlet a = 1\n#expect(a == 2)\n"], run: .green(first),
    rule: "strict green keeps the tests' expectations"),
  .init(
    testDescription: "a green that writes production code breaks them", kind: .green,
    files: [code: "v1\n"], run: .green(first),
    rule: "green changes tests only, keeping their expectations"),
  .init(
    testDescription: "a refactor that moves code from a test into production keeps the rules",
    kind: .refactor, files: [test: "test 1\n#expect(Cache().a == 1)\n", code: "v1\n"],
    run: .green(first), rule: nil),
  .init(
    testDescription: "a refactor of tests alone that changes the set of tests breaks them",
    kind: .refactor, files: [test: "test 1\ntest 2\n#expect(a == 1)\n"],
    run: .green(first, second),
    rule: "refactor keeps the same tests when production code changes"),
]

@Suite struct StrictVerifyTests {
  @Test("Verify checks a strict lesson's steps against the strict rules", arguments: strictCases)
  func strictStep(_ strictCase: StrictCase) throws {
    let workspace = try TemporaryWorkspace()
    try workspace.write("Lessons/01-red-green-refactor/lesson.json", #"{"rules": "strict"}"#)
    try workspace.addStep(
      "01-start",
      manifest: #"{"kind": "red", "title": "Start", "failing": ["CacheTests/first()"], "#
        + #""message": "Expectation failed", "hints": ["A hint."]}"#,
      files: [test: startingTest, code: "// placeholder\n"])
    try workspace.addStep(
      "02-next",
      manifest: #"{"kind": "\#(strictCase.kind.rawValue)", "title": "Next", "hints": ["A hint."]}"#,
      files: strictCase.files)
    try workspace.write(test, strictCase.files[test] ?? startingTest)
    try workspace.write(code, strictCase.files[code] ?? "// placeholder\n")
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    var verifier = Verifier(
      workspace: workspace.workspace,
      runner: ScriptedRunner([
        .red([first], message: "Expectation failed: a == 1", of: [first]), strictCase.run,
      ]),
      scratchFolder: workspace.root.appendingPathComponent(".build/workbook/verify"))
    verifier.pacer = .instant

    let rules = try verifier.verify(lesson).map(\.rule)

    #expect(rules == (strictCase.rule.map { [$0] } ?? []))
  }
}
