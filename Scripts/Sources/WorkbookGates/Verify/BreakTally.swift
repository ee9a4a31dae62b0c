import WorkbookCore

/// How many tests of each suite a run broke, and which: the numbers a lesson that compares
/// test suites shows, taken from the run rather than typed.
///
/// ```
/// CheckoutSagaTests: 2 of 9 tests broken
///   CheckoutSagaTests/compensatesInReverseOrder()
///   CheckoutSagaTests/refundsTheCharge()
/// IdempotencyKeyTests: 0 of 2 tests broken
/// ```
public struct BreakTally: Equatable {
  /// One line per suite, in order of their names, each followed by its broken tests, indented.
  public let lines: [String]

  /// The tally of `outcome`; a run that did not compile has none.
  public init(_ outcome: Outcome) {
    guard case .ran(let tests, let failures) = outcome else {
      lines = []
      return
    }
    let broken = Set(failures.map(\.test))
    let suites = Dictionary(grouping: tests) {
      $0.split(separator: "/").first.map(String.init) ?? $0
    }
    lines = suites.keys.sorted().flatMap { suite in
      let all = suites[suite] ?? []
      let failing = all.filter(broken.contains).sorted()
      return ["\(suite): \(failing.count) of \(counted(all.count, "test")) broken"]
        + failing.map { "  \($0)" }
    }
  }
}
