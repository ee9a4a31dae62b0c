import Foundation
import WorkbookCore

/// One lesson's mutants, ready to run in the lesson's scratch package with progress lines.
public struct MutationRun {
  /// The lesson whose code is mutated.
  let lesson: Lesson
  /// Where the progress lines go.
  let terminal: Terminal
  /// The clock that times the run.
  let pacer: Pacer
  /// The working tree's folder, which compiler messages name instead of the scratch package's.
  let root: URL
  /// What runs each mutant in the lesson's scratch package.
  public let tester: MutationTester
  /// The mutants of the lesson's production files.
  public let mutants: [Mutant]
  /// The mutants the lesson records as equivalent.
  public let equivalents: EquivalentMutants
  /// How many production files were mutated.
  public let productionFiles: Int

  /// Makes the mutants of the production files in `files`, to run with `runner` in
  /// `.build/workbook/mutate/<slug>` of `workspace`, printing to `terminal`.
  public init(
    lesson: Lesson, files: Snapshot, workspace: Workspace, runner: any TestRunner,
    terminal: Terminal, pacer: Pacer
  ) throws {
    let production = lesson.production(of: files).filtered { $0.hasSuffix(".swift") }.texts
    self.lesson = lesson
    self.terminal = terminal
    self.pacer = pacer
    root = workspace.root
    productionFiles = production.count
    mutants = Mutator().mutants(of: production)
    equivalents = try EquivalentMutants.load(for: lesson, in: workspace)
    tester = MutationTester(
      scratch: .of("mutate", for: lesson, in: workspace, pacer: pacer), runner: runner,
      files: files)
  }

  /// How many of the mutants the lesson records as equivalent.
  public var knownEquivalent: Int { mutants.count { equivalents.reason(for: $0) != nil } }

  /// Runs the tests on the unmutated files, with compiler paths shown as in the working tree,
  /// and says how long the run of each mutant may take.
  public func runUnchanged() throws -> (outcome: Outcome, mutantTimeLimit: TimeInterval) {
    let (outcome, seconds) = try tester.runUnchanged()
    return (
      outcome.relocated(from: tester.scratch.folder.path, to: root.path),
      MutationTester.timeLimit(afterUnchangedRunOf: seconds)
    )
  }

  /// Runs every mutant that is not known to be equivalent, printing a line for each; a run that
  /// takes longer than `timeLimit` seconds is stopped.
  public func runMutants(timeLimit: TimeInterval) throws -> MutationReport {
    let started = pacer.now()
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
    let seconds = pacer.now().timeIntervalSince(started)
    let ran = results.count { !$0.verdict.isEquivalent }
    terminal.print(
      String(format: "  %.1f s, %.1f s per mutant", seconds, seconds / Double(max(ran, 1))))
    return MutationReport(results: results, timeLimit: timeLimit)
  }
}
