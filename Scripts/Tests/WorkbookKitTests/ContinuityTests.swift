import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private typealias FixtureStep = VerifierTests.FixtureStep

private let test = TemporaryWorkspace.test
private let code = TemporaryWorkspace.code

/// A test file of `CacheTests` with one test per entry: its name and what it expects.
private func tests(_ tests: KeyValuePairs<String, String>) -> String {
  let functions = tests.map { name, expectation in
    "  @Test func \(name)() {\n    #expect(\(expectation))\n  }\n"
  }
  return "import Testing\n\nstruct CacheTests {\n" + functions.joined(separator: "\n") + "}\n"
}

private func name(_ function: String) -> String { "CacheTests/\(function)()" }

/// The first three steps most fixtures share: amber, green, then red with a second test.
private let opening: [FixtureStep] = [
  .amber("Start", "cannot find", [test: tests(["first": "cache.first == 1"]), code: "// none\n"]),
  .passing(.green, "Fake it", [code: "v1\n"]),
  .red(
    "Second", failing: [name("second")], message: "failed",
    [test: tests(["first": "cache.first == 1", "second": "cache.second == 2"])]),
  .passing(.green, "Make it real", [code: "v2\n"]),
]

/// What the test runs of `opening` show.
private let openingRuns: [Outcome] = [
  .amber("cannot find 'Cache'"), .green(name("first")),
  .red([name("second")], message: "failed", of: [name("first"), name("second")]),
  .green(name("first"), name("second")),
]

@Suite struct ContinuityTests {
  /// Writes `steps` as lesson 01, puts the last state in the working tree, and verifies it
  /// with runs that show `outcomes`.
  private func violations(of steps: [FixtureStep], outcomes: [Outcome]) throws -> [Violation] {
    let fixture = try TemporaryWorkspace()
    var last: [String: String] = [:]
    for (index, step) in steps.enumerated() {
      try fixture.addStep(
        String(format: "%02d-step", index + 1), manifest: step.manifest, files: step.files)
      last.merge(step.files) { _, new in new }
    }
    for (path, contents) in last {
      try fixture.write(path, contents)
    }
    var verifier = Verifier(workspace: fixture.workspace, runner: ScriptedRunner(outcomes))
    verifier.pacer = .instant
    return try verifier.verify(try fixture.workspace.lessons.lesson(named: "01"))
  }

  @Test("A lesson whose steps keep every earlier test and change keeps the continuity rules")
  func continuousLesson() throws {
    #expect(try violations(of: opening, outcomes: openingRuns) == [])
  }

  @Test("A typo fixed in the step that brought the test, and put back by a later red step's copy")
  func typoPutBack() throws {
    let stale = FixtureStep.red(
      "Third", failing: [name("third")], message: "failed",
      [test: tests(["first": "cache.frist == 1", "second": "cache.second == 2", "third": "x"])])
    let steps = opening + [stale]
    let runs =
      openingRuns + [
        .red(
          [name("third")], message: "failed", of: [name("first"), name("second"), name("third")])
      ]

    let found = try violations(of: steps, outcomes: runs)

    #expect(found.map(\.step) == ["step 5 (red: Third)"])
    #expect(found.first?.rule.hasPrefix("red keeps every earlier test as it was") == true)
    #expect(found.first?.seen.hasPrefix("it changes \(name("first"))") == true)
  }

  @Test("A later red step whose stale copy of the test file deletes a test inserted before it")
  func insertedTestDeleted() throws {
    let stale = FixtureStep.red(
      "Third", failing: [name("third")], message: "failed",
      [test: tests(["first": "cache.first == 1", "third": "x"])])
    let runs =
      openingRuns + [
        .red([name("third")], message: "failed", of: [name("first"), name("third")])
      ]

    let found = try violations(of: opening + [stale], outcomes: runs)

    #expect(found.count == 1)
    #expect(found.first?.seen.hasPrefix("it removes \(name("second"))") == true)
  }

  @Test("A changed assertion that a later step's stale copy takes back is reported")
  func changedAssertionUndone() throws {
    let changed = FixtureStep.passing(
      .refactor, "Expect two",
      [test: tests(["first": "cache.first == 2", "second": "cache.second == 2"])])
    let undone = FixtureStep.passing(
      .refactor, "Stale copy",
      [test: tests(["first": "cache.first == 1", "second": "cache.second == 2"])])
    let green = Outcome.green(name("first"), name("second"))

    let found = try violations(
      of: opening + [changed, undone], outcomes: openingRuns + [green])

    #expect(found.map(\.step) == ["step 6 (refactor: Stale copy)"])
    #expect(found.first?.rule.hasPrefix("no step undoes an earlier step's change") == true)
    #expect(
      found.first?.seen
        == "it takes back step 5's change to \(test) (line 5); if it takes that change back on "
        + #"purpose, add --undoes 5 ("undoes": [5] in its step.json)"#)
  }

  @Test("A step that says it undoes an earlier step may take its change back")
  func declaredUndo() throws {
    let changed = FixtureStep.passing(.green, "Two", [code: "v3\n"])
    var manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(FixtureStep.passing(.green, "Back", [:]).manifest.utf8))
        as? [String: Any])
    manifest["kind"] = "refactor"
    manifest["undoes"] = [5]
    let back = FixtureStep.passing(.refactor, "Back", [code: "v2\n"])
    let fixture = try TemporaryWorkspace()
    let steps = opening + [changed, back]
    for (index, step) in steps.enumerated() {
      let json =
        index == 5
        ? String(decoding: try JSONSerialization.data(withJSONObject: manifest), as: UTF8.self)
        : step.manifest
      try fixture.addStep(String(format: "%02d-step", index + 1), manifest: json, files: step.files)
    }
    try fixture.write(test, tests(["first": "cache.first == 1", "second": "cache.second == 2"]))
    try fixture.write(code, "v2\n")
    var verifier = Verifier(
      workspace: fixture.workspace,
      runner: ScriptedRunner(openingRuns + [.green(name("first"), name("second"))]))
    verifier.pacer = .instant

    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let found = try verifier.verify(lesson)

    #expect(lesson.step(6)?.undoes == [5])
    #expect(found == [])
  }

  @Test("A refactor of the tests that adds a test is reported; one that renames a test is not")
  func refactorAddsATest() throws {
    let adding = FixtureStep.passing(
      .refactor, "Sneak one in",
      [test: tests(["first": "cache.first == 1", "second": "cache.second == 2", "third": "y"])])
    let renaming = FixtureStep.passing(
      .refactor, "Rename",
      [test: tests(["one": "cache.first == 1", "second": "cache.second == 2"])])
    let green = Outcome.green(name("first"), name("second"), name("third"))

    let added = try violations(of: opening + [adding], outcomes: openingRuns + [green])
    let renamed = try violations(
      of: opening + [renaming], outcomes: openingRuns + [.green(name("one"), name("second"))])

    #expect(added.map(\.rule) == ["a refactor adds no test"])
    #expect(added.first?.seen.hasPrefix("it adds \(name("third")), which never failed") == true)
    #expect(renamed == [])
  }

  @Test("Every broken continuity rule of a lesson is reported in one run")
  func everyProblemAtOnce() throws {
    let removing = FixtureStep.red(
      "Third", failing: [name("third")], message: "failed",
      [test: tests(["first": "cache.first == 1", "third": "x"])])
    let adding = FixtureStep.passing(
      .refactor, "Sneak one in",
      [test: tests(["first": "cache.first == 1", "third": "x", "fourth": "y"])])
    let runs =
      openingRuns + [
        .red([name("third")], message: "failed", of: [name("first"), name("third")]),
        .green(name("first"), name("third"), name("fourth")),
      ]

    let found = try violations(of: opening + [removing, adding], outcomes: runs)

    #expect(found.map(\.step) == ["step 5 (red: Third)", "step 6 (refactor: Sneak one in)"])
  }
}
