import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Mutation testing: of one lesson or all of them, or of the learner's own tests (`mine`).
  ///
  /// - Returns: 0 when every lesson's tests kill at least `target` percent of the mutants that
  ///   compile, 1 otherwise, or when the learner's tests do not pass on the reference code.
  func mutate(_ name: String?, mine: Bool, target: Int) throws -> Int32 {
    let lessons: [Lesson]
    if let name {
      lessons = [try workspace.lessons.lesson(named: name)]
    } else {
      // The learner's own tests are those of the lesson they work on, or practise in.
      lessons =
        mine
        ? [try practisedLesson()?.lesson ?? currentPosition().lesson]
        : try workspace.lessons.allLessons()
    }
    var status: Int32 = 0
    for lesson in lessons {
      let met = try mine ? gradeTests(of: lesson, target: target) : mutate(lesson, target: target)
      status = met ? status : 1
    }
    return status
  }

  /// Runs the lesson's tests against mutants of its code as it is in the working tree.
  private func mutate(_ lesson: Lesson, target: Int) throws -> Bool {
    let run = try mutationRun(of: lesson, files: workspace.currentFiles(of: lesson))
    let known =
      run.equivalents.entries.isEmpty ? "" : ", \(run.knownEquivalent) known to be equivalent"
    terminal.print(
      "Mutating lesson \(lesson.paddedNumber): \(counted(run.mutants.count, "mutant")) of "
        + "\(counted(run.productionFiles, "production file"))\(known).")
    for entry in run.equivalents.unmatched(by: run.mutants) {
      terminal.print(
        "Note: \(EquivalentMutants.path(of: lesson)) lists a mutant that no longer exists: "
          + "\(entry.operator.rawValue) in \(entry.file), `\(entry.originalLines)` → "
          + "`\(entry.mutatedLines)`."
      )
    }
    terminal.print("Running the tests on the code as it is …")
    let (outcome, timeLimit) = try run.runUnchanged()
    guard outcome.colour == .green else {
      throw WorkbookError.failure(
        "the tests of lesson \(lesson.paddedNumber) do not pass on its code as it is, so no "
          + "mutant can be judged; make them pass first (swift test --filter '\(lesson.testFilter)')"
      )
    }
    printTimeLimit(timeLimit)
    let report = try run.runMutants(timeLimit: timeLimit)
    terminal.print("")
    terminal.print("Lesson \(lesson.paddedNumber), by operator:")
    report.operatorLines.forEach(terminal.print)
    printScore(of: report, target: target)
    for mutant in report.survivors {
      terminal.print("")
      terminal.print(
        terminal.paint(
          "Survived: mutant \(mutant.id), \(mutant.operator.title), \(mutant.file):\(mutant.line): "
            + mutant.description, .red))
      terminal.print("  No test noticed: \(mutant.operator.gap).")
      for line in mutant.diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        terminal.print("  \(line)")
      }
      terminal.print(
        "  If no test could ever notice it, record it in \(EquivalentMutants.path(of: lesson)):")
      terminal.print("  \(EquivalentMutants.suggestion(for: mutant))")
    }
    return report.meets(target)
  }

  private func printScore(of report: MutationReport, target: Int) {
    guard report.score != nil else {
      terminal.print("Score: no mutant compiled, so there is nothing to score.")
      return
    }
    let line =
      "Score: \(report.killed) of \(report.scored) compiling mutants killed "
      + "(\(report.percentage)); the target is \(target)%."
    terminal.print(terminal.paint(line, report.meets(target) ? .green : .red))
    report.timedOutLine.map(terminal.print)
    if report.didNotCompile > 0 {
      let they = report.didNotCompile == 1 ? "it does" : "they do"
      terminal.print(
        "\(counted(report.didNotCompile, "mutant")) did not compile; \(they) not count.")
    }
    if report.equivalent > 0 {
      terminal.print(
        "\(counted(report.equivalent, "mutant")) recorded as equivalent did not run.")
    }
  }

  /// Runs the learner's tests against the reference code, then against its mutants, and says in
  /// plain words what they missed.
  private func gradeTests(of lesson: Lesson, target: Int) throws -> Bool {
    let tests = lesson.tests(of: try workspace.currentFiles(of: lesson))
    guard !tests.files.isEmpty else {
      throw WorkbookError.failure(
        "there are no tests in \(lesson.testsFolder) to grade; write some first")
    }
    let reference = lesson.production(of: lesson.state(after: lesson.steps.count))
    let run = try mutationRun(of: lesson, files: reference.merging(tests))
    terminal.print(
      "Grading your tests of lesson \(lesson.paddedNumber) with "
        + "\(counted(run.mutants.count, "mutant")) of the reference code.")
    terminal.print("Running your tests on the reference code …")
    let (outcome, timeLimit) = try run.runUnchanged()
    guard learnersTestsPass(outcome, lesson: lesson) else { return false }
    printTimeLimit(timeLimit)
    let report = try run.runMutants(timeLimit: timeLimit)
    terminal.print("")
    guard report.score != nil else {
      terminal.print("No mutant of the reference code compiled, so there is nothing to grade.")
      return true
    }
    let line =
      "Your tests caught \(report.killed) of \(counted(report.scored, "mutant")) "
      + "(\(report.percentage)); the target is \(target)%."
    terminal.print(terminal.paint(line, report.meets(target) ? .green : .red))
    report.timedOutLine.map(terminal.print)
    let missedVersions = try earlierVersionsPassed(by: run, of: lesson, timeLimit: timeLimit)
    guard !report.survivors.isEmpty || !missedVersions.isEmpty else {
      let versions =
        EarlierVersion.all(of: lesson).isEmpty ? "" : ", and reject each earlier version of it"
      terminal.print(
        "They notice each of the \(counted(report.scored, "fault")) the workbook made of this code"
          + "\(versions). A score is a floor, not a proof:")
      terminal.print(
        "it shows what your tests miss, never everything they should check. Read them once more.")
      return report.meets(target)
    }
    terminal.print("What your tests missed:")
    for mutant in report.survivors {
      terminal.print(
        "  Your tests still pass when \(mutant.description) in \(mutant.fileName) line "
          + "\(mutant.line): \(mutant.operator.gap).")
    }
    for version in missedVersions {
      terminal.print(
        "  Your tests pass the reference's code of step \(version.step.number) "
          + "(\(version.step.title)), which step \(version.rejectedBy.number)'s test rejects: "
          + "\"\(version.rejectedBy.title)\".")
    }
    terminal.print(
      "Write a test that fails for each of these, then run 'swift run workbook mutate --mine' again."
    )
    return report.meets(target) && missedVersions.isEmpty
  }

  /// Runs the learner's tests against each earlier version of the reference code, and returns
  /// the versions they pass although a later step of the lesson rejects them.
  private func earlierVersionsPassed(
    by run: MutationRun, of lesson: Lesson, timeLimit: TimeInterval
  ) throws -> [EarlierVersion] {
    let versions = EarlierVersion.all(of: lesson)
    guard !versions.isEmpty else { return [] }
    var passed: [EarlierVersion] = []
    for version in versions {
      let verdict = try run.tester.verdict(ofProduction: version.production, timeLimit: timeLimit)
      if verdict == .survived {
        passed.append(version)
      }
    }
    terminal.print(
      "Your tests reject \(versions.count - passed.count) of the "
        + "\(counted(versions.count, "earlier version")) of the reference code, the naive code it "
        + "wrote on the way.")
    return passed
  }

  /// The mutants of `files`' production code, to run against all of `files`.
  private func mutationRun(of lesson: Lesson, files: Snapshot) throws -> MutationRun {
    try MutationRun(
      lesson: lesson, files: files, workspace: workspace, runner: runner, terminal: terminal,
      pacer: pacer)
  }

  /// Says how long each mutant may run before it is stopped.
  private func printTimeLimit(_ seconds: TimeInterval) {
    terminal.print(
      "Each mutant may run for \(wholeSeconds(seconds)), building included; a longer run is "
        + "stopped and counts as killed.")
  }

  /// Says whether the learner's tests pass on the reference code, and what to do when not.
  private func learnersTestsPass(_ outcome: Outcome, lesson: Lesson) -> Bool {
    switch outcome {
    case .doesNotCompile(let errors):
      terminal.print(
        terminal.paint(
          "Your tests do not compile against the reference code of lesson \(lesson.paddedNumber):",
          .amber))
      for error in errors.prefix(5) {
        terminal.print("  \(error.located(relativeTo: workspace.root.path))")
      }
      terminal.print("Grading needs tests that use the names the lesson's reference code has.")
      terminal.print(
        "Tests of an exercise that adds names: move their file out of \(lesson.testsFolder) "
          + "while you grade the others.")
      return false
    case .ran(_, let failures) where !failures.isEmpty:
      terminal.print(
        terminal.paint(
          "Your tests do not pass against the reference code of lesson \(lesson.paddedNumber):",
          .red))
      for failure in failures {
        terminal.print("  ✘ \"\(failure.displayName)\" (\(failure.test)): \(failure.message)")
      }
      terminal.print(
        "Grading needs tests that pass on correct code; these expect something the lesson does not."
      )
      terminal.print(
        "Tests of an exercise that asks for more than the lesson: set them aside with "
          + "@Test(.disabled(\"an exercise\")) while you grade the others.")
      return false
    case .ran:
      terminal.print("Your tests pass against the reference code.")
      return true
    }
  }
}
