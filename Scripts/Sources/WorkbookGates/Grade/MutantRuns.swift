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

  /// What each run showed, in the order of `mutants`; nil for a run that crashed or ran longer
  /// than `timeLimit` seconds, as a fault that loops forever makes it.
  func outcomes(of mutants: [Mutant], timeLimit: TimeInterval) throws -> [Outcome?] {
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
            let outcome = try? lanes[lane].runTests(with: limited).outcome
            onRun(
              done.withLock {
                $0 += 1
                return $0
              })
            return (index, outcome)
          }
        }
      })
    return results.joined().sorted { $0.0 < $1.0 }.map(\.1)
  }
}
