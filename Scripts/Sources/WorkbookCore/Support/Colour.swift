/// The colour of a test run, in the words of TDD.
public enum Colour: String, Codable, Equatable, Sendable {
  /// The tests do not compile.
  case amber
  /// The tests compile and at least one fails.
  case red
  /// Every test passes.
  case green
}
