import Foundation
import WorkbookCore

/// Runs a lesson's tests against mutants of its production code, one at a time, in a scratch
/// package: the working tree is only ever read.
public struct MutationTester {
  /// The package the mutants are written to and tested in.
  let scratch: ScratchPackage
  /// What runs the tests.
  let runner: any TestRunner
  /// The lesson's files without any fault: production code and tests.
  let files: Snapshot

  /// Runs the tests on the files as they are, which must pass before any mutant means anything,
  /// and says how long the run took, building included.
  func runUnchanged() throws -> (outcome: Outcome, seconds: TimeInterval) {
    try scratch.update(to: files)
    let started = scratch.pacer.now()
    let outcome = try scratch.runTests(with: runner).outcome
    return (outcome, scratch.pacer.now().timeIntervalSince(started))
  }

  /// How long the run of a mutant may take when the unchanged run took `seconds`: ten times as
  /// long, and at least 20 s, so that a mutant that makes a loop endless is stopped while a
  /// slow build is not.
  static func timeLimit(afterUnchangedRunOf seconds: TimeInterval) -> TimeInterval {
    max(10 * seconds, 20)
  }

  /// Runs the tests with `mutant` in place of its file, stopping a run after `timeLimit` seconds.
  func verdict(of mutant: Mutant, timeLimit: TimeInterval) throws -> Verdict {
    var mutated = files
    mutated.files[mutant.file] = Data(mutant.mutatedFile.utf8)
    return try verdict(of: mutated, timeLimit: timeLimit)
  }

  /// Runs the tests with `production` in place of all the production code, stopping a run after
  /// `timeLimit` seconds.
  public func verdict(ofProduction production: Snapshot, timeLimit: TimeInterval) throws -> Verdict
  {
    try verdict(of: scratch.lesson.tests(of: files).merging(production), timeLimit: timeLimit)
  }

  private func verdict(of mutated: Snapshot, timeLimit: TimeInterval) throws -> Verdict {
    try scratch.update(to: mutated)
    let outcome: Outcome
    do {
      outcome = try scratch.runTests(with: runner.limited(to: timeLimit)).outcome
    } catch WorkbookError.timedOut {
      return .timedOut
    } catch {
      return .crashed
    }
    switch outcome {
    case .doesNotCompile: return .didNotCompile
    case .ran(_, let failures): return failures.isEmpty ? .survived : .killed
    }
  }
}
