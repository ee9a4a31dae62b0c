/// The operators that need to know where statements, functions and calls begin and end.
extension FaultFinder {
  /// Removes each statement that is a call or an assignment and fills whole lines.
  func droppedStatements() -> [Fault] {
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
        operator: .dropStatement, range: first..<min(last + 1, bytes.count), replacement: "",
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

  /// Makes each function that returns nothing, and does something, return at once.
  func earlyReturns() -> [Fault] {
    structure.scopes.compactMap { scope in
      guard scope.kind == .function(returnType: nil), let close = scope.close,
        close > scope.open + 1
      else { return nil }
      let open = tokens[scope.open]
      let signature = text(scope.owner...(scope.open - 1))
      let description = "`\(signature)` returns at once"
      guard structure.isLastOnLine(scope.open) else {
        return Fault(
          operator: .returnEarly, range: open.range.upperBound..<open.range.upperBound,
          replacement: " return;", description: description)
      }
      let end = lineEnd(of: open.range.upperBound)
      let nextLine = tokens[scope.open + 1].range.lowerBound
      let indent = String(decoding: bytes[lineStart(of: nextLine)..<nextLine], as: UTF8.self)
      return Fault(
        operator: .returnEarly, range: end..<end, replacement: "\n\(indent)return;",
        description: description)
    }
  }

  /// Replaces each one-line returned value with a simple default of the function's type.
  func defaultReturnValues() -> [Fault] {
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
        operator: .returnValue,
        range: tokens[index + 1].range.lowerBound..<tokens[end].range.upperBound,
        replacement: fallback, description: "`return \(value)` becomes `return \(fallback)`")
    }
  }

  /// A simple value of a type written without spaces, such as `0` for `Int`, or nil.
  static func defaultValue(of type: String) -> String? {
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

  /// Makes each `if` and `while` skip its body, and each `guard` exit.
  func branchesNeverTaken() -> [Fault] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard token.kind == .word, ["if", "guard", "while"].contains(token.text), isCode(index),
        !isRepeatWhile(index)
      else { return nil }
      let stop = token.text == "guard" ? "else" : "{"
      guard
        let end = tokens.firstIndex(
          in: (index + 1)..<tokens.count, outsideBrackets: { $0.text == stop }),
        end > index + 1
      else { return nil }
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
        operator: .branch, range: range, replacement: binds ? ", false" : "false",
        description: "`\(text(index...(end - 1)))` \(outcome)")
    }
  }

  /// Whether the token at `index` is the `while` of `repeat { … } while condition`.
  private func isRepeatWhile(_ index: Int) -> Bool {
    tokens[index].text == "while" && index > 0 && tokens[index - 1].punctuation == "}"
      && !structure.isFirstOnLine(index)
  }
}
