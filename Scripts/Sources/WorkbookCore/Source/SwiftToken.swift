/// One token of Swift source code. Comments are not tokens; a string literal is one token, which
/// carries the tokens of the code in its interpolations.
public struct SwiftToken: Equatable, Sendable {
  /// What a token is, as far as the mutator and the audit care.
  public enum Kind: Equatable, Sendable {
    /// A name or a keyword, such as `responses` or `if`, or a macro or directive with its `#`,
    /// such as `#expect` or `#if`. An attribute is an `@` and a word: see `attributeName(at:)`.
    case word
    /// A number literal, such as `201` or `1.5`.
    case number
    /// A whole string literal, interpolations included.
    case string
    /// An operator, such as `==`, `->` or `+=`.
    case symbol
    /// A single punctuation character: `( ) [ ] { } , : ; . @ #`.
    case punctuation
  }

  /// What the token is.
  public let kind: Kind
  /// The token's text.
  public let text: String
  /// Where the token lies, as offsets into the source's UTF-8 bytes.
  public let range: Range<Int>
  /// The line the token starts on, from 1.
  public let line: Int
  /// The line the token ends on: a later line than `line` only for a multi-line string.
  public let endLine: Int
  /// Whether whitespace (or the start of the source) comes right before the token.
  public let spaceBefore: Bool
  /// Whether whitespace (or the end of the source) comes right after the token.
  public let spaceAfter: Bool
  /// For a string literal, the tokens of the code in each of its interpolations `\( … )`, without
  /// their parentheses; empty for every other token.
  let interpolations: [[SwiftToken]]

  /// Whether the token is an operator with whitespace on both sides, which Swift reads as binary.
  public var isSpacedOperator: Bool { kind == .symbol && spaceBefore && spaceAfter }

  /// The token's text when it is punctuation, or nil.
  public var punctuation: String? { kind == .punctuation ? text : nil }

  /// The token, then the tokens of its interpolations in order, nested interpolations included.
  var withInterpolatedCode: [SwiftToken] {
    [self] + interpolations.joined().flatMap(\.withInterpolatedCode)
  }
}

extension [SwiftToken] {
  /// The name of the attribute whose `@` is at `index`, such as `Test` for `@Test`, or nil when
  /// no attribute starts there.
  public func attributeName(at index: Int) -> String? {
    guard index >= 0, index + 1 < count, self[index].punctuation == "@", !self[index].spaceAfter,
      self[index + 1].kind == .word
    else { return nil }
    return self[index + 1].text
  }
}
