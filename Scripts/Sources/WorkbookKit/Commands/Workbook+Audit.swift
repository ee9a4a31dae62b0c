import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Runs the suite of one lesson, or of every lesson, `runs` times and checks it against FIRST.
  func audit(_ name: String?, runs: Int) throws -> Int32 {
    let lessons =
      try name.map { [try workspace.lessons.lesson(named: $0)] } ?? workspace.lessons.allLessons()
    var problems = 0
    for (index, lesson) in lessons.enumerated() {
      if index > 0 { terminal.print("") }
      problems += try audit(lesson, runs: runs).problems
    }
    if lessons.count > 1 {
      terminal.print(
        "\(lessons.count) lessons audited; "
          + (problems == 0
            ? "each passes the FIRST audit." : "FIRST is broken in \(counted(problems, "place"))."))
    }
    return problems == 0 ? 0 : 1
  }

  /// Audits one lesson's suite as it is in the working tree, in a scratch package of its own.
  private func audit(_ lesson: Lesson, runs: Int) throws -> AuditReport {
    terminal.print(AuditReport.heading(of: lesson, runs: runs))
    let files = try workspace.currentFiles(of: lesson)
    let scratch = ScratchPackage.of("audit", for: lesson, in: workspace, pacer: pacer)
    try scratch.update(to: files)
    let started = pacer.now()
    var built = started
    var testRuns: [TestRun] = []
    for run in 0..<runs {
      let testRun = try scratch.runTests(with: runner, building: run == 0)
      if case .doesNotCompile = testRun.outcome {
        throw WorkbookError.failure(
          "the tests of lesson \(lesson.paddedNumber) do not compile, so they cannot be audited; "
            + "'swift run workbook check' shows why")
      }
      if run == 0 { built = pacer.now() }
      testRuns.append(testRun)
    }
    let others = pacer.now().timeIntervalSince(built)
    terminal.print(
      String(
        format: "The first run, with the build, took %.1f s; the other %d took %.2f s each.",
        built.timeIntervalSince(started), runs - 1, others / Double(max(runs - 1, 1))))
    let sources = lesson.tests(of: files).filtered { $0.hasSuffix(".swift") }.texts
    let report = AuditReport(
      lesson: lesson, analysis: RunAnalysis(testRuns), scan: TestSourceScan(files: sources))
    for line in report.lines {
      terminal.print(painted(line))
    }
    return report
  }

  /// `line` with its tick in green or its cross in red, when colour is on.
  private func painted(_ line: String) -> String {
    for (mark, colour) in [("✓", Colour.green), ("✗", Colour.red)]
    where line.hasPrefix("  \(mark) ") {
      return "  " + terminal.paint(mark, colour) + line.dropFirst(3)
    }
    return line
  }
}
