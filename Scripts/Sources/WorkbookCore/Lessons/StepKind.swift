/// The kinds of step in a lesson: four named after the colour of the test run they lead to or
/// the work they do, and `break`, a change whose failing run is itself the lesson.
public enum StepKind: String, Codable, Sendable, CaseIterable {
  /// Adds or changes tests so that the test target no longer compiles.
  case amber
  /// Adds or changes tests so that exactly the declared tests fail.
  case red
  /// Changes production code so that every test passes.
  case green
  /// Improves production code or tests, not both, while every test keeps passing.
  case refactor
  /// Changes production code so that exactly the declared tests fail, each with its declared
  /// message: a refactoring that some tests do not survive, or a planted bug. What breaks, and
  /// what does not, is the point; a later step usually takes the change back. A refactoring
  /// that changes a role also changes the test doubles that play it, and no test.
  case `break`

  /// Reads a kind, or fails with the kinds there are.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let kind = StepKind(rawValue: text) else {
      let kinds = Self.allCases.map(\.rawValue).joined(separator: ", ")
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "unknown kind '\(text)'; kinds are \(kinds)")
    }
    self = kind
  }

  /// The kind with its article, as in "an amber step" or "a red step".
  public var withArticle: String { self == .amber ? "an \(rawValue)" : "a \(rawValue)" }

  /// Whether a step of this kind must leave the tests failing.
  public var isFailing: Bool { self == .amber || self == .red }

  /// What the kind may change, in the words a rule message uses.
  public var allowedChanges: String {
    switch self {
    case .amber, .red: "tests only"
    case .green: "production code only"
    case .refactor: "production code or tests, not both"
    case .break: "production code and test doubles only"
    }
  }
}
