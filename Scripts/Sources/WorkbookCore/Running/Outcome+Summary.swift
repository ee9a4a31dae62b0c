import Foundation

extension Outcome {
  /// The colour of the run and what failed, with paths relative to `root`: the part of the
  /// report that depends only on the run, which `check` prints and lesson texts show.
  public func summary(relativeTo root: String) -> [String] {
    switch self {
    case .doesNotCompile(let errors):
      let shown = errors.prefix(3).map { "  " + $0.located(relativeTo: root) }
      let more = errors.count > 3 ? ["  … and \(counted(errors.count - 3, "more error"))"] : []
      return ["AMBER: the code does not compile, so no test runs."] + shown + more
    case .ran(let tests, let failures) where failures.isEmpty:
      return [
        tests.count == 1 ? "GREEN: the test passes." : "GREEN: all \(tests.count) tests pass."
      ]
    case .ran(let tests, let failures):
      var lines = ["RED: \(failures.count) of \(tests.count) tests fail."]
      for failure in failures {
        lines.append("  ✘ \"\(failure.displayName)\" (\(failure.test))")
        // Tests live in Tests/<Module>/, so the location reads as a path from the root.
        let location = failure.location.map { "Tests/\($0)" }
        lines.append(
          "    " + [location, failure.message].compactMap { $0 }.joined(separator: ": "))
      }
      return lines
    }
  }
}
