import WorkbookCore

/// What grading a learner's test is doing, reported as it goes: a grading runs the tests many
/// times and may take minutes, which should not pass in silence.
public enum GradingPhase: Equatable, Sendable {
  /// Checks 1 to 3: the learner's tests run on their code and on the reference's code from
  /// before and after the step, the three at once; `green` is the step after.
  case threeWays(green: Int)
  /// Check 4, once per step: `done` of `total` mutants of the reference's code have run
  /// against the reference's test, to find the faults it catches; none yet as it starts.
  case findingCatches(done: Int, total: Int)
  /// Check 4: `done` of `total` of those faults have run against the learner's tests; none yet
  /// as it starts.
  case mutants(done: Int, total: Int)

  /// The phase in one line, for the learner.
  public var line: String {
    switch self {
    case .threeWays(let green):
      "Grading your tests: on your code, and on the reference's code before and after "
        + "step \(green), at once …"
    case .findingCatches(0, let total):
      "Grading your tests: finding the faults the reference's test catches among "
        + "\(counted(total, "mutant")), once for this step …"
    case .findingCatches(let done, let total):
      "Grading your tests: finding the faults the reference's test catches, mutant \(done) of "
        + "\(total)"
    case .mutants(0, let total):
      "Grading your tests: against the \(counted(total, "fault")) that the reference's test "
        + "catches …"
    case .mutants(let done, let total):
      "Grading your tests: against the faults the reference's test catches, mutant \(done) of "
        + "\(total)"
    }
  }

  /// Whether the `done`th of `total` runs is worth a line: the start (none done), the first,
  /// the last, and one at every quarter, so that a long phase says a few times how far it has
  /// come.
  public static func isMilestone(_ done: Int, of total: Int) -> Bool {
    let quarter = (total + 3) / 4
    return done == 1 || done == total || done % max(1, quarter) == 0
  }

  /// Whether the phase is worth a line: a phase of runs only at its milestones.
  public var isWorthALine: Bool {
    switch self {
    case .threeWays: true
    case .findingCatches(let done, let total), .mutants(let done, let total):
      Self.isMilestone(done, of: total)
    }
  }
}
