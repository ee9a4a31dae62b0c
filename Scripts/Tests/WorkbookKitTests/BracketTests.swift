import Testing

@testable import WorkbookCore

/// The tokens of `source` with the index of the first token whose text is `text`.
private func tokens(_ source: String, at text: String) -> ([SwiftToken], Int) {
  let tokens = SwiftLexer.tokens(of: source)
  return (tokens, tokens.firstIndex { $0.text == text } ?? -1)
}

/// The texts of the tokens in each of `ranges`, joined by spaces.
private func texts(_ ranges: [Range<Int>], of tokens: [SwiftToken]) -> [String] {
  ranges.map { tokens[$0].map(\.text).joined(separator: " ") }
}

@Suite struct BracketTests {
  @Test("A bracket closes at its match, past the brackets nested in it; a comparison is none")
  func closingBracket() {
    let (tokens, open) = tokens("f(a < b, [c], { d }) + 1", at: "(")

    let close = tokens.closingBracket(of: open)

    #expect(close.map { tokens[$0].text } == ")")
    #expect(close == tokens.count - 3)
  }

  @Test("A generic's angle brackets close at a run of >, and an arrow is no angle bracket")
  func angleBrackets() {
    let (tokens, open) = tokens("func pick<T: Set<Array<Int>>>(f: (T) -> Int)", at: "<")

    let close = tokens.closingBracket(of: open)

    #expect(close.map { tokens[$0].text } == ">>>")
    #expect(close.map { tokens[$0 + 1].text } == "(")
  }

  @Test(
    "A bracket that the tokens leave open has no closing bracket",
    arguments: ["f(a, b", "f(a, [b)", "{ if a {", "pick<T: Set<Int>"])
  func unclosed(source: String) {
    let tokens = SwiftLexer.tokens(of: source)
    let open = tokens.firstIndex { ["(", "{", "<"].contains($0.text) } ?? 0

    #expect(tokens.closingBracket(of: open) == nil)
  }

  @Test("The first token outside brackets skips what a closure or a call holds")
  func firstIndexOutsideBrackets() {
    let tokens = SwiftLexer.tokens(of: "if list.contains(where: { $0 > 1 }) { run() }")

    let brace = tokens.firstIndex(in: 1..<tokens.count, outsideBrackets: { $0.text == "{" })
    let closer = tokens.firstIndex(in: 1..<tokens.count, outsideBrackets: { $0.text == "}" })

    #expect(brace.map { tokens[$0 - 1].text } == ")")
    #expect(brace == tokens.count - 5)
    #expect(closer == nil)
  }

  @Test("A list splits at its own commas, not at those in brackets; angles count when asked")
  func split() {
    let (tokens, open) = tokens("f(a, g(b, c), [d, e], Dictionary<K, V>())", at: "(")
    let inside = (open + 1)..<(tokens.count - 1)

    #expect(
      texts(tokens.split(inside, at: ","), of: tokens) == [
        "a", "g ( b , c )", "[ d , e ]", "Dictionary < K", "V > ( )",
      ])
    #expect(
      texts(tokens.split(inside, at: ",", countingAngles: true), of: tokens) == [
        "a", "g ( b , c )", "[ d , e ]", "Dictionary < K , V > ( )",
      ])
  }

  @Test("An empty list is one empty part, and a list left open ends its last part")
  func splitEdges() {
    let tokens = SwiftLexer.tokens(of: "f() g(a, [b, c")

    #expect(tokens.split(2..<2, at: ",") == [2..<2])
    #expect(texts(tokens.split(5..<tokens.count, at: ","), of: tokens) == ["a", "[ b , c"])
  }
}
