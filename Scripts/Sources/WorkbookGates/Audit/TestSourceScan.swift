import WorkbookCore

/// What a static look at a lesson's test files finds: each test, whether it checks anything, and
/// the habits that make tests slow, order-dependent or unrepeatable.
public struct TestSourceScan: Equatable {
  /// A `@Test` function.
  struct TestFunction: Equatable {
    /// The function's name as Swift Testing gives it: its types and its argument labels, such as
    /// `CacheTests/retry()` or `replays(status:)` for a test outside any type.
    let name: String
    /// The file, relative to the repository root.
    let file: String
    /// The line of its `@Test` attribute.
    let line: Int
    /// Whether its body records an expectation, itself or through a helper it calls.
    let checksSomething: Bool
    /// Its source, from its `@Test` attribute to the brace that closes its body.
    let source: String
  }

  /// One use of something a test should not depend on.
  struct Hazard: Equatable {
    /// What kind of thing it is.
    let kind: HazardKind
    /// What was found, such as `Date()` or `static var count`.
    let found: String
    /// The file, relative to the repository root.
    let file: String
    /// The line, from 1.
    let line: Int
    /// The test whose body it is in, or nil when it lies outside every test.
    let test: String?
  }

  /// Every `@Test` function, file by file in path order, in source order within a file.
  let tests: [TestFunction]
  /// Every hazard, in the same order.
  let hazards: [Hazard]

  /// Scans `files`, source text keyed by path.
  public init(files: [String: String]) {
    let parsed = files.keys.sorted().map { path in
      ParsedFile(path: path, source: files[path] ?? "")
    }
    let checking = Self.namesThatCheck(parsed.flatMap(\.functions))
    tests = parsed.flatMap { file in
      file.functions.filter(\.isTest).map { function in
        TestFunction(
          name: function.name, file: file.path, line: function.line,
          checksSomething: function.checks || !function.calls.isDisjoint(with: checking),
          source: function.source)
      }
    }
    hazards = parsed.flatMap(\.hazards)
  }

  /// The base names of the functions that record an expectation, directly or through others.
  private static func namesThatCheck(_ functions: [ParsedFile.Function]) -> Set<String> {
    var checking = Set(functions.filter(\.checks).map(\.baseName))
    while true {
      let more = functions.filter { !$0.calls.isDisjoint(with: checking) }.map(\.baseName)
      let grown = checking.union(more)
      guard grown.count > checking.count else { return checking }
      checking = grown
    }
  }
}

/// One test file, read into its functions and hazards.
///
/// It reads every token of code, those in string interpolations included, so that
/// `"\(Date())"` still shows a real clock.
private struct ParsedFile {
  struct Function {
    let baseName: String
    let name: String
    let line: Int
    let isTest: Bool
    /// The tokens of the body, between its braces.
    let body: Range<Int>
    /// Whether the body records an expectation itself.
    let checks: Bool
    /// The base names the body calls.
    let calls: Set<String>
    /// The source from the function's first attribute read, `@Test` for a test, to its end.
    let source: String
  }

  let path: String
  let tokens: [SwiftToken]
  private let bytes: [UInt8]
  private(set) var functions: [Function] = []
  private(set) var hazards: [TestSourceScan.Hazard] = []

  init(path: String, source: String) {
    self.path = path
    self.tokens = SwiftLexer.codeTokens(of: source)
    self.bytes = Array(source.utf8)
    functions = readFunctions()
    hazards = readHazards()
  }

  private func text(_ index: Int) -> String {
    tokens.indices.contains(index) ? tokens[index].text : ""
  }

  private func isWord(_ index: Int) -> Bool {
    tokens.indices.contains(index) && tokens[index].kind == .word
  }

  /// The index just past the bracketed group that opens at `index`, or the end of the tokens
  /// when it never closes.
  private func end(ofGroupAt index: Int) -> Int {
    tokens.closingBracket(of: index).map { $0 + 1 } ?? tokens.count
  }

  /// Every function with a body, named after the types around it as Swift Testing names tests.
  private func readFunctions() -> [Function] {
    var result: [Function] = []
    var pendingTest: (line: Int, token: Int)?
    var pendingType: String?
    var types: [(name: String, depth: Int)] = []
    var depth = 0
    var index = 0
    while index < tokens.count {
      if tokens.attributeName(at: index) == "Test" {
        pendingTest = (tokens[index].line, index)
        index += 2
        if text(index) == "(" { index = end(ofGroupAt: index) }
        continue
      }
      switch tokens[index].text {
      case "struct", "class", "enum", "actor", "extension":
        if isWord(index + 1),
          !["var", "let", "func", "init", "subscript"].contains(text(index + 1))
        {
          pendingType = typeName(at: index + 1)
        }
      case "func":
        let scope = types.map { "\($0.name)/" }.joined()
        if let function = readFunction(at: index, scope: scope, test: pendingTest) {
          result.append(function)
        }
        pendingTest = nil
      case "{":
        depth += 1
        if let name = pendingType { types.append((name, depth)) }
        pendingType = nil
        pendingTest = nil
      case "}":
        if types.last?.depth == depth { types.removeLast() }
        depth -= 1
        pendingTest = nil
      default:
        break
      }
      index += 1
    }
    return result
  }

  /// The type named at `index`, with dots as slashes: `Outer.Inner` becomes `Outer/Inner`.
  private func typeName(at index: Int) -> String {
    var words = [text(index)]
    var position = index + 1
    while text(position) == ".", isWord(position + 1) {
      words.append(text(position + 1))
      position += 2
    }
    return words.joined(separator: "/")
  }

  /// The function declared by the `func` at `index`, or nil when it has no body.
  private func readFunction(
    at index: Int, scope: String, test: (line: Int, token: Int)?
  ) -> Function? {
    let baseName = text(index + 1)
    var position = index + 2
    if text(position) == "<" { position = end(ofGroupAt: position) }
    guard text(position) == "(", let parametersEnd = tokens.closingBracket(of: position) else {
      return nil
    }
    let labels = argumentLabels(in: (position + 1)..<parametersEnd)
    position = parametersEnd + 1
    while position < tokens.count, !["{", "}", "func", "var", "let"].contains(text(position)) {
      position += 1
    }
    guard text(position) == "{" else { return nil }
    let body = (position + 1)..<(tokens.closingBracket(of: position) ?? tokens.count)
    let start = tokens[test?.token ?? index].range.lowerBound
    let end =
      body.upperBound < tokens.count ? tokens[body.upperBound].range.upperBound : bytes.count
    return Function(
      baseName: baseName, name: "\(scope)\(baseName)(\(labels.map { "\($0):" }.joined()))",
      line: test?.line ?? tokens[index].line, isTest: test != nil, body: body,
      checks: checks(body), calls: calls(in: body),
      source: String(decoding: bytes[start..<end], as: UTF8.self))
  }

  /// The argument label of each parameter in `range`: the first word of each, when it starts
  /// with one.
  private func argumentLabels(in range: Range<Int>) -> [String] {
    tokens.split(range, at: ",", countingAngles: true).compactMap { parameter in
      !parameter.isEmpty && isWord(parameter.lowerBound) ? text(parameter.lowerBound) : nil
    }
  }

  private func checks(_ body: Range<Int>) -> Bool {
    body.contains { index in
      switch text(index) {
      case "#expect", "#require", "confirmation", "withKnownIssue": true
      case "Issue": text(index + 1) == "." && text(index + 2) == "record"
      default: false
      }
    }
  }

  /// The words in `body` followed by `(` or `{`, leaving out attributes such as `@Sendable`.
  private func calls(in body: Range<Int>) -> Set<String> {
    Set(
      body.filter { index in
        isWord(index) && ["(", "{"].contains(text(index + 1))
          && tokens.attributeName(at: index - 1) == nil
      }.map { text($0) })
  }

  private func readHazards() -> [TestSourceScan.Hazard] {
    var result: [TestSourceScan.Hazard] = []
    var depth = 0
    for index in tokens.indices {
      switch text(index) {
      case "{": depth += 1
      case "}": depth -= 1
      default: break
      }
      guard let (kind, found) = hazard(at: index, depth: depth) else { continue }
      let test = functions.first { $0.isTest && $0.body.contains(index) }
      result.append(
        TestSourceScan.Hazard(
          kind: kind, found: found, file: path, line: tokens[index].line, test: test?.name))
    }
    return result
  }

  /// The hazard that starts at `index`, if one does; `depth` counts the braces around it.
  private func hazard(at index: Int, depth: Int) -> (HazardKind, String)? {
    if text(index) == "var", isStored(at: index) {
      let name = text(index + 1)
      if ["static", "class"].contains(text(index - 1)) {
        return (.sharedState, "\(text(index - 1)) var \(name)")
      }
      if depth == 0 { return (.sharedState, "var \(name)") }
    }
    if text(index) == ".", text(index + 1).hasPrefix("random") || text(index + 1) == "shuffled" {
      let receiver = isWord(index - 1) ? text(index - 1) : ""
      return (.randomness, "\(receiver).\(text(index + 1))")
    }
    guard text(index - 1) != ".", isWord(index) else { return nil }
    let pattern = HazardKind.patterns.first { pattern in
      pattern.words.indices.allSatisfy { text(index + $0) == pattern.words[$0] }
    }
    return pattern.map { pattern in
      let words = pattern.words.last == "(" ? pattern.words.dropLast() : pattern.words[...]
      return (pattern.kind, words.joined())
    }
  }

  /// Whether the `var` at `index` stores a value, rather than computing it in braces.
  private func isStored(at index: Int) -> Bool {
    var position = index + 2
    let line = tokens[index].line
    while position < tokens.count, tokens[position].line == line {
      switch text(position) {
      case "=": return true
      case "{": return false
      default: position += 1
      }
    }
    return true
  }
}
