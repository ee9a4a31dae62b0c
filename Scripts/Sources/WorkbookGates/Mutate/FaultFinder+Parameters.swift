extension FaultFinder {
  /// Replaces each use of a function's parameter with a simple default of its type, as if the
  /// code ignored what it was given.
  ///
  /// A name after a `.` (a member) or before a `:` (an argument label) is not a use, and a
  /// parameter whose type has no simple default, such as a closure, is left alone. So are
  /// initializers: they mostly store what they are given, and tests that compare values made by
  /// the same initializer cannot see it ignore a parameter, so such a mutant would grade the
  /// value type rather than the tests of the behaviour.
  func ignoredParameters() -> [Fault] {
    structure.scopes.flatMap { scope -> [Fault] in
      guard let close = scope.close, scope.open > scope.owner,
        case .function = scope.kind
      else { return [] }
      let parameters = simpleParameters(in: scope.owner..<scope.open)
      guard !parameters.isEmpty else { return [] }
      return ((scope.open + 1)..<close).compactMap { index in
        let token = tokens[index]
        guard token.kind == .word, let value = parameters[token.text], isCode(index),
          tokens[index - 1].punctuation != ".", tokens[index + 1].punctuation != ":"
        else { return nil }
        return Fault(
          operator: .ignoredParameter, range: token.range, replacement: value,
          description: "`\(token.text)` is ignored here: it becomes `\(value)`")
      }
    }
  }

  /// The parameters declared in the signature `range` whose type has a simple default, with that
  /// default, by the name the body uses.
  private func simpleParameters(in range: Range<Int>) -> [String: String] {
    guard let open = range.first(where: { tokens[$0].punctuation == "(" }),
      let close = tokens.closingBracket(of: open), close < range.upperBound
    else { return [:] }
    var parameters: [String: String] = [:]
    for part in tokens.split((open + 1)..<close, at: ",", countingAngles: true) {
      guard
        let colon = tokens.firstIndex(in: part, outsideBrackets: { $0.punctuation == ":" }),
        colon > part.lowerBound, tokens[colon - 1].kind == .word
      else { continue }
      let typeEnd =
        tokens.firstIndex(in: (colon + 1)..<part.upperBound) { $0.text == "=" } ?? part.upperBound
      let type = tokens[(colon + 1)..<typeEnd].map(\.text).joined()
      if let value = Self.defaultValue(of: type) {
        parameters[tokens[colon - 1].text] = value
      }
    }
    return parameters
  }
}
