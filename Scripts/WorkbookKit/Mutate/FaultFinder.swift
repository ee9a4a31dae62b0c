/// Finds, in one file, every fault that each mutation operator can make.
struct FaultFinder {
  /// The file's tokens, statements and scopes.
  let structure: SourceStructure
  /// The file's UTF-8 bytes, which the faults' ranges point into.
  let bytes: [UInt8]

  private typealias Fault = Mutator.Fault

  private var tokens: [SwiftToken] { structure.tokens }

  /// The faults of `operators`, in the order of `MutationOperator.allCases` and then the source.
  func faults(of operators: Set<MutationOperator>) -> [Mutator.Fault] {
    MutationOperator.allCases.filter(operators.contains).flatMap(faults(of:))
  }

  private func faults(of kind: MutationOperator) -> [Fault] {
    switch kind {
    case .comparison:
      replacingOperators(
        [
          "==": "!=", "!=": "==", "===": "!==", "!==": "===", "<": ">=", ">=": "<", ">": "<=",
          "<=": ">",
        ], as: kind)
    case .boundary: replacingOperators(["<": "<=", "<=": "<", ">": ">=", ">=": ">"], as: kind)
    case .logical: replacingOperators(["&&": "||", "||": "&&"], as: kind)
    case .boolean: flippedBooleans()
    case .integer: shiftedIntegers()
    case .dropStatement: droppedStatements()
    case .returnEarly: earlyReturns()
    case .returnValue: defaultReturnValues()
    case .swapArguments: swappedArguments()
    case .branch: branchesNeverTaken()
    }
  }

  // MARK: - Expressions

  private func replacingOperators(_ table: [String: String], as kind: MutationOperator) -> [Fault] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard token.isSpacedOperator, let replacement = table[token.text], isCode(index) else {
        return nil
      }
      return replacing(token, with: replacement, as: kind)
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
        isCode(index), index == 0 || tokens[index - 1].punctuation != "."
      else { return [] }
      return [value + 1, value - 1].map { replacing(token, with: "\($0)", as: .integer) }
    }
  }

  private func replacing(_ token: SwiftToken, with replacement: String, as kind: MutationOperator)
    -> Fault
  {
    Fault(
      kind: kind, range: token.range, replacement: replacement,
      description: "`\(token.text)` becomes `\(replacement)`")
  }

  /// Whether the token at `index` is code that may change, not a compiler directive's.
  private func isCode(_ index: Int) -> Bool {
    var first = index
    while !structure.isFirstOnLine(first) { first -= 1 }
    return !tokens[first].text.hasPrefix("#")
  }

  // MARK: - Statements

  private func droppedStatements() -> [Fault] {
    tokens.indices.compactMap { start in
      guard structure.startsStatement[start], structure.isFirstOnLine(start),
        let scope = structure.scopeOf[start], structure.scopes[scope].kind != .type,
        isDroppable(start)
      else { return nil }
      let end = structure.statementEnd(from: start)
      guard structure.isLastOnLine(end), !isOnlyValue(start...end, of: structure.scopes[scope])
      else { return nil }
      let first = lineStart(of: tokens[start].range.lowerBound)
      let last = lineEnd(of: tokens[end].range.upperBound)
      let firstLine = (start...end).last { tokens[$0].line == tokens[start].line } ?? start
      let more = firstLine < end ? " …" : ""
      return Fault(
        kind: .dropStatement, range: first..<min(last + 1, bytes.count), replacement: "",
        description: "`\(text(start...firstLine))\(more)` is removed")
    }
  }

  /// Whether a statement starting at `start` is a call or an assignment, not a declaration,
  /// a control statement or a label.
  private func isDroppable(_ start: Int) -> Bool {
    let token = tokens[start]
    let starter =
      ["try", "await", "self", "super"].contains(token.text)
      || !SourceStructure.keywords.contains(token.text)
    return token.kind == .word && !token.text.hasPrefix("#") && starter
      && (start + 1 == tokens.count || tokens[start + 1].punctuation != ":")
  }

  /// Whether `statement` is the only one in a scope that must produce a value.
  private func isOnlyValue(_ statement: ClosedRange<Int>, of scope: SourceStructure.Scope) -> Bool {
    let alone = statement.lowerBound == scope.open + 1 && statement.upperBound + 1 == scope.close
    switch scope.kind {
    case .function(let type): return alone && type != nil
    case .computed, .closure: return alone
    default: return false
    }
  }

  private func earlyReturns() -> [Fault] {
    structure.scopes.compactMap { scope in
      guard scope.kind == .function(returnType: nil), let close = scope.close,
        close > scope.open + 1
      else { return nil }
      let open = tokens[scope.open]
      let signature = text(scope.owner...(scope.open - 1))
      let description = "`\(signature)` returns at once"
      guard structure.isLastOnLine(scope.open) else {
        return Fault(
          kind: .returnEarly, range: open.range.upperBound..<open.range.upperBound,
          replacement: " return;", description: description)
      }
      let end = lineEnd(of: open.range.upperBound)
      let nextLine = tokens[scope.open + 1].range.lowerBound
      let indent = String(decoding: bytes[lineStart(of: nextLine)..<nextLine], as: UTF8.self)
      return Fault(
        kind: .returnEarly, range: end..<end, replacement: "\n\(indent)return;",
        description: description)
    }
  }

  private func defaultReturnValues() -> [Fault] {
    tokens.indices.compactMap { index in
      guard tokens[index].text == "return", tokens[index].kind == .word,
        case .function(let type?) = structure.enclosingCallable(of: index)?.kind,
        let replacement = Self.defaultValue(of: type)
      else { return nil }
      let end = structure.statementEnd(from: index)
      guard end > index, tokens[end].endLine == tokens[index].line else { return nil }
      let value = text((index + 1)...end)
      let fallback = replacement == value ? Self.otherValue(of: type) : replacement
      guard let fallback else { return nil }
      return Fault(
        kind: .returnValue,
        range: tokens[index + 1].range.lowerBound..<tokens[end].range.upperBound,
        replacement: fallback, description: "`return \(value)` becomes `return \(fallback)`")
    }
  }

  /// A simple value of a type written without spaces, such as `0` for `Int`, or nil.
  private static func defaultValue(of type: String) -> String? {
    if type.hasSuffix("?") { return "nil" }
    if type.hasPrefix("["), type.hasSuffix("]") {
      return type.contains(":") ? "[:]" : "[]"
    }
    if type.hasPrefix("Set<") { return "[]" }
    switch type {
    case "Bool": return "false"
    case "String": return #""""#
    case "Int", "Int64", "Int32", "UInt", "UInt64", "UInt32", "Double", "Float": return "0"
    default: return nil
    }
  }

  /// A second simple value, for when the returned value already is the default.
  private static func otherValue(of type: String) -> String? {
    switch type {
    case "Bool": "true"
    case "Int", "Int64", "Int32", "UInt", "UInt64", "UInt32", "Double", "Float": "1"
    default: nil
    }
  }

  private func swappedArguments() -> [Fault] {
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
          kind: .swapArguments, range: first.range.lowerBound..<second.range.upperBound,
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
    let close = structure.matchingClose(of: open)
    guard close > open + 1 else { return [] }
    var arguments: [[SwiftToken]] = [[]]
    var depth = 0
    for token in tokens[(open + 1)..<close] {
      if ["(", "[", "{"].contains(token.punctuation) { depth += 1 }
      if [")", "]", "}"].contains(token.punctuation) { depth -= 1 }
      if depth == 0, token.punctuation == "," {
        arguments.append([])
      } else {
        arguments[arguments.count - 1].append(token)
      }
    }
    return arguments.map { argument in
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

  private func branchesNeverTaken() -> [Fault] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard token.kind == .word, ["if", "guard", "while"].contains(token.text), isCode(index),
        !isRepeatWhile(index)
      else { return nil }
      let stop = token.text == "guard" ? "else" : "{"
      var depth = 0
      var end = index + 1
      while end < tokens.count {
        let current = tokens[end]
        if depth == 0, current.text == stop { break }
        if ["(", "[", "{"].contains(current.punctuation) { depth += 1 }
        if [")", "]", "}"].contains(current.punctuation) { depth -= 1 }
        end += 1
      }
      guard end < tokens.count, end > index + 1 else { return nil }
      let condition = (index + 1)...(end - 1)
      let binds = tokens[condition].contains {
        ["let", "var", "case"].contains($0.text) || $0.punctuation == ","
      }
      let range =
        binds
        ? tokens[end - 1].range.upperBound..<tokens[end - 1].range.upperBound
        : tokens[index + 1].range.lowerBound..<tokens[end - 1].range.upperBound
      let outcome = token.text == "guard" ? "always exits" : "never runs its body"
      return Fault(
        kind: .branch, range: range, replacement: binds ? ", false" : "false",
        description: "`\(text(index...(end - 1)))` \(outcome)")
    }
  }

  /// Whether the token at `index` is the `while` of `repeat { … } while condition`.
  private func isRepeatWhile(_ index: Int) -> Bool {
    tokens[index].text == "while" && index > 0 && tokens[index - 1].punctuation == "}"
      && !structure.isFirstOnLine(index)
  }

  // MARK: - Text

  /// The source text of the tokens in `range`, on one line, with single spaces.
  private func text(_ range: ClosedRange<Int>) -> String {
    let raw = String(
      decoding: bytes[
        tokens[range.lowerBound].range
          .lowerBound..<tokens[range.upperBound].range
          .upperBound], as: UTF8.self)
    return raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  private func lineStart(of offset: Int) -> Int {
    (bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
  }

  /// The offset of the newline that ends the line holding `offset`, or the end of the source.
  private func lineEnd(of offset: Int) -> Int {
    bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
  }
}
