import Foundation

extension Outcome {
  /// How many failures of one test the summary shows: the first few say what is wrong, and a
  /// loop of expectations would bury the other tests.
  static let issuesShown = 3

  /// The colour of the run and what failed, with paths relative to `root`: the part of the
  /// report that depends only on the run, which `check` prints and lesson texts show.
  public func summary(relativeTo root: String) -> [String] {
    switch self {
    case .doesNotCompile(let errors):
      // Files compile in parallel, so errors arrive in any order: place order reads the same.
      let shown = errors.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        .prefix(3).map { "  " + $0.located(relativeTo: root) }
      let more = errors.count > 3 ? ["  … and \(counted(errors.count - 3, "more error"))"] : []
      return ["AMBER: the code does not compile, so no test runs."] + shown + more
    case .ran(let tests, let failures) where failures.isEmpty:
      return [
        tests.count == 1 ? "GREEN: the test passes." : "GREEN: all \(tests.count) tests pass."
      ]
    case .ran(let tests, let failures):
      var lines = ["RED: \(failures.count) of \(tests.count) tests fail."]
      // Tests run in parallel, so failures arrive in any order: name order reads the same each run.
      for failure in failures.sorted(by: { $0.test < $1.test }) {
        lines.append("  ✘ \"\(failure.displayName)\" (\(failure.test))")
        for issue in failure.issues.prefix(Self.issuesShown) {
          // Tests live in Tests/<Module>/, so the location reads as a path from the root.
          let location = issue.location.map { "Tests/\($0)" }
          let place = [location, issue.message].compactMap { $0 }.joined(separator: ": ")
          lines.append("    " + (issue.arguments.map { "with \($0): " } ?? "") + place)
        }
        if failure.issues.count > Self.issuesShown {
          let more = counted(failure.issues.count - Self.issuesShown, "more failing expectation")
          lines.append("    … and \(more)")
        }
      }
      return lines
    }
  }
}
