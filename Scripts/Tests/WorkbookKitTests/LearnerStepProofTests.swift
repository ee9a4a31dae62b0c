import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private let steps = "Lessons/01-red-green-refactor/steps"

@Suite struct LearnerStepProofTests {
  /// The rules `verify` finds broken in the fixture lesson, once `change` has edited it.
  private func brokenRules(after change: (TemporaryWorkspace) throws -> Void = { _ in }) throws
    -> [Violation]
  {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    try change(fixture)
    var verifier = Verifier(
      workspace: fixture.workspace, runner: RuleRunner(),
      scratchFolder: fixture.root.appendingPathComponent(".build/workbook/verify"))
    verifier.pacer = .instant
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return try verifier.verify(lesson).filter { $0.rule.contains("learner writes") }
  }

  @Test("verify grades the reference's test of a step the learner writes, and it passes")
  func referenceTestPasses() throws {
    #expect(try brokenRules().isEmpty)
  }

  @Test("verify fails when the reference's test would not be red as intended")
  func referenceTestFallsShort() throws {
    let violations = try brokenRules { fixture in
      // The step's test asks for `quirk`, which the code before the step already has.
      let path = "\(steps)/03-second/\(TemporaryWorkspace.test)"
      let tests = try #require(fixture.read(path))
      try fixture.write(
        path, tests.replacingOccurrences(of: "#expect(stores)", with: "#expect(quirk)"))
    }

    #expect(violations.map(\.step) == ["step 3 (red: Ask for second)"])
    #expect(
      violations.first?.rule
        == "the reference's test of a step the learner writes passes the grading")
    #expect(violations.first?.seen == "graded as a learner's test would be, it passes at once")
  }

  @Test("verify fails when no mutant of the green step's code makes the reference's test fail")
  func referenceTestCatchesNoMutant() throws {
    let violations = try brokenRules { fixture in
      // A fact inside a string: the tests still read it, but no mutant can change it.
      let path = "\(steps)/04-store/\(TemporaryWorkspace.code)"
      let code = try #require(fixture.read(path))
      try fixture.write(
        path,
        code.replacingOccurrences(of: "let stores = true", with: #"let s = "let stores = true""#))
    }

    #expect(
      violations.map(\.rule) == [
        "the reference's test of a step the learner writes catches a mutant"
      ])
  }
}
