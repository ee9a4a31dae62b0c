import WorkbookCore
import WorkbookGates

extension TestGradeReport {
  /// What `check` says instead under strict rules, where the learner's green is written in the
  /// test and the reference's code of the step before is the code their tests build on; nil for
  /// a verdict that reads the same as under standard rules.
  var strictLines: [String]? {
    switch grade {
    case .doesNotCompileOnNewCode(let errors, let before):
      return [
        "Your tests do not compile against the reference's code of step \(before.number) "
          + "(\(before.title)), the code that this step and the next build on:"
      ] + shown(errors) + [
        "Under strict rules your moves must give the names the reference's moves gave: compare "
          + "your code with it ('swift run workbook peek'), rename to match, then run check again."
      ]
    case .failsOnNewCode(let failures, let crash, let before):
      let why =
        crash.map { ["  It crashed: \($0)"] }
        ?? failures.map { "  ✘ \"\($0.displayName)\" (\($0.test)): \($0.message)" }
      return [
        "Tests you had before this step fail on the reference's code of step \(before.number) "
          + "(\(before.title)), the code that this step and the next build on:"
      ] + why + [
        "Under strict rules their logic has moved out of the tests into that code, so they must "
          + "pass on the reference's. Compare your code with it ('swift run workbook peek'),",
        "make the moves it made, and keep your earlier tests' expectations, then run check again.",
      ]
    case .redAsIntended(let failing):
      let names = failing.map(\.test).joined(separator: ", ")
      return [
        "Your test is red as intended\(names.isEmpty ? "" : " (\(names))"): it fails on your "
          + "code and on the reference's, on an expectation, while your other tests pass on both.",
        "Next, under strict rules: make it pass with code inside the test, around its #expect "
          + "lines, which stay as they are now,",
        "then run 'swift run workbook check' again. Stuck? swift run workbook hint",
      ]
    default:
      return nil
    }
  }

  /// The verdict in one line under strict rules, for watch; nil where it reads as usual.
  var strictSummary: String? {
    switch grade {
    case .doesNotCompileOnNewCode:
      "your tests use names the reference's code lacks · next: fix them"
    case .failsOnNewCode: "earlier tests fail on the reference's code · next: follow its moves"
    case .redAsIntended: "your test is red as intended · next: make it pass inside the test"
    default: nil
    }
  }
}
