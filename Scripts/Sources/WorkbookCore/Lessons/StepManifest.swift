/// The contents of a step's `step.json`: everything about a step except the files it writes.
public struct StepManifest: Codable, Equatable {
  var kind: StepKind
  var title: String
  /// For amber steps: a fragment of the compiler error the tests must produce.
  public var diagnostic: String?
  /// For red steps: the tests that must fail, named `Suite/function()`.
  public var failing: [String]?
  /// For red steps: a fragment of the failure message each failing test must show.
  public var message: String?
  /// For red and amber steps whose test is the learner's to write: what to test.
  public var learnerWrites: LearnerWrites?
  public var hints: [String]?
  var deleted: [String]?
  /// The earlier steps whose change this step takes back on purpose, by number.
  public var undoes: [Int]?
  /// For red, green and refactor steps: the outer tests that must keep failing, each with a
  /// fragment of its failure message.
  public var outerStillRed: [StillRedTest]?
  /// For break steps: the tests the step's change breaks, each with a fragment of its failure
  /// message; empty when no test notices the change.
  public var breaks: [StillRedTest]?

  /// A manifest of `kind` and `title` that deletes `deleted`, with no expectation or hints yet.
  public init(kind: StepKind, title: String, deleted: [String]? = nil) {
    self.kind = kind
    self.title = title
    self.deleted = deleted
  }

  /// The keys a `step.json` may hold, in the order a reader meets them.
  static let keys = [
    "kind", "title", "diagnostic", "failing", "message", "learnerWrites", "hints", "deleted",
    "undoes", "outerStillRed", "breaks",
  ]

  /// The expectation the manifest declares, or a reason why it declares none that fits its kind.
  func expectation() -> Result<Expectation, ManifestProblem> {
    if let problem = outerStillRedProblem() { return .failure(problem) }
    if let learnerWrites {
      guard kind.isFailing else {
        return .failure(ManifestProblem("only a red or amber step can be the learner's to write"))
      }
      guard learnerWrites.isComplete else {
        return .failure(
          ManifestProblem(#""learnerWrites" needs a "behaviour" and a "goodFailure""#))
      }
    }
    if breaks != nil, kind != .break {
      return .failure(ManifestProblem(#"only a break step declares "breaks""#))
    }
    switch kind {
    case .amber:
      guard let diagnostic, !diagnostic.isEmpty else {
        return .failure(ManifestProblem("an amber step needs a \"diagnostic\""))
      }
      return .success(.compileError(diagnostic: diagnostic))
    case .red:
      guard let failing, !failing.isEmpty, let message, !message.isEmpty else {
        return .failure(ManifestProblem("a red step needs \"failing\" tests and a \"message\""))
      }
      return .success(.failures(tests: failing, message: message))
    case .break:
      guard diagnostic == nil, failing == nil, message == nil else {
        return .failure(
          ManifestProblem(
            #"a break step declares what breaks in "breaks", not in "failing" and "message""#))
      }
      guard let breaks, !breaks.contains(where: { $0.test.isEmpty || $0.message.isEmpty }) else {
        return .failure(
          ManifestProblem(
            #"a break step needs "breaks": the tests it breaks, each with a "test" and a "#
              + #""message" ([] when none breaks)"#))
      }
      return .success(.breaks(breaks))
    case .green, .refactor:
      guard diagnostic == nil, failing == nil, message == nil else {
        return .failure(ManifestProblem("a \(kind.rawValue) step expects every test to pass"))
      }
      return .success(.allPass)
    }
  }
}

/// Why a step manifest cannot be used.
struct ManifestProblem: Error, Equatable {
  let reason: String

  init(_ reason: String) {
    self.reason = reason
  }
}

extension StepManifest {
  /// Why the manifest's `outerStillRed` cannot be checked, or nil when it can.
  fileprivate func outerStillRedProblem() -> ManifestProblem? {
    guard let outerStillRed else { return nil }
    if kind == .amber {
      return ManifestProblem("an amber step runs no tests, so it cannot keep an outer test red")
    }
    if outerStillRed.isEmpty
      || outerStillRed.contains(where: { $0.test.isEmpty || $0.message.isEmpty })
    {
      return ManifestProblem("each outerStillRed entry needs a \"test\" and a \"message\"")
    }
    if let both = outerStillRed.first(where: { (failing ?? []).contains($0.test) }) {
      return ManifestProblem("\(both.test) is both failing and kept red by outerStillRed")
    }
    return nil
  }
}
