/// An outer test, such as an acceptance test, that a step expects to keep failing while the
/// inner unit-test cycles build what it needs: the double loop of acceptance-test-driven
/// development. A step lists them in its `step.json` as `outerStillRed`.
public struct StillRedTest: Codable, Equatable, Sendable {
  /// The test, named `Suite/function()`.
  public let test: String
  /// A fragment that the test's failure message must contain: the reason it is still red.
  public let message: String

  /// The outer test `test`, failing with a message that contains `message`.
  public init(test: String, message: String) {
    self.test = test
    self.message = message
  }
}

extension Outcome {
  /// The outcome as the inner loop sees it: the failures of the outer tests in `stillRed` set
  /// aside, every test that ran still listed.
  public func settingAside(_ stillRed: [StillRedTest]) -> Outcome {
    guard case .ran(let tests, let failures) = self, !stillRed.isEmpty else { return self }
    let outer = Set(stillRed.map(\.test))
    return .ran(tests: tests, failures: failures.filter { !outer.contains($0.test) })
  }
}

extension Lesson {
  /// The outer tests that may still fail once `step` is green: its own for a green or refactor
  /// step; for an amber or red step, those of the green step that solves it, so that an outer
  /// test the solution turns green must pass before the learner moves on.
  public func outerStillRed(onceGreen step: Step) -> [StillRedTest] {
    guard step.kind.isFailing else { return step.outerStillRed }
    return steps.dropFirst(step.number).first { !$0.kind.isFailing }?.outerStillRed ?? []
  }
}

extension Lesson {
  /// The outer tests that may fail at `step` while the learner works on it: those it keeps red,
  /// and those its solution still keeps red. An amber step runs no tests and so declares none;
  /// it inherits those of the step before it.
  public func outerStillRed(during step: Step) -> [StillRedTest] {
    let own =
      step.kind == .amber
      ? self.step(step.number - 1).map(outerStillRed(leftBy:)) ?? [] : step.outerStillRed
    guard !staysRed(step) else { return own }
    let later = outerStillRed(onceGreen: step).filter { test in
      !own.contains { $0.test == test.test }
    }
    return own + later
  }

  /// The outer tests still red after `step`: those it keeps red, or those it inherits when it
  /// is amber, and its own failing tests when it stays red.
  public func outerStillRed(leftBy step: Step) -> [StillRedTest] {
    var left = outerStillRed(during: step)
    if staysRed(step), case .failures(let tests, let message) = step.expectation {
      left += tests.map { StillRedTest(test: $0, message: message) }
    }
    return left
  }

  /// Whether the learner moves on from `step` while its tests still fail: a red step followed
  /// by another failing step, such as a new acceptance test that opens an outer loop.
  public func staysRed(_ step: Step) -> Bool {
    step.kind == .red && self.step(step.number + 1)?.kind.isFailing == true
  }
}
