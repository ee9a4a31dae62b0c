import WorkbookCore

/// The shape of a Swift file as far as the mutator needs it: where statements start and end,
/// and what each pair of braces holds.
///
/// It reads tokens, not a syntax tree, so it guesses in rare cases; a wrong guess only costs a
/// mutant that does not compile, which the report counts apart.
struct SourceStructure {
  /// What a pair of braces holds.
  enum ScopeKind: Equatable {
    /// A function's body, with the function's return type when it has one.
    case function(returnType: String?)
    /// An initializer's body.
    case initializer
    /// A closure's body.
    case closure
    /// The body of a type or an extension: declarations, not statements.
    case type
    /// A computed property's or an observer's body.
    case computed
    /// The body of a control statement, such as `if`, `for` or `do`.
    case block
  }

  /// A pair of braces.
  struct Scope {
    /// What it holds.
    let kind: ScopeKind
    /// The index of its `{` token.
    let open: Int
    /// The index of its `}` token, if the source has one.
    var close: Int?
    /// The index of the first token of the statement or declaration it belongs to.
    let owner: Int
    /// The scope around it.
    let parent: Int?
  }

  /// The file's tokens.
  let tokens: [SwiftToken]
  /// Every pair of braces, in the order they open.
  private(set) var scopes: [Scope] = []
  /// For each token, whether it starts a statement.
  private(set) var startsStatement: [Bool] = []
  /// For each token, the innermost scope around it.
  private(set) var scopeOf: [Int?] = []

  /// Reads the structure of `source`.
  init(source: String) {
    tokens = SwiftLexer.tokens(of: source)
    var stack: [(scope: Int, statement: Int, depth: Int)] = []
    var statement = 0
    var depth = 0
    for index in tokens.indices {
      let token = tokens[index]
      let starts =
        index == 0 || ["{", ";"].contains(tokens[index - 1].punctuation)
        || (depth == 0 && token.line > tokens[index - 1].endLine
          && !Self.continues(tokens[index - 1], with: token))
      if starts {
        statement = index
        depth = 0
      }
      startsStatement.append(starts)
      scopeOf.append(stack.last?.scope)
      switch token.punctuation {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      case "{":
        let kind = classifyBrace(at: index, statement: statement, depth: depth)
        scopes.append(
          Scope(kind: kind, open: index, close: nil, owner: statement, parent: stack.last?.scope))
        stack.append((scopes.count - 1, statement, depth))
        depth = 0
      case "}":
        guard let top = stack.popLast() else { continue }
        scopes[top.scope].close = index
        statement = top.statement
        depth = top.depth
      default: continue
      }
    }
  }

  /// Whether the line that ends with `previous` goes on in the line that starts with `next`.
  static func continues(_ previous: SwiftToken, with next: SwiftToken) -> Bool {
    if previous.kind == .symbol, previous.spaceBefore { return true }
    if [",", "(", "[", ".", "@"].contains(previous.punctuation) { return true }
    if [".", "{"].contains(next.punctuation) { return true }
    if next.kind == .symbol, next.spaceAfter { return true }
    return next.kind == .word
      && ["else", "where", "catch", "throws", "rethrows"].contains(next.text)
  }

  /// The index of the last token of the statement that starts at `start`.
  func statementEnd(from start: Int) -> Int {
    var depth = 0
    var index = start
    while index + 1 < tokens.count {
      let token = tokens[index]
      depth += tokens.bracketDepthChange(at: index)
      let next = tokens[index + 1]
      if depth <= 0 {
        if ["}", ";"].contains(next.punctuation) { return index }
        if next.line > token.endLine, !Self.continues(token, with: next) { return index }
      }
      index += 1
    }
    return index
  }

  /// Whether the token at `index` is the first on its line.
  func isFirstOnLine(_ index: Int) -> Bool {
    index == 0 || tokens[index - 1].endLine < tokens[index].line
  }

  /// Whether the token at `index` is the last on its line.
  func isLastOnLine(_ index: Int) -> Bool {
    index + 1 == tokens.count || tokens[index + 1].line > tokens[index].endLine
  }

  /// The innermost function, initializer or closure around the token at `index`.
  func enclosingCallable(of index: Int) -> Scope? {
    var scope = scopeOf[index]
    while let current = scope {
      switch scopes[current].kind {
      case .block: scope = scopes[current].parent
      case .function, .initializer, .closure: return scopes[current]
      case .type, .computed: return nil
      }
    }
    return nil
  }

  /// The first word of a declaration or statement starting at `start`, after its attributes and
  /// modifiers, with its index: `func` for `@discardableResult public func f()`.
  func leadingKeyword(from start: Int) -> (text: String, index: Int)? {
    var index = start
    while index < tokens.count {
      let token = tokens[index]
      if token.punctuation == "@" {
        index += 2
        if index < tokens.count, tokens[index].punctuation == "(", !tokens[index].spaceBefore {
          index = tokens.closingBracket(of: index).map { $0 + 1 } ?? tokens.count
        }
      } else if Self.modifiers.contains(token.text)
        || (token.text == "class" && index + 1 < tokens.count
          && ["func", "var", "let", "subscript", "init"].contains(tokens[index + 1].text))
      {
        index += 1
        if index < tokens.count, tokens[index].punctuation == "(" {
          index = tokens.closingBracket(of: index).map { $0 + 1 } ?? tokens.count
        }
      } else {
        return (token.text, index)
      }
    }
    return nil
  }

  /// Swift's keywords, which never start a statement that a mutant may drop.
  static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
    "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await",
    "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "async", "some",
    "any", "actor", "final", "override", "mutating", "nonmutating", "convenience", "required",
    "lazy", "weak", "unowned", "indirect", "nonisolated", "get", "set", "willSet", "didSet",
    "package",
  ]

  private static let modifiers: Set<String> = [
    "public", "private", "fileprivate", "internal", "open", "package", "static", "final",
    "override", "mutating", "nonmutating", "convenience", "required", "lazy", "weak", "unowned",
    "nonisolated", "indirect", "dynamic", "optional",
  ]

  private static let controlKeywords: Set<String> = [
    "if", "guard", "while", "for", "switch", "do", "defer", "repeat", "catch", "else", "}",
    "deinit", "subscript",
  ]

  /// Decides what the `{` at `index` opens, from the statement it belongs to.
  private func classifyBrace(at index: Int, statement: Int, depth: Int) -> ScopeKind {
    guard depth == 0, index > statement, let leading = leadingKeyword(from: statement) else {
      return .closure
    }
    switch leading.text {
    case "func": return .function(returnType: returnType(from: leading.index, to: index))
    case "init": return .initializer
    case "struct", "class", "enum", "extension", "protocol", "actor": return .type
    case "var", "let", "get", "set", "willSet", "didSet":
      let assigns = tokens[statement..<index].contains { $0.kind == .symbol && $0.text == "=" }
      return assigns ? .closure : .computed
    default:
      if Self.controlKeywords.contains(leading.text) { return .block }
      return .closure
    }
  }

  /// The return type of the function declared from `start` whose body opens at `body`, without
  /// spaces: `[String:Int]`; nil when it returns nothing.
  private func returnType(from start: Int, to body: Int) -> String? {
    guard let open = (start..<body).first(where: { tokens[$0].punctuation == "(" }) else {
      return nil
    }
    guard let close = tokens.closingBracket(of: open), close < body,
      let arrow = (close..<body).first(where: { tokens[$0].text == "->" })
    else { return nil }
    let end = (arrow..<body).first { tokens[$0].text == "where" } ?? body
    let type = tokens[(arrow + 1)..<end].map(\.text).joined()
    return ["", "Void", "()"].contains(type) ? nil : type
  }
}
