/// The classic mistakes of a learner at a step, in plain words: editing the test the workbook
/// gave them, and changing the production code before they saw the new test fail.
struct Mistakes {
  let lesson: Lesson
  let step: Step
  /// The lesson's files in the working tree, as the tests ran.
  let files: Snapshot
  let progress: Progress

  /// What to tell the learner; empty when they made none of these mistakes.
  var lines: [String] {
    editedTests + codeChangedBeforeTheFirstRun
  }

  private var editedTests: [String] {
    let given = lesson.state(after: step.number)
    let changed = files.changedPaths(since: given).filter(lesson.isTestPath).sorted()
    guard !changed.isEmpty else { return [] }
    return [
      "",
      "You changed the tests that step \(step.number) gives you: \(changed.joined(separator: ", ")).",
      "In this workbook the step owns the test: change the production code, not the test.",
      "To get the step's tests back (your files are saved first): "
        + "swift run workbook goto \(lesson.paddedNumber) \(step.number)",
    ]
  }

  private var codeChangedBeforeTheFirstRun: [String] {
    guard step.kind.isFailing, !progress.checkedThisStep,
      let arrival = progress.productionOnArrival,
      files.fingerprint(under: lesson.kataFolder) != arrival
    else { return [] }
    return [
      "",
      "You changed the production code before you saw step \(step.number)'s test fail.",
      "Next time, run the new test first and watch it fail for the reason you expect:",
      "a test you have never seen fail may pass for the wrong reason.",
    ]
  }
}
