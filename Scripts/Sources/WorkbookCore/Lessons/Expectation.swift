/// What a step's test run must show.
public enum Expectation: Equatable, Sendable {
  /// The test target fails to compile with a diagnostic containing this text.
  case compileError(diagnostic: String)
  /// Exactly these tests fail (named `Suite/function()`), each with a message containing `message`.
  case failures(tests: [String], message: String)
  /// Exactly these tests fail, each with a message containing its own fragment; an empty list
  /// means every test passes, as when a planted bug goes unnoticed.
  case breaks([StillRedTest])
  /// Every test passes.
  case allPass
}
