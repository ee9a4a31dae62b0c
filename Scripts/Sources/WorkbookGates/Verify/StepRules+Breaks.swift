import WorkbookCore

extension StepRules {
  /// Checks the run of a break step: exactly the declared tests fail, each with a message that
  /// holds its own fragment. It names the tests that broke beyond those declared and the
  /// declared ones that passed, since either means the lesson's text tells a wrong story.
  static func breaks(_ outcome: Outcome, declared: [StillRedTest]) -> [Breach] {
    guard case .ran(_, let failures) = outcome else {
      return [Breach(rule: "break compiles", seen: "it does not compile: \(firstError(outcome))")]
    }
    let expected = Set(declared.map(\.test))
    let failing = Set(failures.map(\.test))
    var breaches: [Breach] = []
    if failing != expected {
      let rule =
        expected.isEmpty
        ? "break breaks no test"
        : "break fails exactly \(expected.sorted().joined(separator: ", "))"
      let extra = failing.subtracting(expected).sorted()
      let passed = expected.subtracting(failing).sorted()
      let seen = [
        extra.isEmpty ? nil : "it also breaks \(extra.joined(separator: ", "))",
        passed.isEmpty ? nil : "\(passed.joined(separator: ", ")) passed",
      ].compactMap { $0 }
      breaches.append(Breach(rule: rule, seen: seen.joined(separator: "; ")))
    }
    for broken in declared {
      guard let failure = failures.first(where: { $0.test == broken.test }),
        !failure.message.contains(broken.message)
      else { continue }
      breaches.append(
        Breach(
          rule: "\(broken.test) breaks with \"\(broken.message)\"",
          seen: "it failed with \"\(failure.message)\""))
    }
    return breaches
  }
}
