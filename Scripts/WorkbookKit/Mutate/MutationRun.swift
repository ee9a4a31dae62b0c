import Foundation

/// One lesson's mutants, ready to run in the lesson's scratch package with progress lines.
struct MutationRun {
  /// The lesson whose code is mutated.
  let lesson: Lesson
  /// The workbook that runs the tests and prints the progress.
  let workbook: Workbook
  /// What runs each mutant in the lesson's scratch package.
  let tester: MutationTester
  /// The mutants of the lesson's production files.
  let mutants: [Mutant]
  /// The mutants the lesson records as equivalent.
  let equivalents: EquivalentMutants
  /// How many production files were mutated.
  let productionFiles: Int

  /// Makes the mutants of the production files in `files`, to run in
  /// `.build/workbook/mutate/<slug>`.
  init(lesson: Lesson, files: Snapshot, workbook: Workbook) throws {
    var production: [String: String] = [:]
    for (path, data) in files.files
    where path.hasPrefix(lesson.kataFolder) && path.hasSuffix(".swift") {
      production[path] = String(decoding: data, as: UTF8.self)
    }
    self.lesson = lesson
    self.workbook = workbook
    productionFiles = production.count
    mutants = Mutator().mutants(of: production)
    equivalents = try EquivalentMutants.load(for: lesson, in: workbook.workspace)
    let folder = workbook.workspace.root
      .appendingPathComponent(".build/workbook/mutate/\(lesson.entry.slug)")
    tester = MutationTester(
      scratch: ScratchPackage(folder: folder, lesson: lesson, pacer: workbook.pacer),
      runner: workbook.runner, files: files)
  }

  /// How many of the mutants the lesson records as equivalent.
  var knownEquivalent: Int { mutants.count { equivalents.reason(for: $0) != nil } }

  /// Runs the tests on the unmutated files, with compiler paths shown as in the working tree,
  /// and says how long the run of each mutant may take.
  func runUnchanged() throws -> (outcome: Outcome, mutantTimeLimit: TimeInterval) {
    let (outcome, seconds) = try tester.runUnchanged()
    return (
      outcome.relocated(from: tester.scratch.folder.path, to: workbook.workspace.root.path),
      MutationTester.timeLimit(afterUnchangedRunOf: seconds)
    )
  }

  /// Runs every mutant that is not known to be equivalent, printing a line for each; a run that
  /// takes longer than `timeLimit` seconds is stopped.
  func runMutants(timeLimit: TimeInterval) throws -> MutationReport {
    let started = Date()
    let terminal = workbook.terminal
    let width = String(mutants.count).count
    var results: [(mutant: Mutant, verdict: Verdict)] = []
    for mutant in mutants {
      let verdict =
        try equivalents.reason(for: mutant).map(Verdict.equivalent)
        ?? tester.verdict(of: mutant, timeLimit: timeLimit)
      results.append((mutant, verdict))
      let number = String(mutant.id).padded(to: width)
      terminal.print(
        "  mutant \(number) of \(mutants.count)  \(verdict.label.padded(to: 26))  "
          + "\(mutant.operator.title), \(mutant.fileName):\(mutant.line)")
    }
    let seconds = Date().timeIntervalSince(started)
    let ran = results.count { !$0.verdict.isEquivalent }
    terminal.print(
      String(format: "  %.1f s, %.1f s per mutant", seconds, seconds / Double(max(ran, 1))))
    return MutationReport(results: results, timeLimit: timeLimit)
  }
}
