import WorkbookCore

/// Finds, in one file, every fault that each mutation operator can make.
struct FaultFinder {
  /// The file's tokens, statements and scopes.
  let structure: SourceStructure
  /// The file's UTF-8 bytes, which the faults' ranges point into.
  let bytes: [UInt8]

  /// One fault: a range of the file's UTF-8 bytes, what replaces it, and what that changes in
  /// words.
  struct Fault {
    let `operator`: MutationOperator
    let range: Range<Int>
    let replacement: String
    let description: String
  }

  /// The file's tokens.
  var tokens: [SwiftToken] { structure.tokens }

  /// The faults of `operators`, in the order of `MutationOperator.allCases` and then the source.
  func faults(of operators: Set<MutationOperator>) -> [Fault] {
    MutationOperator.allCases.filter(operators.contains).flatMap(faults(of:))
  }

  private func faults(of mutationOperator: MutationOperator) -> [Fault] {
    switch mutationOperator {
    case .comparison:
      replacingOperators(
        [
          "==": "!=", "!=": "==", "===": "!==", "!==": "===", "<": ">=", ">=": "<", ">": "<=",
          "<=": ">",
        ], as: mutationOperator)
    case .boundary:
      replacingOperators(["<": "<=", "<=": "<", ">": ">=", ">=": ">"], as: mutationOperator)
    case .logical: replacingOperators(["&&": "||", "||": "&&"], as: mutationOperator)
    case .boolean: flippedBooleans()
    case .integer: shiftedIntegers()
    case .dropStatement: droppedStatements()
    case .returnEarly: earlyReturns()
    case .returnValue: defaultReturnValues()
    case .swapArguments: swappedArguments()
    case .branch: branchesNeverTaken()
    case .ignoredParameter: ignoredParameters()
    }
  }

  // MARK: - Expressions

  private func replacingOperators(
    _ table: [String: String], as mutationOperator: MutationOperator
  ) -> [Fault] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard token.isSpacedOperator, let replacement = table[token.text], isCode(index) else {
        return nil
      }
      return replacing(token, with: replacement, as: mutationOperator)
    }
  }

  private func flippedBooleans() -> [Fault] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard token.kind == .word, ["true", "false"].contains(token.text), isCode(index) else {
        return nil
      }
      return replacing(token, with: token.text == "true" ? "false" : "true", as: .boolean)
    }
  }

  private func shiftedIntegers() -> [Fault] {
    tokens.indices.flatMap { index -> [Fault] in
      let token = tokens[index]
      let digits = token.text.filter { $0 != "_" }
      guard token.kind == .number, digits.allSatisfy(\.isNumber), let value = Int(digits),
        value < .max,
        isCode(index), index == 0 || tokens[index - 1].punctuation != "."
      else { return [] }
      return [value + 1, value - 1].map { replacing(token, with: "\($0)", as: .integer) }
    }
  }

  private func replacing(
    _ token: SwiftToken, with replacement: String, as mutationOperator: MutationOperator
  ) -> Fault {
    Fault(
      operator: mutationOperator, range: token.range, replacement: replacement,
      description: "`\(token.text)` becomes `\(replacement)`")
  }

  /// Whether the token at `index` is code that may change, not a compiler directive's.
  func isCode(_ index: Int) -> Bool {
    var first = index
    while !structure.isFirstOnLine(first) { first -= 1 }
    return !tokens[first].text.hasPrefix("#")
  }

  // MARK: - Text

  /// The source text of the tokens in `range`, on one line, with single spaces.
  func text(_ range: ClosedRange<Int>) -> String {
    let raw = String(
      decoding: bytes[
        tokens[range.lowerBound].range
          .lowerBound..<tokens[range.upperBound].range
          .upperBound], as: UTF8.self)
    return raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// The offset of the first byte of the line holding `offset`.
  func lineStart(of offset: Int) -> Int {
    (bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
  }

  /// The offset of the newline that ends the line holding `offset`, or the end of the source.
  func lineEnd(of offset: Int) -> Int {
    bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
  }
}
