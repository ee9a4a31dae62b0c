import Foundation
import WorkbookCore

/// Proves, for each step whose test the learner writes, that the workbook's grading of that test
/// can be met: the reference's own test, graded as a learner's would be on the code of the step
/// before, is red as intended, and it catches at least one mutant of the code that makes it
/// pass, so that the grading asks a learner's test to catch something.
///
/// Under strict rules the code that makes it pass is written in the test, and reaches production
/// code only by later moves: the mutants are those of the lesson's last step, and the step's
/// test as it stands there must catch one, so that its behaviour ends up in production code,
/// where `mutate --mine` holds a learner's test to it.
struct LearnerStepProof {
  let lesson: Lesson
  /// The repository root.
  let root: URL
  /// The folder that holds the scratch packages of the grading.
  let scratchFolder: URL
  let runner: any TestRunner
  let pacer: Pacer

  /// The broken rules of the lesson's steps that leave their test to the learner.
  func violations() throws -> [Violation] {
    try lesson.steps.filter(\.isLearnerWritten).flatMap(violations)
  }

  private func violations(of step: Step) throws -> [Violation] {
    var grader = LearnerTestGrader(
      lesson: lesson, step: step,
      given: lesson.tests(of: lesson.state(after: step.number - 1)), scratchRoot: scratchFolder,
      root: root, runner: runner, pacer: pacer)
    // The mutants check 4 asks a learner's test to catch are, by their making, those the
    // reference's test catches; what needs proving is that there are some (below).
    grader.checksMutants = false
    guard let green = grader.green else {
      return [
        violation(
          step, "a step the learner writes comes before a green step",
          seen: "no green step follows it, so no code can show that a learner's test is right")
      ]
    }
    let grade = try grader.grade(lesson.state(after: step.number)).grade
    guard grade.isRedAsIntended else {
      return [
        violation(
          step, "the reference's test of a step the learner writes passes the grading",
          seen: "graded as a learner's test would be, it \(grade)")
      ]
    }
    let source = grader.mutantSource ?? green
    guard try !grader.referenceCatches(on: source).catchAny() else { return [] }
    return [
      violation(
        step, "the reference's test of a step the learner writes catches a mutant",
        seen: "no mutant of step \(source.number)'s code makes it fail, so "
          + (lesson.rules == .strict
            ? "the behaviour it asks for never reaches production code that a mutant can break"
            : "the grading cannot ask a learner's test to catch any"))
    ]
  }

  private func violation(_ step: Step, _ rule: String, seen: String) -> Violation {
    Violation(lesson: lesson.entry.slug, step: step.label, rule: rule, seen: seen)
  }
}
