import WorkbookCore

/// The step rules that the README's author section lists, as pure functions of a step and what
/// it did.
public enum StepRules {
  /// Checks what a step, turning `previous` into `state`, changed against what its kind may
  /// change.
  public static func changes(
    of step: Step, from previous: Snapshot, to state: Snapshot, in lesson: Lesson
  ) -> [Breach] {
    changes(
      of: step, changed: state.changedPaths(since: previous),
      testDoubles: lesson.testDoubles(of: previous).union(lesson.testDoubles(of: state)),
      in: lesson)
  }

  /// Checks the files in `changed` against what the step's kind may change.
  ///
  /// - Parameter testDoubles: the changed test files that declare no test. A break step may
  ///   change them with the role they play, and a green step that takes a break back may put
  ///   them back; for every other step they are tests.
  static func changes(
    of step: Step, changed: Set<String>, testDoubles: Set<String>, in lesson: Lesson
  ) -> [Breach] {
    var breaches: [Breach] = []
    if step.number == 1, !step.kind.isFailing {
      breaches.append(
        Breach(rule: "step 1 is a starting point: amber or red", seen: "a \(step.kind) step"))
    }
    guard !changed.isEmpty else {
      return breaches + [Breach(rule: "every step changes a file", seen: "no file changed")]
    }
    // Step 1 creates the starting point, which may include placeholder production files.
    guard step.number > 1 else { return breaches }
    let changesDoubles = step.kind == .break || (step.kind == .green && !step.undoes.isEmpty)
    let tests = changed.filter(lesson.isTestPath)
      .filter { !(changesDoubles && testDoubles.contains($0)) }.sorted()
    let code = changed.filter(lesson.isProductionPath).sorted()
    let allowed = lesson.rules.allows(
      step.kind, changingTests: !tests.isEmpty, changingCode: !code.isEmpty)
    if !allowed {
      // The files a step of this kind may not change: tests for a standard green or a break
      // step, production code for the others.
      let forbidden =
        (step.kind == .green && lesson.rules == .standard) || step.kind == .break ? tests : code
      let seen =
        step.kind == .refactor
        ? "changed both \(code[0]) and \(tests[0])"
        : "changed \(forbidden.joined(separator: ", "))"
      breaches.append(
        Breach(
          rule: "\(step.kind) changes \(lesson.rules.allowedChanges(of: step.kind))", seen: seen))
    }
    return breaches
  }

  /// Checks that a step has one to three hints, from a nudge to nearly the answer.
  static func hints(of step: Step) -> [Breach] {
    guard !(1...3).contains(step.hints.count) else { return [] }
    return [
      Breach(
        rule: "every step has one to three hints", seen: counted(step.hints.count, "hint"))
    ]
  }

  /// Checks a step's test run against what the step declares. The outer tests the step keeps
  /// red are checked on their own, then set aside for the rules of the step's kind.
  ///
  /// - Parameters:
  ///   - previousTests: the tests that ran at the step before, when it compiled.
  ///   - onlyTestsChanged: whether the step changed test files and nothing else.
  static func outcome(
    of step: Step, _ outcome: Outcome, previousTests: Set<String>?, onlyTestsChanged: Bool
  ) -> [Breach] {
    let inner = outcome.settingAside(step.outerStillRed)
    let outer = outerStillRed(of: step, outcome)
    switch step.expectation {
    case .compileError(let diagnostic):
      return outer + compileError(inner, declared: diagnostic)
    case .failures(let tests, let message):
      return outer + failures(inner, declared: Set(tests), message: message)
    case .breaks(let broken):
      return outer + breaks(inner, declared: broken)
    case .allPass:
      return outer
        + allPass(
          step.kind, inner, previousTests: previousTests, onlyTestsChanged: onlyTestsChanged)
    }
  }

  private static func compileError(_ outcome: Outcome, declared: String) -> [Breach] {
    let rule = "amber fails to compile with \"\(declared)\""
    switch outcome {
    case .doesNotCompile(let errors) where errors.contains { $0.message.contains(declared) }:
      return []
    case .doesNotCompile(let errors):
      let messages = errors.prefix(3).map(\.message).joined(separator: "; ")
      return [Breach(rule: rule, seen: "other errors: \(messages)")]
    case .ran(let tests, let failures):
      return [
        Breach(
          rule: rule, seen: "it compiled, and \(failures.count) of \(tests.count) test(s) failed")
      ]
    }
  }

  private static func failures(_ outcome: Outcome, declared: Set<String>, message: String)
    -> [Breach]
  {
    guard case .ran(let tests, let failures) = outcome else {
      return [Breach(rule: "red compiles", seen: "it does not compile: \(firstError(outcome))")]
    }
    let failing = Set(failures.map(\.test))
    var breaches: [Breach] = []
    if failing != declared {
      let unknown = declared.subtracting(tests).sorted()
      let naming =
        unknown.isEmpty
        ? ""
        : "; no test is named \(unknown.joined(separator: ", ")): name tests as Suite/function()"
      let seen =
        (failing.isEmpty
          ? "every test passed" : "failing: \(failing.sorted().joined(separator: ", "))") + naming
      breaches.append(
        Breach(rule: "red fails exactly \(declared.sorted().joined(separator: ", "))", seen: seen))
    }
    for failure in failures
    where declared.contains(failure.test) && !failure.message.contains(message) {
      breaches.append(
        Breach(
          rule: "red fails with \"\(message)\"",
          seen: "\(failure.test) failed with \"\(failure.message)\""))
    }
    return breaches
  }

  private static func allPass(
    _ kind: StepKind, _ outcome: Outcome, previousTests: Set<String>?, onlyTestsChanged: Bool
  ) -> [Breach] {
    let rule = "\(kind) passes every test"
    switch outcome {
    case .doesNotCompile:
      return [Breach(rule: rule, seen: "it does not compile: \(firstError(outcome))")]
    case .ran(_, let failures) where !failures.isEmpty:
      let names = failures.map(\.test).joined(separator: ", ")
      return [Breach(rule: rule, seen: "failing: \(names) (\(failures[0].message))")]
    case .ran(let tests, _):
      guard kind == .refactor, !onlyTestsChanged, let previousTests, previousTests != tests else {
        return []
      }
      let added = tests.subtracting(previousTests).sorted()
      let removed = previousTests.subtracting(tests).sorted()
      return [
        Breach(
          rule: "refactor keeps the same tests when production code changes",
          seen:
            "added [\(added.joined(separator: ", "))], removed [\(removed.joined(separator: ", "))]"
        )
      ]
    }
  }

  static func firstError(_ outcome: Outcome) -> String {
    guard case .doesNotCompile(let errors) = outcome, let first = errors.first else { return "" }
    return first.message
  }
}
