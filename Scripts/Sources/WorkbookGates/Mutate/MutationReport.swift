import Foundation
import WorkbookCore

/// The verdicts of one lesson's mutants, and the score they add up to.
public struct MutationReport {
  /// Each mutant with its verdict, in the order they ran.
  let results: [(mutant: Mutant, verdict: Verdict)]
  /// How long each mutant's run could take before it was stopped.
  let timeLimit: TimeInterval

  /// Mutants the tests noticed, crashes and timeouts included.
  public var killed: Int { results.count { $0.verdict.isKilled } }
  /// Mutants whose runs were stopped at the time limit.
  var timedOut: Int { results.count { $0.verdict == .timedOut } }
  /// Mutants every test passed with.
  public var survivors: [Mutant] { results.filter { $0.verdict == .survived }.map(\.mutant) }
  /// Mutants that did not compile.
  public var didNotCompile: Int { results.count { $0.verdict == .didNotCompile } }
  /// Mutants that compile and are not known to be equivalent: those the score counts.
  public var scored: Int { killed + survivors.count }

  /// The share of scored mutants that the tests killed, from 0 to 100, or nil when none counts.
  public var score: Double? {
    scored == 0 ? nil : Double(killed) * 100 / Double(scored)
  }

  /// Mutants recorded as equivalent, which were not run.
  public var equivalent: Int { results.count { $0.verdict.isEquivalent } }

  /// Whether the score reaches `target` percent; with nothing to count, there is nothing to miss.
  public func meets(_ target: Int) -> Bool {
    (score ?? 100) >= Double(target)
  }

  /// One line per operator that made mutants: how many, and what became of them.
  public var operatorLines: [String] {
    let width = MutationOperator.allCases.map(\.title.count).max() ?? 0
    return MutationOperator.allCases.compactMap { mutationOperator in
      let verdicts = results.filter { $0.mutant.operator == mutationOperator }.map(\.verdict)
      guard !verdicts.isEmpty else { return nil }
      let parts = [
        (verdicts.count { $0.isKilled }, "killed"),
        (verdicts.count { $0 == .survived }, "survived"),
        (verdicts.count { $0 == .didNotCompile }, "did not compile"),
        (verdicts.count { $0.isEquivalent }, "equivalent"),
      ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
      return "  \(mutationOperator.title.padded(to: width))  \(counted(verdicts.count, "mutant")): "
        + parts.joined(separator: ", ")
    }
  }

  /// A line that says how many mutants ran out of time and why they count as killed; nil when
  /// none did.
  public var timedOutLine: String? {
    guard timedOut > 0 else { return nil }
    let (was, it) = timedOut == 1 ? ("was", "it counts") : ("were", "they count")
    return "\(counted(timedOut, "mutant")) ran longer than \(wholeSeconds(timeLimit)) and \(was) "
      + "stopped; \(it) as killed."
  }

  /// The score as a whole percentage, such as "80%".
  public var percentage: String {
    score.map { "\(Int($0.rounded(.down)))%" } ?? "no score"
  }
}
