/// The four kinds of step in a lesson, named after the colour of the test run they lead to.
public enum StepKind: String, Codable, Sendable, CaseIterable {
  /// Adds or changes tests so that the test target no longer compiles.
  case amber
  /// Adds or changes tests so that exactly the declared tests fail.
  case red
  /// Changes production code so that every test passes.
  case green
  /// Improves production code or tests, not both, while every test keeps passing.
  case refactor

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
    }
  }
}
