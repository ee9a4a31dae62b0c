/// Brackets in a file's tokens: which token closes which, and what lies outside them.
///
/// `(`, `[` and `{` always count as brackets. A `<` counts only where a generic's angle brackets
/// are asked for, as it is also a comparison: then a `<` with no space before it opens one, and a
/// run of `>` with no space before it closes as many, so `Set<Array<Int>>?` opens two and closes
/// two, and `->` closes none.
extension [SwiftToken] {
  /// How the token at `index` changes the depth of brackets: 1 when it opens one, minus the
  /// number it closes, 0 otherwise.
  public func bracketDepthChange(at index: Int, countingAngles: Bool = false) -> Int {
    let token = self[index]
    switch token.punctuation {
    case "(", "[", "{": return 1
    case ")", "]", "}": return -1
    default: break
    }
    guard countingAngles, token.kind == .symbol, !token.spaceBefore else { return 0 }
    return token.text == "<" ? 1 : -token.text.prefix { $0 == ">" }.count
  }

  /// The index of the token that closes the bracket that opens at `open`, or nil when the tokens
  /// end before it closes. A `<` at `open` is read as a generic's, and the angles inside it count.
  public func closingBracket(of open: Int) -> Int? {
    let angles = self[open].kind == .symbol && self[open].text == "<"
    var depth = 1
    for index in (open + 1)..<count {
      depth += bracketDepthChange(at: index, countingAngles: angles)
      if depth <= 0 { return index }
    }
    return nil
  }

  /// The first index in `range` whose token `matches`, looking only at tokens outside the
  /// brackets that open in `range` (an opening bracket itself is outside); nil when none does.
  public func firstIndex(in range: Range<Int>, outsideBrackets matches: (SwiftToken) -> Bool)
    -> Int?
  {
    indicesOutsideBrackets(in: range, countingAngles: false).first { matches(self[$0]) }
  }

  /// `range` cut at each `separator` that lies outside the brackets opening in `range`, such as
  /// the arguments between a call's parentheses; the separators belong to no part.
  public func split(_ range: Range<Int>, at separator: String, countingAngles: Bool = false)
    -> [Range<Int>]
  {
    let cuts = indicesOutsideBrackets(in: range, countingAngles: countingAngles)
      .filter { self[$0].punctuation == separator }
    let bounds = [range.lowerBound - 1] + cuts + [range.upperBound]
    return zip(bounds, bounds.dropFirst()).map { ($0 + 1)..<$1 }
  }

  /// The indices in `range`, stepping over each bracketed group that opens there: its opening
  /// bracket's index comes, then the index after its closing bracket. A group that does not
  /// close within `range` ends the sequence.
  private func indicesOutsideBrackets(in range: Range<Int>, countingAngles: Bool)
    -> UnfoldSequence<Int, Int>
  {
    sequence(state: range.lowerBound) { (next: inout Int) -> Int? in
      guard next < range.upperBound else { return nil }
      let index = next
      if bracketDepthChange(at: index, countingAngles: countingAngles) > 0 {
        let close = closingBracket(of: index) ?? range.upperBound
        next = close < range.upperBound ? close + 1 : range.upperBound
      } else {
        next += 1
      }
      return index
    }
  }
}
