/// A word or a mark of Swift source, with the line it is on.
struct ScanToken: Equatable {
  /// The token's text: a word such as `func`, `@Test` or `#expect`, or one mark such as `{`.
  let text: String
  /// The line, from 1.
  let line: Int

  /// Whether the token is a word rather than a mark.
  var isWord: Bool { text.first.map(SwiftTokenizer.isWordCharacter) ?? false }
}

/// Splits Swift source into tokens, leaving out comments and the text of string literals.
///
/// Words keep a leading `@` or `#` (`@Test`, `#expect`); a raw identifier in backticks is one
/// word; every other mark is a token of its own. A string literal becomes one `""` token, and the
/// code of its interpolations is kept, so `"\(Date())"` still shows `Date ( )`.
enum SwiftTokenizer {
  /// The tokens of `source`, in order.
  static func tokens(in source: String) -> [ScanToken] {
    var scanner = Scanner(characters: Array(source))
    return scanner.scan()
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "$"
      || character == "@" || character == "#" || character == "`"
  }

  /// How a string literal opens and closes: with how many `#` and how many quotes.
  private struct Delimiter {
    let hashes: Int
    let isMultiline: Bool

    var quotes: String { isMultiline ? "\"\"\"" : "\"" }
    var opening: String { String(repeating: "#", count: hashes) + quotes }
    var closing: String { quotes + String(repeating: "#", count: hashes) }
    /// What starts an escape or an interpolation: a backslash and the delimiter's hashes.
    var escape: String { "\\" + String(repeating: "#", count: hashes) }
  }

  private struct Scanner {
    let characters: [Character]
    let lines: [Int]
    var index = 0
    var tokens: [ScanToken] = []
    /// The open interpolations, innermost last: the string each interrupts, and its open `(`s.
    var interpolations: [(string: Delimiter, parentheses: Int)] = []

    init(characters: [Character]) {
      self.characters = characters
      var line = 1
      lines = characters.map { character in
        defer { if character.isNewline { line += 1 } }
        return line
      }
    }

    mutating func scan() -> [ScanToken] {
      while index < characters.count {
        scanCode()
      }
      return tokens
    }

    private func starts(with text: String, at position: Int) -> Bool {
      let end = position + text.count
      return end <= characters.count && String(characters[position..<end]) == text
    }

    private mutating func emit(_ text: String, at position: Int) {
      tokens.append(ScanToken(text: text, line: lines[position]))
    }

    private mutating func scanCode() {
      let character = characters[index]
      if starts(with: "//", at: index) {
        while index < characters.count, !characters[index].isNewline { index += 1 }
      } else if starts(with: "/*", at: index) {
        skipBlockComment()
      } else if let delimiter = stringDelimiter(at: index) {
        emit("\"\"", at: index)
        index += delimiter.opening.count
        scanString(delimiter)
      } else if character == "`" {
        let start = index
        index += 1
        while index < characters.count, characters[index] != "`", !characters[index].isNewline {
          index += 1
        }
        index = min(index + 1, characters.count)
        emit(String(characters[start..<index]), at: start)
      } else if Self.startsWord(character) {
        let start = index
        index += 1
        while index < characters.count, SwiftTokenizer.isWordCharacter(characters[index]),
          characters[index] != "`"
        {
          index += 1
        }
        emit(String(characters[start..<index]), at: start)
      } else {
        scanMark(character)
      }
    }

    private static func startsWord(_ character: Character) -> Bool {
      SwiftTokenizer.isWordCharacter(character) && character != "`"
    }

    private mutating func scanMark(_ character: Character) {
      if character == ")", let open = interpolations.last, open.parentheses == 0 {
        interpolations.removeLast()
        index += 1
        scanString(open.string)
        return
      }
      if !interpolations.isEmpty, character == "(" || character == ")" {
        interpolations[interpolations.count - 1].parentheses += character == "(" ? 1 : -1
      }
      if !character.isWhitespace {
        emit(String(character), at: index)
      }
      index += 1
    }

    private mutating func skipBlockComment() {
      var depth = 0
      repeat {
        if starts(with: "/*", at: index) {
          depth += 1
          index += 2
        } else if starts(with: "*/", at: index) {
          depth -= 1
          index += 2
        } else {
          index += 1
        }
      } while depth > 0 && index < characters.count
    }

    /// The delimiter of a string literal that opens at `position`, if one does.
    private func stringDelimiter(at position: Int) -> Delimiter? {
      var hashes = 0
      while position + hashes < characters.count, characters[position + hashes] == "#" {
        hashes += 1
      }
      guard starts(with: "\"", at: position + hashes) else { return nil }
      return Delimiter(hashes: hashes, isMultiline: starts(with: "\"\"\"", at: position + hashes))
    }

    /// Skips a string's text up to its closing delimiter, or up to an interpolation's `(`.
    private mutating func scanString(_ delimiter: Delimiter) {
      while index < characters.count {
        if starts(with: delimiter.escape + "(", at: index) {
          interpolations.append((delimiter, 0))
          index += delimiter.escape.count + 1
          return
        }
        if starts(with: delimiter.escape, at: index) {
          index += delimiter.escape.count + 1
        } else if starts(with: delimiter.closing, at: index) {
          index += delimiter.closing.count
          return
        } else {
          index += 1
        }
      }
    }
  }
}
