import WorkbookCore

/// The operator that swaps call arguments.
extension FaultFinder {
  /// Swaps each two adjacent call arguments that are names or literals of the same kind.
  func swappedArguments() -> [Fault] {
    tokens.indices.flatMap { open -> [Fault] in
      guard tokens[open].punctuation == "(", open > 0, !tokens[open].spaceBefore,
        isCallee(open - 1)
      else { return [] }
      let values = argumentValues(from: open)
      return zip(values, values.dropFirst()).compactMap { first, second in
        guard let first, let second, first.kind == second.kind, first.text != second.text else {
          return nil
        }
        let between = String(
          decoding: bytes[first.range.upperBound..<second.range.lowerBound], as: UTF8.self)
        return Fault(
          operator: .swapArguments, range: first.range.lowerBound..<second.range.upperBound,
          replacement: second.text + between + first.text,
          description: "`\(first.text)` and `\(second.text)` change places")
      }
    }
  }

  /// Whether the token at `index` names a function being called, not one being declared.
  private func isCallee(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, !token.text.hasPrefix("#"),
      !SourceStructure.keywords.contains(token.text)
    else { return false }
    guard index > 0 else { return true }
    return !["func", "case", "@"].contains(tokens[index - 1].text)
  }

  /// For each argument of the call whose `(` is at `open`, its value when that value is a single
  /// name or literal, or nil.
  private func argumentValues(from open: Int) -> [SwiftToken?] {
    guard let close = tokens.closingBracket(of: open), close > open + 1 else { return [] }
    return tokens.split((open + 1)..<close, at: ",").map { range in
      let argument = Array(tokens[range])
      let labelled = argument.count > 2 && argument[1].punctuation == ":"
      let value = labelled ? Array(argument.dropFirst(2)) : argument
      guard value.count == 1, let token = value.first else { return nil }
      let isName =
        token.kind == .word
        && (!SourceStructure.keywords.contains(token.text)
          || ["true", "false"].contains(token.text))
      return isName || [.number, .string].contains(token.kind) ? token : nil
    }
  }
}
