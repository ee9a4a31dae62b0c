import WorkbookCore

/// The workbook's verdict on the tests a learner wrote at a step whose test is theirs to write:
/// red as intended, or the first way in which they fall short.
///
/// The checks run in order, and grading stops at the first that fails:
/// 1. the new tests compile and at least one fails on the learner's code, on an expectation;
/// 2. they pass on the reference's code of the step that makes the behaviour green;
/// 3. they fail on the reference's code from before the step;
/// 4. they catch the mutants of the reference's code that the reference's own test catches.
///
/// In a double loop, checks 1 and 2 set aside the outer tests the lesson keeps red there: an
/// acceptance test that waits for the inner loop neither counts as the learner's red nor fails
/// their tests.
///
/// Under strict rules the green step writes its code in the tests, so checks 2 and 3 share one
/// run on the reference's code of the step before: the learner's earlier tests pass there and a
/// new one fails. Check 4 is not made (see `LearnerTestGrader`).
public enum TestGrade: Equatable, Sendable {
  /// The learner's test files hold no test that the step did not already give.
  case noNewTest
  /// Check 1: the tests do not compile against the learner's code.
  case doesNotCompile([Diagnostic])
  /// Check 1: the run stopped before the tests finished, as a crash or an endless loop does.
  case crashes(String)
  /// Check 1: every new test passes on the learner's code.
  case greenAtOnce(newTests: [String])
  /// Check 1: tests the step gave fail on the learner's code.
  case breaksGivenTests([TestFailure])
  /// Check 2: the tests do not compile against the reference's code of the green step (under
  /// strict rules, of the step before, whose production code the green step keeps).
  case doesNotCompileOnNewCode([Diagnostic], green: Step)
  /// Check 2: tests fail, or the run crashes, on the reference's code of the green step (under
  /// strict rules: tests the learner had before the step fail on the code of the step before).
  case failsOnNewCode([TestFailure], crash: String?, green: Step)
  /// Check 3: every new test passes on the reference's code from before the step.
  case passesOnOldCode(before: Step)
  /// Check 4: these mutants, which the reference's test catches, pass every test.
  case missesMutants([Mutant], green: Step)
  /// Every check holds: these new tests fail on the learner's code, as the step intends.
  case redAsIntended(failing: [TestFailure])

  /// Whether the learner's tests are red as the step intends.
  public var isRedAsIntended: Bool {
    if case .redAsIntended = self { true } else { false }
  }
}

extension TestGrade: CustomStringConvertible {
  /// The grade in a few words that follow "the test": "passes on the code of step 2".
  public var description: String {
    switch self {
    case .noNewTest: "adds no test"
    case .doesNotCompile(let errors): "does not compile: \(errors.first?.message ?? "")"
    case .crashes(let message): "crashes: \(message)"
    case .greenAtOnce: "passes at once"
    case .breaksGivenTests(let failures):
      "makes earlier tests fail: \(failures.map(\.test).joined(separator: ", "))"
    case .doesNotCompileOnNewCode(let errors, let green):
      "does not compile on the code of step \(green.number): \(errors.first?.message ?? "")"
    case .failsOnNewCode(let failures, let crash, let green):
      "fails on the code of step \(green.number): "
        + (crash ?? failures.map { "\($0.test) (\($0.message))" }.joined(separator: ", "))
    case .passesOnOldCode(let before): "passes on the code of step \(before.number)"
    case .missesMutants(let mutants, _):
      "misses mutants: \(mutants.map { "\($0.description) (line \($0.line))" }.joined(separator: ", "))"
    case .redAsIntended: "is red as intended"
    }
  }
}
