import Foundation
import WorkbookCore

/// Keeps the answers a lesson ships in `catches.json` (see `ShippedCatches`) true to its steps:
/// `render` finds each missing or stale answer by running the mutants, and `verify` names them.
///
/// A lesson ships answers once `render` has written them. A lesson without the file asks
/// nothing of `verify`, and its learners' first checks find the answers themselves. Under strict
/// rules grading runs no mutants, so such a lesson ships none.
struct ShippedCatchesCheck {
  let lesson: Lesson
  /// The repository root.
  let root: URL
  /// The folder that holds the scratch packages the mutants run in.
  let scratchFolder: URL
  let runner: any TestRunner
  let pacer: Pacer

  /// The rule the answers keep, in a violation's words.
  static let rule = "catches.json holds what each learner-written step's reference test catches"

  /// The answers that are missing or stale; with `updating`, found again and written instead.
  func violations(updating: Bool) throws -> [Violation] {
    let graded = lesson.rules == .standard ? lesson.steps.filter(\.isLearnerWritten) : []
    let isShipped = ShippedCatches.isShipped(for: lesson, under: root)
    guard !graded.isEmpty, updating || isShipped else { return [] }
    let shipped = ShippedCatches.load(for: lesson, under: root)
    if isShipped, shipped == nil, !updating {
      return [violation(seen: "\(ShippedCatches.path(of: lesson)) cannot be read as JSON")]
    }
    var answers = ShippedCatches()
    var violations: [Violation] = []
    for step in graded {
      guard let catches = catches(of: step) else { continue }
      if let entry = shipped?.entry(for: step), entry.fingerprint == catches.fingerprint {
        answers.steps[String(step.number)] = entry
        continue
      }
      guard updating else {
        let problem =
          shipped?.entry(for: step) == nil
          ? "has no answer for step \(step.number)"
          : "holds an answer for step \(step.number) that was found for other code or tests"
        violations.append(
          violation(
            seen: "\(ShippedCatches.path(of: lesson)) \(problem); run 'swift run workbook "
              + "render \(lesson.paddedNumber)' to find it"))
        continue
      }
      let caught = try catches.mutants(keepingStoppedRuns: true)
      answers.steps[String(step.number)] = ShippedCatches.Entry(
        fingerprint: catches.fingerprint, mutants: caught.map(\.key))
    }
    if updating, answers != shipped {
      try answers.write(for: lesson, under: root)
    }
    return violations
  }

  /// The catches of `step`'s reference test, found on the green step's code; nil when no green
  /// step follows, which `LearnerStepProof` reports.
  private func catches(of step: Step) -> ReferenceCatches? {
    let grader = LearnerTestGrader(
      lesson: lesson, step: step, given: lesson.tests(of: lesson.state(after: step.number - 1)),
      scratchRoot: scratchFolder, root: root, runner: runner, pacer: pacer)
    return grader.green.map(grader.referenceCatches)
  }

  private func violation(seen: String) -> Violation {
    Violation(lesson: lesson.entry.slug, step: nil, rule: Self.rule, seen: seen)
  }
}
