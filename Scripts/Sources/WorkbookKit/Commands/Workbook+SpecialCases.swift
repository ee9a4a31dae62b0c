import Foundation
import WorkbookCore

extension Workbook {
  /// Runs the tests of a failing step the learner made pass again, with other example values,
  /// and explains when the learner's code fails them but the reference's code passes them: the
  /// learner's code answers the examples, not the rule. Empty when there is nothing to say.
  ///
  /// Nothing is said when the reference special-cases too, as it does on purpose with Fake It.
  /// A varied run that cannot finish counts as failed for the learner's code, and as nothing to
  /// go on for the reference's. Nothing is said in a lesson with strict rules either.
  func specialCases(at step: Step, of lesson: Lesson) throws -> [String] {
    // Under strict rules the learner's logic lives in the tests, which a varied run replaces.
    guard step.kind.isFailing, lesson.rules == .standard,
      let solution = lesson.steps.dropFirst(step.number).first(where: { $0.kind == .green })
    else { return [] }
    let given = lesson.tests(of: lesson.state(after: step.number))
    var variedTests = Snapshot()
    for (path, data) in given.files {
      variedTests.files[path] =
        ExampleVariation.varied(String(decoding: data, as: UTF8.self)).map { Data($0.utf8) } ?? data
    }
    guard variedTests != given else { return [] }
    let yours = lesson.production(of: try workspace.currentFiles(of: lesson))
    let varied = try? runTests(of: lesson, files: yours.merging(variedTests))
      .settingAside(lesson.outerStillRed(onceGreen: step))
    guard varied?.colour != .green else { return [] }
    let reference = lesson.production(of: lesson.state(after: solution.number))
    let referenceRun = try? runTests(of: lesson, files: reference.merging(variedTests))
    guard referenceRun?.settingAside(solution.outerStillRed).colour == .green else {
      return []
    }
    var failing: [String] = []
    if case .ran(_, let failures) = varied {
      failing = failures.map { "  ✘ \"\($0.displayName)\": \($0.message)" }
    }
    return [
      "Your code passes step \(step.number)'s tests, but not the same tests with other examples",
      "(each digit in their strings changed, so \"key-1\" became \"key-6\"). The reference's code "
        + "passes both.",
    ] + failing + [
      "Your code may answer only the examples it has seen. Look for a special case to make general."
    ]
  }
}
