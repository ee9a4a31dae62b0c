/// Splits Swift source into tokens, skipping comments and keeping each string literal whole.
///
/// It knows just enough Swift to tell code from comments and strings: nested block comments,
/// raw strings (`#"…"#`), multi-line strings and interpolations inside them. A string token
/// carries the tokens of its interpolations, so readers that care about all code (the audit) can
/// see them, and readers that rewrite text (the mutator) can leave strings alone.
public struct SwiftLexer {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1

  /// The tokens of `source`, in order; the code of string interpolations stays in its strings.
  public static func tokens(of source: String) -> [SwiftToken] {
    var lexer = SwiftLexer(bytes: Array(source.utf8))
    return lexer.lexCode(inInterpolation: false)
  }

  /// The tokens of `source`, in order, with the tokens of each string's interpolations right
  /// after the string: `"\(Date())"` gives the string, then `Date`, `(` and `)`.
  public static func codeTokens(of source: String) -> [SwiftToken] {
    tokens(of: source).flatMap(\.withInterpolatedCode)
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Reads tokens up to the end of the source or, in an interpolation, up to the `)` that
  /// closes it, which it skips.
  private mutating func lexCode(inInterpolation: Bool) -> [SwiftToken] {
    var tokens: [SwiftToken] = []
    var parentheses = 0
    while index < bytes.count {
      let byte = bytes[index]
      let start = index
      let startLine = line
      if byte == .newline {
        line += 1
        index += 1
        continue
      }
      if byte.isSpace {
        index += 1
        continue
      }
      if byte == .slash, peek(1) == .slash {
        while index < bytes.count, bytes[index] != .newline { index += 1 }
        continue
      }
      if byte == .slash, peek(1) == .star {
        skipBlockComment()
        continue
      }
      if inInterpolation, byte == .closeParen {
        if parentheses == 0 {
          index += 1
          return tokens
        }
        parentheses -= 1
      }
      if inInterpolation, byte == .openParen { parentheses += 1 }
      let kind: SwiftToken.Kind
      var interpolations: [[SwiftToken]] = []
      if startsString(at: index) {
        interpolations = lexString()
        kind = .string
      } else if byte.isWordHead || (byte == .hash && peek(1).isWordHead) {
        index += 1
        while index < bytes.count, bytes[index].isWordBody { index += 1 }
        kind = .word
      } else if byte == .backtick {
        index += 1
        while index < bytes.count, bytes[index] != .backtick, bytes[index] != .newline {
          index += 1
        }
        index = min(index + 1, bytes.count)
        kind = .word
      } else if byte.isDigit {
        skipNumber()
        kind = .number
      } else if byte.isOperator || (byte == .dot && peek(1) == .dot) {
        let allowsDots = byte == .dot
        index += 1
        while index < bytes.count, bytes[index].isOperator || (allowsDots && bytes[index] == .dot),
          !(bytes[index] == .slash && (peek(1) == .slash || peek(1) == .star))
        {
          index += 1
        }
        kind = .symbol
      } else {
        index += 1
        kind = .punctuation
      }
      tokens.append(
        SwiftToken(
          kind: kind, text: String(decoding: bytes[start..<index], as: UTF8.self),
          range: start..<index, line: startLine, endLine: line,
          spaceBefore: start == 0 || bytes[start - 1].isSpaceOrNewline,
          spaceAfter: index == bytes.count || bytes[index].isSpaceOrNewline,
          interpolations: interpolations))
    }
    return tokens
  }

  private func peek(_ offset: Int) -> UInt8 {
    index + offset < bytes.count ? bytes[index + offset] : 0
  }

  /// Whether a string literal, raw or not, starts at `position`.
  private func startsString(at position: Int) -> Bool {
    var cursor = position
    while cursor < bytes.count, bytes[cursor] == .hash { cursor += 1 }
    return cursor < bytes.count && bytes[cursor] == .quote
  }

  private mutating func skipBlockComment() {
    var depth = 0
    repeat {
      if bytes[index] == .slash, peek(1) == .star {
        depth += 1
        index += 2
      } else if bytes[index] == .star, peek(1) == .slash {
        depth -= 1
        index += 2
      } else {
        if bytes[index] == .newline { line += 1 }
        index += 1
      }
    } while depth > 0 && index < bytes.count
  }

  private mutating func skipNumber() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte.isWordBody || (byte == .dot && peek(1).isDigit) {
        index += 1
      } else {
        return
      }
    }
  }

  /// Reads a string literal from its opening hashes to its closing quote(s) and hashes, and
  /// returns the tokens of each of its interpolations.
  private mutating func lexString() -> [[SwiftToken]] {
    var interpolations: [[SwiftToken]] = []
    var hashes = 0
    while bytes[index] == .hash {
      hashes += 1
      index += 1
    }
    let multiLine = peek(1) == .quote && peek(2) == .quote
    index += multiLine ? 3 : 1
    let quotes = multiLine ? 3 : 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == .newline {
        // An unterminated single-line string ends at the end of its line.
        if !multiLine { return interpolations }
        line += 1
        index += 1
      } else if byte == .backslash, matches(.hash, count: hashes, at: index + 1) {
        index += 1 + hashes
        if index < bytes.count, bytes[index] == .openParen {
          index += 1
          interpolations.append(lexCode(inInterpolation: true))
        } else {
          index = min(index + 1, bytes.count)
        }
      } else if byte == .quote, matches(.quote, count: quotes, at: index),
        matches(.hash, count: hashes, at: index + quotes)
      {
        index += quotes + hashes
        return interpolations
      } else {
        index += 1
      }
    }
    return interpolations
  }

  private func matches(_ byte: UInt8, count: Int, at position: Int) -> Bool {
    guard position + count <= bytes.count else { return false }
    return bytes[position..<(position + count)].allSatisfy { $0 == byte }
  }
}

extension UInt8 {
  fileprivate static let newline = UInt8(ascii: "\n")
  fileprivate static let slash = UInt8(ascii: "/")
  fileprivate static let star = UInt8(ascii: "*")
  fileprivate static let hash = UInt8(ascii: "#")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let backslash = UInt8(ascii: "\\")
  fileprivate static let backtick = UInt8(ascii: "`")
  fileprivate static let dot = UInt8(ascii: ".")
  fileprivate static let openParen = UInt8(ascii: "(")
  fileprivate static let closeParen = UInt8(ascii: ")")

  fileprivate var isSpace: Bool {
    self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") || self == 13
  }
  fileprivate var isSpaceOrNewline: Bool { isSpace || self == .newline }
  fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
  fileprivate var isWordHead: Bool {
    (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
      || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
      || self == UInt8(ascii: "_") || self == UInt8(ascii: "$") || self >= 0x80
  }
  fileprivate var isWordBody: Bool { isWordHead || isDigit }
  fileprivate var isOperator: Bool { "/=-+!*%<>&|^~?".utf8.contains(self) }
}
