import Foundation
import WorkbookCore

/// Replays every step of a lesson in a scratch package and checks each against the rules.
public struct Verifier: Sendable {
  /// The workspace whose lessons are checked; its working tree is only read.
  public let workspace: Workspace
  /// What builds and runs the tests.
  public let runner: any TestRunner
  /// Where the scratch packages live, one folder per lesson.
  public let scratchFolder: URL
  /// The clock the scratch packages wait on.
  public var pacer = Pacer.realTime

  /// Creates a verifier whose scratch packages live in `.build/workbook/verify/`.
  public init(workspace: Workspace, runner: any TestRunner) {
    self.init(
      workspace: workspace, runner: runner,
      scratchFolder: workspace.root.appendingPathComponent(".build/workbook/verify"))
  }

  /// Creates a verifier whose scratch packages live in `scratchFolder`.
  public init(workspace: Workspace, runner: any TestRunner, scratchFolder: URL) {
    self.workspace = workspace
    self.runner = runner
    self.scratchFolder = scratchFolder
  }

  /// Replays `lesson` and returns every broken rule; `report` hears about each step as it runs.
  ///
  /// - Parameter rendering: whether to rewrite the generated blocks of the lesson's text from
  ///   the steps and their runs, instead of reporting the blocks that differ.
  public func verify(
    _ lesson: Lesson, rendering: Bool = false, report: (Step, Outcome) -> Void = { _, _ in }
  ) throws -> [Violation] {
    let scratch = ScratchPackage(
      folder: scratchFolder.appendingPathComponent(lesson.entry.slug), lesson: lesson, pacer: pacer)
    var violations: [Violation] = []
    var previous = Snapshot()
    var previousTests: Set<String>?
    var outputs: [LessonText.Source: String] = [:]
    var history = ContinuityRules.History()
    var learnerWritten = ContinuityRules.LearnerWrittenTests(rules: lesson.rules)
    var previousSources: [String: String] = [:]
    let audited = auditedSteps(of: lesson)
    for step in lesson.steps {
      let state = step.applied(to: previous)
      let changed = state.changedPaths(since: previous)
      let sources = ContinuityRules.tests(of: state, in: lesson)
      var breaches =
        StepRules.changes(of: step, from: previous, to: state, in: lesson)
        + StepRules.hints(of: step)
        + StrictRules.expectations(of: step, from: previous, to: state, in: lesson)
        + ContinuityRules.tests(
          of: step, before: previousSources, after: sources, rules: lesson.rules)
        + history.check(step, from: previous, to: state)
        + learnerWritten.check(step, before: previousSources, after: sources)
      previousSources = sources
      try scratch.update(to: state)
      let run = try scratch.runTests(with: runner)
      let outcome = run.outcome
      report(step, outcome)
      let broken = StepRules.outcome(
        of: step, outcome, previousTests: previousTests,
        // Under strict rules a refactor moves code out of the tests: it keeps every test anyway.
        onlyTestsChanged: lesson.rules == .standard && !changed.isEmpty
          && changed.allSatisfy(lesson.isTestPath))
      // A run that does not show what its step declares, say a compile error after a rename,
      // would put the wrong output into the lesson text: its blocks are not written.
      if broken.isEmpty {
        outputs[.check(step: step.number)] = outcome.summary(relativeTo: scratch.folder.path)
          .joined(separator: "\n")
        outputs[.swiftTest(step: step.number)] = ConsoleOutput.normalised(
          run.console, relativeTo: [scratch.folder.path])
        if case .ran = outcome {
          outputs[.breaks(step: step.number)] = BreakTally(outcome).lines.joined(separator: "\n")
        }
        if audited.contains(step.number), case .ran = outcome {
          outputs[.audit(step: step.number)] = try audit(
            lesson, at: state, firstRun: run, in: scratch)
        }
      }
      breaches += broken
      violations += breaches.map {
        Violation(lesson: lesson.entry.slug, step: step.label, rule: $0.rule, seen: $0.seen)
      }
      if case .ran(let tests, _) = outcome {
        previousTests = tests
      } else {
        previousTests = nil
      }
      previous = state
    }
    violations += try LearnerStepProof(
      lesson: lesson, root: workspace.root, scratchFolder: scratchFolder, runner: runner,
      pacer: pacer
    ).violations()
    violations += try ShippedCatchesCheck(
      lesson: lesson, root: workspace.root, scratchFolder: scratchFolder, runner: runner,
      pacer: pacer
    ).violations(updating: rendering)
    if let mismatch = try differenceFromMain(of: lesson, finalState: previous) {
      violations.append(
        Violation(
          lesson: lesson.entry.slug, step: nil, rule: "the last step equals main",
          seen: mismatch))
    }
    let text = LessonTextCheck(workspace: workspace, lesson: lesson, outputs: outputs)
    return violations + (try text.violations(updating: rendering))
  }

  /// The steps whose audit the lesson's text shows.
  private func auditedSteps(of lesson: Lesson) -> Set<Int> {
    let text = LessonText(workspace.text(at: "\(lesson.lessonFolder)README.md") ?? "")
    return Set(
      text.blocks().compactMap { block in
        guard case .audit(let step) = block.source else { return nil }
        return step
      })
  }

  /// What `workbook audit` says about the tests of `state`, which `scratch` holds and has just
  /// run once in `firstRun`, over `LessonText.auditRuns` runs in all, with its times rounded.
  private func audit(
    _ lesson: Lesson, at state: Snapshot, firstRun: TestRun, in scratch: ScratchPackage
  )
    throws -> String
  {
    var runs = [firstRun]
    while runs.count < LessonText.auditRuns {
      runs.append(try scratch.runTests(with: runner, building: false))
    }
    let sources = lesson.tests(of: state).filtered { $0.hasSuffix(".swift") }.texts
    let report = AuditReport(
      lesson: lesson, analysis: RunAnalysis(runs), scan: TestSourceScan(files: sources),
      times: .rounded)
    return ([AuditReport.heading(of: lesson, runs: runs.count)] + report.lines)
      .joined(separator: "\n")
  }

  private func differenceFromMain(of lesson: Lesson, finalState: Snapshot) throws -> String? {
    let main = try workspace.currentFiles(of: lesson)
    let differing = main.changedPaths(since: finalState).sorted()
    guard let first = differing.first else { return nil }
    let more = differing.count > 1 ? " and \(differing.count - 1) more" : ""
    return "\(first)\(more) \(differing.count > 1 ? "differ" : "differs") between the last step "
      + "and the working tree; record the change as a step, or put the lesson back with "
      + "'swift run workbook reset \(lesson.paddedNumber)'"
  }
}
