import Foundation
import WorkbookCore

/// Runs a lesson's files with each of some mutants in place, spread over several scratch
/// packages so that as many run at once as there are packages.
struct MutantRuns: Sendable {
  /// The lesson's files without any fault: production code and tests.
  let files: Snapshot
  /// The packages the mutants run in.
  let scratches: [ScratchPackage]
  /// What runs the tests.
  let runner: any TestRunner
  /// Told how many mutants have run so far, after each run, from any thread.
  var onRun: @Sendable (_ done: Int) -> Void = { _ in }

  /// How one mutant's run ended.
  enum Ending: Equatable {
    /// The tests ran, and showed this.
    case ran(Outcome)
    /// The run stopped before the tests finished: the mutant crashes them, every time.
    case crashed
    /// The run was stopped: at its time limit, as a fault that loops forever makes it, or as
    /// any run may be on a busy machine; or by Ctrl-C, or by a save during the run.
    case stopped

    /// What the tests showed; nil when they did not finish.
    var outcome: Outcome? {
      guard case .ran(let outcome) = self else { return nil }
      return outcome
    }
  }

  /// What each run showed, in the order of `mutants`; nil for a run that crashed or ran longer
  /// than `timeLimit` seconds, as a fault that loops forever makes it.
  func outcomes(of mutants: [Mutant], timeLimit: TimeInterval) throws -> [Outcome?] {
    try endings(of: mutants, timeLimit: timeLimit).map(\.outcome)
  }

  /// How each run ended, in the order of `mutants`.
  func endings(of mutants: [Mutant], timeLimit: TimeInterval) throws -> [Ending] {
    let lanes = Array(scratches.prefix(max(1, min(scratches.count, mutants.count))))
    let limited = runner.limited(to: timeLimit)
    let done = Locked(0)
    let results = try inParallel(
      lanes.indices.map { lane in
        { @Sendable in
          try stride(from: lane, to: mutants.count, by: lanes.count).map { index in
            var mutated = files
            mutated.files[mutants[index].file] = Data(mutants[index].mutatedFile.utf8)
            try lanes[lane].update(to: mutated)
            let ending: Ending
            do {
              ending = .ran(try lanes[lane].runTests(with: limited).outcome)
            } catch WorkbookError.timedOut, WorkbookError.interrupted, WorkbookError.cancelled {
              ending = .stopped
            } catch {
              ending = .crashed
            }
            onRun(
              done.withLock {
                $0 += 1
                return $0
              })
            return (index, ending)
          }
        }
      })
    return results.joined().sorted { $0.0 < $1.0 }.map(\.1)
  }
}
