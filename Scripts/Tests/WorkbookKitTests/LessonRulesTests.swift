import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code
private let lessonFile = "Lessons/01-red-green-refactor/lesson.json"

/// One change a step makes and whether each set of rules allows it.
struct AllowedChange: Sendable, CustomTestStringConvertible {
  let kind: StepKind
  let tests: Bool
  let code: Bool
  let standard: Bool
  let strict: Bool

  var testDescription: String {
    "\(kind) changing \(tests ? "tests" : "")\(tests && code ? " and " : "")\(code ? "code" : "")"
  }
}

private let allowedChanges: [AllowedChange] = [
  .init(kind: .red, tests: true, code: false, standard: true, strict: true),
  .init(kind: .red, tests: true, code: true, standard: false, strict: false),
  .init(kind: .amber, tests: false, code: true, standard: false, strict: false),
  .init(kind: .green, tests: false, code: true, standard: true, strict: false),
  .init(kind: .green, tests: true, code: false, standard: false, strict: true),
  .init(kind: .refactor, tests: true, code: false, standard: true, strict: true),
  .init(kind: .refactor, tests: false, code: true, standard: true, strict: true),
  .init(kind: .refactor, tests: true, code: true, standard: false, strict: true),
]

@Suite struct LessonRulesTests {
  @Test(
    "Strict rules let green change only tests and a refactor move code out of them",
    arguments: allowedChanges)
  func allowedChange(_ change: AllowedChange) {
    #expect(
      LessonRules.standard.allows(
        change.kind, changingTests: change.tests, changingCode: change.code)
        == change.standard)
    #expect(
      LessonRules.strict.allows(change.kind, changingTests: change.tests, changingCode: change.code)
        == change.strict)
  }

  @Test("A test's expectations are its #expect, #require and Issue.record lines, trimmed")
  func expectationsOfASource() {
    let source = """
      @Test func first() throws {
        var ledger: [String] = []
        ledger.append("credit 100")
        #expect(ledger == ["credit 100"])
          let value = try #require(ledger.first)
        if value.isEmpty { Issue.record("empty") }
      }
      """

    #expect(
      LessonRules.expectations(in: source) == [
        #"#expect(ledger == ["credit 100"])"#, "let value = try #require(ledger.first)",
        #"if value.isEmpty { Issue.record("empty") }"#,
      ])
  }

  @Test("A lesson without lesson.json follows the standard rules; one with it, the rules it names")
  func lessonFileDeclaresTheRules() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    #expect(try workspace.workspace.lessons.lesson(named: "01").rules == .standard)

    try workspace.write(lessonFile, #"{"rules": "strict"}"#)

    #expect(try workspace.workspace.lessons.lesson(named: "01").rules == .strict)
  }

  @Test(
    "A lesson.json naming unknown rules stops the lesson from loading, naming the rules there are")
  func unknownRules() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(lessonFile, #"{"rules": "loose"}"#)

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    #expect("\(error.map { "\($0)" } ?? "")".contains("standard, strict"))
  }

  @Test(
    "Under strict rules, a learner who writes code in a test has not edited it; one who changes an expectation has"
  )
  func strictEditedTests() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write(lessonFile, #"{"rules": "strict"}"#)
    let lesson = try workspace.workspace.lessons.lesson(named: "01")
    let given = lesson.state(after: 3)
    let original = given.text(at: test) ?? ""
    var withCode = given
    withCode.files[test] = Data(("let x = 1\n" + original).utf8)
    var withExpectation = given
    withExpectation.files[test] = Data((original + "#expect(x == 2)\n").utf8)

    let progress = LearnerProgress(lesson: lesson.entry.slug, step: 3, hintsShown: 0, finished: [])
    let step = lesson.steps[2]

    #expect(progress.editedTests(in: withCode, at: step, of: lesson) == [])
    #expect(progress.editedTests(in: withExpectation, at: step, of: lesson) == [test])
    let standard = Lesson(entry: lesson.entry, steps: lesson.steps)
    #expect(progress.editedTests(in: withCode, at: step, of: standard) == [test])
  }

  @Test("Under strict rules, check tells the learner at a red step to write the code in the test")
  func checkExplainsStrictRules() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    let standard = try workspace.workspace.lessons.lesson(named: "01")
    try workspace.write(lessonFile, #"{"rules": "strict"}"#)
    let strict = try workspace.workspace.lessons.lesson(named: "01")
    let failure = TestFailure(
      test: "CacheTests/second()", displayName: "second", message: "Expectation failed",
      location: "Lesson01RedGreenRefactorTests/CacheTests.swift:8:5")
    let outcome = Outcome.ran(
      tests: ["CacheTests/first()", "CacheTests/second()"], failures: [failure])

    let strictLines = CheckReport(
      lesson: strict, step: strict.steps[2], outcome: outcome, root: "/r"
    )
    .lines
    let standardLines = CheckReport(
      lesson: standard, step: standard.steps[2], outcome: outcome, root: "/r"
    ).lines

    let green = Outcome.ran(tests: ["CacheTests/first()", "CacheTests/second()"], failures: [])
    let strictDone = CheckReport(lesson: strict, step: strict.steps[2], outcome: green, root: "/r")
      .lines
    #expect(strictDone.contains { $0.contains("with code inside the test") })
    #expect(!strictDone.contains { $0.contains("other examples") })
    #expect(strictLines.contains("This lesson follows strict rules (TDD as if you meant it):"))
    #expect(strictLines.contains { $0.contains("inside the test function itself") })
    #expect(!standardLines.contains { $0.contains("strict") })
  }
}

@Suite struct StrictNextTests {
  @Test("Under strict rules next stops at a move, keeps the learner's tests, and shows both sides")
  func nextStopsBeforeAMove() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write(lessonFile, #"{"rules": "strict"}"#)
    try fixture.addStep(
      "01-start",
      manifest: #"{"kind": "red", "title": "Start", "failing": ["CacheTests/first()"], "#
        + #""message": "Expectation failed", "hints": ["Write it in the test."]}"#,
      files: [test: "test 1\n#expect(a == 1)\n", code: "// placeholder\n"])
    try fixture.addStep(
      "02-in-the-test",
      manifest: #"{"kind": "green", "title": "In the test", "hints": ["One line."]}"#,
      files: [test: "test 1\nlet a = 1\n#expect(a == 1)\n"])
    try fixture.addStep(
      "03-move",
      manifest: #"{"kind": "refactor", "title": "Move it", "hints": ["Move it."]}"#,
      files: [test: "test 1\n#expect(Cache().a == 1)\n", code: "struct Cache { let a = 1 }\n"])
    try fixture.write(test, "test 1\n#expect(Cache().a == 1)\n")
    try fixture.write(code, "struct Cache { let a = 1 }\n")
    _ = try fixture.run(.goto(lesson: "01", step: "1"))
    try fixture.write(test, "test 1\nlet a = 2 - 1\n#expect(a == 1)\n")

    let (status, captured) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([.green()]))

    #expect(status == 0)
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
    // The learner's green is their code, written in the test: next keeps it.
    #expect(fixture.read(test) == "test 1\nlet a = 2 - 1\n#expect(a == 1)\n")
    #expect(fixture.read(code) == "// placeholder\n")
    #expect(
      captured.output.contains("The reference moves code out of its tests here (strict rules):"))
    #expect(captured.output.contains("+#expect(Cache().a == 1)"))
    #expect(captured.output.contains("+struct Cache { let a = 1 }"))
    #expect(!captured.output.contains("Your changes were saved to "))
  }

  @Test("Under strict rules a move that changes what a test expects is the learner's to make")
  func moveChangesExpectations() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write(lessonFile, #"{"rules": "strict"}"#)
    try fixture.addStep(
      "01-start",
      manifest: #"{"kind": "red", "title": "Start", "failing": ["CacheTests/first()"], "#
        + #""message": "Expectation failed", "hints": ["Write it in the test."]}"#,
      files: [test: "test 1\n#expect(a == 1)\n", code: "// placeholder\n"])
    try fixture.addStep(
      "02-in-the-test",
      manifest: #"{"kind": "green", "title": "In the test", "hints": ["One line."]}"#,
      files: [test: "test 1\nlet a = 1\n#expect(a == 1)\n"])
    try fixture.addStep(
      "03-move",
      manifest: #"{"kind": "refactor", "title": "Move it", "hints": ["Move it."]}"#,
      files: [test: "test 1\n#expect(Cache().a == 1)\n", code: "struct Cache { let a = 1 }\n"])
    try fixture.write(test, "test 1\n#expect(Cache().a == 1)\n")
    try fixture.write(code, "struct Cache { let a = 1 }\n")
    _ = try fixture.run(.goto(lesson: "01", step: "1"))
    try fixture.write(test, "test 1\nlet a = 2 - 1\n#expect(a == 1)\n")
    _ = try fixture.run(.next(force: false), runner: ScriptedRunner([.green()]))
    try fixture.write(test, "test 1\n#expect(Cache().a == 1)\n")
    try fixture.write(code, "struct Cache { let a = 1 }\n")

    let (status, captured) = try fixture.run(
      .check(predicting: nil), runner: ScriptedRunner([.green()]))

    #expect(status == 0, "\(captured.output)")
    #expect(!captured.output.contains("You changed the tests"), "\(captured.output)")
  }

  @Test("Under strict rules next also stops at an extraction within the tests, before it")
  func nextStopsBeforeAnExtraction() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write(lessonFile, #"{"rules": "strict"}"#)
    try fixture.addStep(
      "01-start",
      manifest: #"{"kind": "red", "title": "Start", "failing": ["CacheTests/first()"], "#
        + #""message": "Expectation failed", "hints": ["Write it in the test."]}"#,
      files: [test: "test 1\n#expect(a == 1)\n", code: "// placeholder\n"])
    try fixture.addStep(
      "02-in-the-test",
      manifest: #"{"kind": "green", "title": "In the test", "hints": ["One line."]}"#,
      files: [test: "test 1\nlet a = 1\n#expect(a == 1)\n"])
    try fixture.addStep(
      "03-extract",
      manifest: #"{"kind": "refactor", "title": "Extract it", "hints": ["Extract it."]}"#,
      files: [test: "test 1\nlet a = one()\n#expect(a == 1)\nfunc one() { 1 }\n"])
    try fixture.write(test, "test 1\nlet a = one()\n#expect(a == 1)\nfunc one() { 1 }\n")
    _ = try fixture.run(.goto(lesson: "01", step: "1"))
    try fixture.write(test, "test 1\nlet a = 1\n#expect(a == 1)\n")

    let (status, captured) = try fixture.run(
      .next(force: false), runner: ScriptedRunner([.green()]))

    #expect(status == 0)
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
    #expect(fixture.read(test) == "test 1\nlet a = 1\n#expect(a == 1)\n")
    #expect(
      captured.output.contains("The reference refactors its tests here (strict rules):"))
    #expect(captured.output.contains("+func one() { 1 }"))
    try fixture.write(test, "test 1\nlet a = one()\n#expect(a == 1)\nfunc one() { 1 }\n")
    let (_, finished) = try fixture.run(.next(force: false), runner: ScriptedRunner([.green()]))
    #expect(!finished.output.contains("You skipped"))
    #expect(finished.output.contains("You have finished lesson 01."))
  }
}

@Suite struct StrictMistakeTests {
  private let greenRun = Outcome.green("CacheTests/first()", "CacheTests/second()")

  /// The well-formed lesson under strict rules, with the learner at step 3, its red step.
  private func atStrictRedStep() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(lessonFile, #"{"rules": "strict"}"#)
    _ = try fixture.run(.goto(lesson: "01", step: "3"))
    return fixture
  }

  @Test("Under strict rules, code written in the test before its first run is pointed out")
  func testChangedBeforeTheFirstRun() throws {
    let fixture = try atStrictRedStep()
    try fixture.write(test, "test 1\nlet logic = 1\ntest 2\n")

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    #expect(captured.output.contains("You wrote code in step 3's test before you saw it fail."))
    #expect(!captured.output.contains("passed the first time it ran"))
    #expect(!captured.output.contains("You changed the tests that step 3 gives you"))
  }

  @Test("Under strict rules, next says the new tests carry the reference's code")
  func nextSaysWhoseCodeTheTestsHold() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(lessonFile, #"{"rules": "strict"}"#)
    _ = try fixture.run(.goto(lesson: "01", step: "1"))

    let (_, captured) = try fixture.run(.next(force: false), runner: ScriptedRunner([greenRun]))

    #expect(captured.output.contains("the reference's, with its code inside them"))
  }

  @Test("Under strict rules, production code changed at a failing step is pointed out")
  func codeChangedUnderStrictRules() throws {
    let fixture = try atStrictRedStep()
    try fixture.write(code, "the learner's fix\n")

    let (_, captured) = try fixture.run(.check(predicting: nil), runner: ScriptedRunner([greenRun]))

    #expect(captured.output.contains("This lesson follows strict rules: make the test pass"))
  }
}
