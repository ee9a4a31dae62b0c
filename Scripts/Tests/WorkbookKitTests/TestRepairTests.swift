import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// A lesson for `RuleRunner` whose step 3 refactors the tests: red, green, refactor of the
/// tests, red, green. The working tree holds the last step.
private func lessonWithARepair() throws -> TemporaryWorkspace {
  let fixture = try TemporaryWorkspace()
  let suite = { (tests: String) in "struct CacheTests {\n\(tests)}\n" }
  let first = "  @Test func first() { #expect(compares) }\n"
  let repaired = "  @Test func comparesKeys() { #expect(compares) }\n"
  let second = "  @Test func second() { #expect(stores) }\n"
  let red = { (test: String) in
    #"{"kind": "red", "title": "Ask for \#(test)", "failing": ["CacheTests/\#(test)()"], "message": "Expectation failed", "hints": ["Look."]}"#
  }
  let passing = { (kind: String) in #"{"kind": "\#(kind)", "title": "Pass", "hints": ["Do it."]}"# }
  try fixture.addStep(
    "01-first", manifest: red("first"),
    files: [TemporaryWorkspace.test: suite(first), TemporaryWorkspace.code: "\n"])
  try fixture.addStep(
    "02-pass", manifest: passing("green"), files: [TemporaryWorkspace.code: "let compares = true\n"]
  )
  try fixture.addStep(
    "03-name-it", manifest: passing("refactor"), files: [TemporaryWorkspace.test: suite(repaired)])
  try fixture.addStep(
    "04-second", manifest: red("second"), files: [TemporaryWorkspace.test: suite(repaired + second)]
  )
  let code = "let compares = true\nlet stores = true\n"
  try fixture.addStep(
    "05-store", manifest: passing("green"), files: [TemporaryWorkspace.code: code])
  try fixture.write(TemporaryWorkspace.test, suite(repaired + second))
  try fixture.write(TemporaryWorkspace.code, code)
  return fixture
}

/// A lesson for `RuleRunner` whose step 3 is the learner's to write and whose step 5 refactors
/// the tests: red, green, red (the learner's), green, refactor of the tests, red, green.
private func lessonWithALearnerStepAndARepair() throws -> TemporaryWorkspace {
  let fixture = try TemporaryWorkspace()
  let suite = { (tests: String) in "struct CacheTests {\n\(tests)}\n" }
  let first = "  @Test func first() { #expect(compares) }\n\n"
  let repaired = "  @Test func comparesKeys() { #expect(compares) }\n\n"
  let second = "  @Test func second() { #expect(stores) }\n\n"
  let third = "  @Test func third() { #expect(more) }\n\n"
  let learnerWrites =
    #", "learnerWrites": {"behaviour": "The cache stores.", "goodFailure": "Nothing is stored."}"#
  let red = { (test: String, extra: String) in
    #"{"kind": "red", "title": "Ask for \#(test)", "failing": ["CacheTests/\#(test)()"], "message": "Expectation failed", "hints": ["Look."]\#(extra)}"#
  }
  let passing = { (kind: String) in #"{"kind": "\#(kind)", "title": "Pass", "hints": ["Do it."]}"# }
  let code = "let compares = true\nlet stores = true\n"
  let steps: [(String, String, [String: String])] = [
    (
      "01-first", red("first", ""),
      [TemporaryWorkspace.test: suite(first), TemporaryWorkspace.code: "\n"]
    ),
    ("02-pass", passing("green"), [TemporaryWorkspace.code: "let compares = true\n"]),
    ("03-second", red("second", learnerWrites), [TemporaryWorkspace.test: suite(first + second)]),
    ("04-store", passing("green"), [TemporaryWorkspace.code: code]),
    ("05-name-it", passing("refactor"), [TemporaryWorkspace.test: suite(repaired + second)]),
    ("06-third", red("third", ""), [TemporaryWorkspace.test: suite(repaired + second + third)]),
    ("07-more", passing("green"), [TemporaryWorkspace.code: code + "let more = true\n"]),
  ]
  for (folder, manifest, files) in steps {
    try fixture.addStep(folder, manifest: manifest, files: files)
  }
  try fixture.write(TemporaryWorkspace.test, suite(repaired + second + third))
  try fixture.write(TemporaryWorkspace.code, code + "let more = true\n")
  return fixture
}

@Suite struct TestRepairTests {
  /// The lesson of `lessonWithARepair`, with the learner green at step 2 and the test renamed
  /// as the learner would repair it: their own way, before `next` brings in the reference's.
  private func repairedByTheLearner() throws -> TemporaryWorkspace {
    let fixture = try lessonWithARepair()
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, "let compares = true\n")
    _ = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try fixture.write(
      TemporaryWorkspace.test,
      "struct CacheTests {\n  @Test func compares() { #expect(compares) }\n}\n")
    return fixture
  }

  @Test("Edited tests before a refactoring of the tests are the learner's repair, not a mistake")
  func checkTakesTheRepair() throws {
    let fixture = try repairedByTheLearner()

    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())

    #expect(status == 0)
    #expect(!captured.output.contains("restore"), "\(captured.output)")
    #expect(captured.output.contains("step 3 (Pass)"), "\(captured.output)")
  }

  @Test("next saves the learner's repair, and brings in the reference's without --force")
  func nextSavesTheRepair() throws {
    let fixture = try repairedByTheLearner()

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 0, "\(captured.errors)")
    #expect(captured.output.contains("Your changes were saved to .workbook/saved/"))
    #expect(fixture.read(TemporaryWorkspace.test)?.contains("func comparesKeys()") == true)
  }

  @Test("A repair after the learner's own test is saved; their own test stays, the repair comes in")
  func repairAfterOwnTest() throws {
    let fixture = try lessonWithALearnerStepAndARepair()
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, "let compares = true\n")
    _ = try fixture.run(.next(force: false), runner: RuleRunner())
    let mine = "  @Test func mine() { #expect(stores) }\n\n"
    try fixture.write(
      TemporaryWorkspace.test,
      "struct CacheTests {\n  @Test func first() { #expect(compares) }\n\n\(mine)}\n")
    _ = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, "let compares = true\nlet stores = true\n")
    try fixture.write(
      TemporaryWorkspace.test,
      "struct CacheTests {\n  @Test func compares() { #expect(compares) }\n\n\(mine)}\n")

    let (status, captured) = try fixture.run(.next(force: false), runner: RuleRunner())

    #expect(status == 0, "\(captured.errors)")
    #expect(captured.output.contains("Your changes were saved to .workbook/saved/"))
    #expect(
      fixture.read(TemporaryWorkspace.test)
        == "struct CacheTests {\n  @Test func comparesKeys() { #expect(compares) }\n\n\(mine)"
        + "  @Test func third() { #expect(more) }\n\n}\n")
  }
}
