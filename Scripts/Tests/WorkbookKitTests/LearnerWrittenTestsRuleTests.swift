import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

/// The rule that keeps a learner's own tests their own: once a step leaves its test to the
/// learner, no later step of the reference may change or remove the tests that step added.
@Suite struct LearnerWrittenTestsRuleTests {
  /// A step of `kind` numbered `number`; learner-written when `learnerWrites` is set.
  private func step(_ number: Int, _ kind: StepKind, learnerWrites: Bool = false) -> Step {
    Step(
      number: number, folder: "\(number)", kind: kind, title: "Step \(number)",
      expectation: kind.isFailing ? .failures(tests: [], message: "") : .allPass, hints: ["h"],
      writes: [:], deletes: [],
      learnerWrites: learnerWrites
        ? LearnerWrites(behaviour: "A retry replays.", goodFailure: "It ran twice.") : nil)
  }

  /// Runs the rule over `steps`, each with the tests it leaves, and returns each step's breaches.
  private func breaches(_ steps: [(Step, [String: String])], rules: LessonRules = .standard)
    -> [[Breach]]
  {
    var rule = ContinuityRules.LearnerWrittenTests(rules: rules)
    var before: [String: String] = [:]
    return steps.map { step, after in
      defer { before = after }
      return rule.check(step, before: before, after: after)
    }
  }

  private let first = ["S/first()": "@Test func first() { #expect(a) }"]
  private let retry = ["S/retry()": "@Test func retry() { #expect(runs == 1) }"]

  @Test(
    "A later refactor that changes the test of a learner-written step is refused once, naming both")
  func refactorChangesLearnerTest() {
    let refactored = ["S/retry()": "@Test func retry() { #expect(charge.runs == 1) }"]

    let found = breaches([
      (step(1, .red), first),
      (step(2, .red, learnerWrites: true), first.merging(retry) { $1 }),
      (step(3, .green), first.merging(retry) { $1 }),
      (step(4, .refactor), first.merging(refactored) { $1 }),
      (step(5, .red), first.merging(refactored) { $1 }),
    ])

    #expect(found.prefix(3).allSatisfy { $0.isEmpty })
    #expect(found[3].count == 1)
    #expect(found[3].first?.rule.contains("learner-written") == true)
    #expect(found[3].first?.seen.contains("S/retry()") == true)
    #expect(found[3].first?.seen.contains("step 2") == true)
    #expect(found[4].isEmpty, "the step that made the change is named, not every step after it")
  }

  @Test("A later step that removes the test of a learner-written step is refused")
  func removesLearnerTest() {
    let found = breaches([
      (step(1, .red, learnerWrites: true), retry),
      (step(2, .refactor), [:]),
    ])

    #expect(found[1].first?.seen.contains("removes S/retry()") == true)
  }

  @Test("Later changes to tests the reference handed out are no business of this rule")
  func givenTestsMayChange() {
    let changedFirst = ["S/first()": "@Test func first() { #expect(b) }"]

    let found = breaches([
      (step(1, .red), first),
      (step(2, .red, learnerWrites: true), first.merging(retry) { $1 }),
      (step(3, .refactor), changedFirst.merging(retry) { $1 }),
    ])

    #expect(found.allSatisfy { $0.isEmpty })
  }

  @Test("Under strict rules later steps may change a learner-written step's tests: code moves out")
  func strictStepsMayChangeLearnerTests() {
    let withCode = ["S/retry()": "@Test func retry() { var runs = 1; #expect(runs == 1) }"]

    let found = breaches(
      [
        (step(1, .red, learnerWrites: true), retry),
        (step(2, .green), withCode),
        (step(3, .refactor), retry),
      ], rules: .strict)

    #expect(found.allSatisfy { $0.isEmpty })
  }
}
