import Testing

@testable import WorkbookCore

/// The texts of the tokens of `source`.
private func texts(_ source: String) -> [String] {
  SwiftLexer.tokens(of: source).map(\.text)
}

/// The texts of the tokens of `source`, the code of its interpolations included.
private func codeTexts(_ source: String) -> [String] {
  SwiftLexer.codeTokens(of: source).map(\.text)
}

@Suite struct SwiftLexerTests {
  @Test("Words, numbers, operators and punctuation each get their kind")
  func kinds() {
    let tokens = SwiftLexer.tokens(of: "let total = count + 1.5 -> (a, b)")

    #expect(
      tokens.map(\.text) == [
        "let", "total", "=", "count", "+", "1.5", "->", "(", "a", ",", "b", ")",
      ])
    #expect(
      tokens.map(\.kind) == [
        .word, .word, .symbol, .word, .symbol, .number, .symbol, .punctuation, .word,
        .punctuation, .word, .punctuation,
      ])
  }

  @Test(
    "A number is one token, with its dot, underscores, prefix and exponent",
    arguments: ["201", "1.5", "1_000", "0x1F", "0b1010", "1e3"])
  func numbers(number: String) {
    let tokens = SwiftLexer.tokens(of: "f(\(number))")

    #expect(tokens.map(\.text) == ["f", "(", number, ")"])
    #expect(tokens.map(\.kind) == [.word, .punctuation, .number, .punctuation])
  }

  @Test("Operator characters run together; a dot is punctuation unless dots run together")
  func operators() {
    #expect(texts("a == b && !c") == ["a", "==", "b", "&&", "!", "c"])
    #expect(texts("0..<2, 1...3") == ["0", "..<", "2", ",", "1", "...", "3"])
    #expect(texts("Date.now") == ["Date", ".", "now"])
    #expect(texts("Set<Array<Int>>?") == ["Set", "<", "Array", "<", "Int", ">>?"])
    #expect(texts("a+// note\nb") == ["a", "+", "b"])
  }

  @Test("Whether whitespace comes before and after a token is recorded")
  func spacing() {
    let tokens = SwiftLexer.tokens(of: "a < b\nc<d")

    #expect(tokens.map(\.isSpacedOperator) == [false, true, false, false, false, false])
    #expect(tokens.map(\.spaceBefore) == [true, true, true, true, false, false])
    #expect(tokens.map(\.spaceAfter) == [true, true, true, false, false, true])
  }

  @Test("A token's range points at its UTF-8 bytes, after any multi-byte character")
  func ranges() {
    let source = "let café = \"é\" + x"
    let bytes = Array(source.utf8)

    let tokens = SwiftLexer.tokens(of: source)

    #expect(tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) } == tokens.map(\.text))
    #expect(tokens.map(\.text) == ["let", "café", "=", "\"é\"", "+", "x"])
  }

  @Test("Line comments, block comments and nested block comments are not tokens")
  func comments() {
    let source = """
      a // b c
      /// doc
      d /* e /* f */ g */ h
      /* unclosed
      """

    #expect(texts(source) == ["a", "d", "h"])
  }

  @Test("Each token knows its line, after comments and strings that span lines")
  func lines() {
    let source = """
      first
      /* one
         two */ second
      let text = \"\"\"
        body
        \"\"\"
      third
      """

    let tokens = SwiftLexer.tokens(of: source)

    #expect(tokens.map(\.text).first == "first")
    #expect(tokens.map(\.line) == [1, 3, 4, 4, 4, 4, 7])
    #expect(tokens.map(\.endLine) == [1, 3, 4, 4, 4, 6, 7])
  }

  @Test("A string literal is one token, whatever quotes, braces or comments it holds")
  func strings() {
    let source = #"f("a } // b", "say \"hi\" /* c", x)"#

    let tokens = SwiftLexer.tokens(of: source)

    #expect(
      tokens.map(\.text) == ["f", "(", #""a } // b""#, ",", #""say \"hi\" /* c""#, ",", "x", ")"])
    #expect(tokens.filter { $0.kind == .string }.count == 2)
  }

  @Test("A raw string ends only at a quote with as many hashes, and ignores plain escapes")
  func rawStrings() {
    let source = ##"let r = #"a "quoted" \"# + x"##

    #expect(texts(source) == ["let", "r", "=", ##"#"a "quoted" \"#"##, "+", "x"])
  }

  @Test("A multi-line string is one token, with quotes and escaped quotes inside")
  func multiLineStrings() {
    let source = #"""
      let m = """
        one "two" \"""
        """ + x
      """#

    let tokens = SwiftLexer.tokens(of: source)

    #expect(tokens.map(\.kind) == [.word, .word, .symbol, .string, .symbol, .word])
    let string = tokens.first { $0.kind == .string }
    #expect(string?.line == 1)
    #expect(string?.endLine == 3)
  }

  @Test("An unterminated single-line string ends at the end of its line")
  func unterminatedString() {
    #expect(
      texts("let a = \"open\nlet b = 1") == ["let", "a", "=", "\"open", "let", "b", "=", "1"])
  }

  @Test(
    "Source that ends inside a string, an escape, an interpolation or a comment is read to its end",
    arguments: [#"x = "a\"#, ##"x = #"a\#"##, #"x = "a\("#, "x = \"\"\"\na", "x /* a /*"])
  func endsInsideAString(source: String) {
    let tokens = SwiftLexer.codeTokens(of: source)

    #expect(tokens.first?.text == "x")
    #expect(tokens.allSatisfy { $0.range.upperBound <= source.utf8.count })
  }

  @Test("A string keeps the tokens of each interpolation, nested strings and parentheses included")
  func interpolations() {
    let source = #"x = "a \(f(1)) b \("\(y)")" + z"#

    let tokens = SwiftLexer.tokens(of: source)

    #expect(tokens.map(\.text) == ["x", "=", #""a \(f(1)) b \("\(y)")""#, "+", "z"])
    let string = tokens.first { $0.kind == .string }
    #expect(
      string?.interpolations.map { $0.map(\.text) } == [["f", "(", "1", ")"], [#""\(y)""#]])
    #expect(string?.interpolations.last?.first?.interpolations.map { $0.map(\.text) } == [["y"]])
  }

  @Test("Code tokens splice each string's interpolated code in after the string")
  func codeTokens() {
    let source = #"#expect("\(Date()) \("\(UUID())")".isEmpty)"#

    #expect(
      codeTexts(source) == [
        "#expect", "(", #""\(Date()) \("\(UUID())")""#, "Date", "(", ")", #""\(UUID())""#,
        "UUID", "(", ")", ".", "isEmpty", ")",
      ])
  }

  @Test("An interpolation may hold comments and span lines; the tokens after it keep their lines")
  func interpolationAcrossLines() {
    let source = "let s = \"a\\(\n  x /* ) */ + 1\n)b\"\nnext"

    let tokens = SwiftLexer.tokens(of: source)

    #expect(tokens.map(\.text).last == "next")
    #expect(tokens.last?.line == 4)
    let string = tokens.first { $0.kind == .string }
    #expect(string?.interpolations.map { $0.map(\.text) } == [["x", "+", "1"]])
    #expect(string?.interpolations.first?.map(\.line) == [2, 2, 2])
  }

  @Test("A raw string's interpolation needs its hashes; a plain \\( in it is text")
  func rawInterpolations() {
    let source = ##"let r = #"\(plain) \#(Date.now)"#"##

    #expect(
      codeTexts(source) == ["let", "r", "=", ##"#"\(plain) \#(Date.now)"#"##, "Date", ".", "now"])
  }

  @Test("A multi-line string's interpolations are code too")
  func multiLineInterpolations() {
    let source = #"""
      let m = """
        \(UUID())
        """
      """#

    #expect(
      SwiftLexer.codeTokens(of: source).map { "\($0.line) \($0.text)" }.suffix(3) == [
        "2 UUID", "2 (", "2 )",
      ])
  }

  @Test("A macro or directive is one word with its #; an attribute is an @ and a word")
  func macrosAndAttributes() {
    let tokens = SwiftLexer.tokens(of: "@Test(\"x\") func f() { #expect(true) }\n#if DEBUG\n@ objc")

    #expect(tokens.map(\.text).prefix(4) == ["@", "Test", "(", "\"x\""])
    #expect(tokens.first { $0.text == "#expect" }?.kind == .word)
    #expect(tokens.first { $0.text == "#if" }?.kind == .word)
    #expect(tokens.attributeName(at: 0) == "Test")
    #expect(tokens.attributeName(at: 1) == nil)
    #expect(tokens.attributeName(at: tokens.count - 2) == nil)
  }

  @Test("A raw identifier in backticks is one word")
  func rawIdentifiers() {
    let tokens = SwiftLexer.tokens(of: "func `a test`() { `class` }")

    #expect(tokens.map(\.text) == ["func", "`a test`", "(", ")", "{", "`class`", "}"])
    #expect(tokens.map(\.kind).prefix(2) == [.word, .word])
  }
}
