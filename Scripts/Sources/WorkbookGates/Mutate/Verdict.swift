/// What became of one mutant.
public enum Verdict: Equatable, Sendable {
  /// A test failed: the tests noticed the fault.
  case killed
  /// The test run crashed or stopped, which also means the tests noticed.
  case crashed
  /// The test run took longer than its time limit and was stopped, as an endless loop would.
  case timedOut
  /// Every test passed: the tests did not notice the fault.
  case survived
  /// The mutant did not compile, so it says nothing about the tests.
  case didNotCompile
  /// The lesson records this mutant as equivalent, for this reason; it is not run.
  case equivalent(String)

  /// The verdict in a progress line.
  var label: String {
    switch self {
    case .killed: "killed"
    case .crashed: "killed (the tests crashed)"
    case .timedOut: "killed (timed out)"
    case .survived: "survived"
    case .didNotCompile: "did not compile"
    case .equivalent: "equivalent, not run"
    }
  }

  /// Whether the tests noticed the mutant: a test failed, or the run crashed or ran out of time.
  var isKilled: Bool { [.killed, .crashed, .timedOut].contains(self) }

  /// Whether the lesson records the mutant as equivalent.
  var isEquivalent: Bool {
    if case .equivalent = self { true } else { false }
  }
}
