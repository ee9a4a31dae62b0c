/// One token of Swift source code. Comments are not tokens; a string literal is one token.
struct SwiftToken: Equatable, Sendable {
  /// What a token is, as far as the mutator cares.
  enum Kind: Equatable, Sendable {
    /// A name or a keyword, such as `responses`, `if` or `#expect`.
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
  let kind: Kind
  /// The token's text.
  let text: String
  /// Where the token lies, as offsets into the source's UTF-8 bytes.
  let range: Range<Int>
  /// The line the token starts on, from 1.
  let line: Int
  /// The line the token ends on: a later line than `line` only for a multi-line string.
  let endLine: Int
  /// Whether whitespace (or the start of the source) comes right before the token.
  let spaceBefore: Bool
  /// Whether whitespace (or the end of the source) comes right after the token.
  let spaceAfter: Bool

  /// Whether the token is an operator with whitespace on both sides, which Swift reads as binary.
  var isSpacedOperator: Bool { kind == .symbol && spaceBefore && spaceAfter }

  /// The token's text when it is punctuation, or nil.
  var punctuation: String? { kind == .punctuation ? text : nil }
}
