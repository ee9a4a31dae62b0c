import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

private let file = "Katas/Lesson01RedGreenRefactor/Cache.swift"

/// The mutants that `mutationOperator` makes of `source`.
private func mutants(of source: String, by mutationOperator: MutationOperator) -> [Mutant] {
  Mutator(operators: [mutationOperator]).mutants(of: [file: source])
}

/// The mutated line(s) of each mutant that `mutationOperator` makes of `source`.
private func mutatedLines(of source: String, by mutationOperator: MutationOperator) -> [String] {
  mutants(of: source, by: mutationOperator).map(\.mutatedLines)
}

/// `body` as the body of a function `f(a:b:)` returning Bool, one statement per line.
private func function(_ body: String) -> String {
  "func f(a: Int, b: Int) -> Bool {\n  \(body)\n}\n"
}

@Suite struct MutatorTests {
  @Test(
    "A comparison flips to its opposite",
    arguments: [
      ("a == b", "a != b"), ("a != b", "a == b"), ("a < b", "a >= b"), ("a >= b", "a < b"),
      ("a > b", "a <= b"), ("a <= b", "a > b"),
    ])
  func comparisonFlips(original: String, flipped: String) {
    let found = mutants(of: function("return \(original)"), by: .comparison)

    #expect(found.map(\.mutatedLines) == ["return \(flipped)"])
    #expect(found.first?.line == 2)
    #expect(found.first?.originalLines == "return \(original)")
  }

  @Test(
    "A boundary moves by one: < and <=, > and >= trade places",
    arguments: [("a < b", "a <= b"), ("a <= b", "a < b"), ("a > b", "a >= b"), ("a >= b", "a > b")])
  func boundaryMoves(original: String, moved: String) {
    #expect(mutatedLines(of: function("return \(original)"), by: .boundary) == ["return \(moved)"])
  }

  @Test("Angle brackets of generic types are not comparisons")
  func genericsAreNotComparisons() {
    let source = "let seen: Set<Int> = []\nlet map = Dictionary<String, Array<Int>>()\n"

    #expect(mutatedLines(of: source, by: .comparison) == [])
    #expect(mutatedLines(of: source, by: .boundary) == [])
  }

  @Test("A boolean literal flips, and && and || trade places")
  func booleansAndLogic() {
    #expect(mutatedLines(of: "var done = true\n", by: .boolean) == ["var done = false"])
    #expect(mutatedLines(of: "var done = false\n", by: .boolean) == ["var done = true"])
    #expect(
      mutatedLines(of: function("return a > 1 && b > 1"), by: .logical) == ["return a > 1 || b > 1"]
    )
    #expect(
      mutatedLines(of: function("return a > 1 || b > 1"), by: .logical) == ["return a > 1 && b > 1"]
    )
  }

  @Test("An integer literal moves up and down by one; other numbers stay")
  func integerLiterals() {
    #expect(
      mutatedLines(of: "let limit = 24\n", by: .integer) == ["let limit = 25", "let limit = 23"])
    #expect(mutatedLines(of: "let zero = 0\n", by: .integer) == ["let zero = 1", "let zero = -1"])
    #expect(
      mutatedLines(of: "let big = 1_000\n", by: .integer) == ["let big = 1001", "let big = 999"])
    #expect(mutatedLines(of: "let x = 1.5\nlet y = 0x1F\n", by: .integer) == [])
  }

  @Test("Comments and string literals are never mutated")
  func commentsAndStringsStay() {
    let source = #"""
      // a == b && true, 12
      /* a < b /* nested > */ false */
      let text = "a == b && true 12"
      let raw = #"a != b "quoted" || 3"#
      let interpolated = "\(a == b) and \(c ? "x" : "y")"
      let block = """
        a <= b || false 7
        """
      let x = 1

      """#

    let found = Mutator().mutants(of: [file: source])

    #expect(found.map(\.mutatedLines) == ["let x = 2", "let x = 0"])
    #expect(found.map(\.line) == [9, 9])
  }

  @Test("A statement that is a call or an assignment is dropped, a declaration or return is not")
  func dropsCallsAndAssignments() {
    let source = """
      func store(_ value: Int) {
        let doubled = value * 2
        log.append(doubled)
        responses[key] = doubled
        count += 1
        try journal.write(
          doubled,
          at: count)
        if doubled > 2 {
          return
        }
      }

      """

    let found = mutants(of: source, by: .dropStatement)

    #expect(
      found.map(\.originalLines) == [
        "log.append(doubled)", "responses[key] = doubled", "count += 1",
        "try journal.write(\ndoubled,\nat: count)",
      ])
    #expect(found.map(\.line) == [3, 4, 5, 6])
    #expect(found.allSatisfy { $0.mutatedLines.isEmpty })
    #expect(found.last?.mutatedFile.contains("journal") == false)
    #expect(found.first?.description == "`log.append(doubled)` is removed")
  }

  @Test("A function that returns nothing returns at once; initializers and empty bodies do not")
  func returnsEarly() {
    let source = """
      struct Ledger {
        init(x: Int) {
          self.x = x
        }
        func empty() {}
        mutating func record(_ value: Int) {
          values.append(value)
        }
        func total() -> Int {
          values.count
        }
      }

      """

    let found = mutants(of: source, by: .returnEarly)

    #expect(found.map(\.line) == [6])
    #expect(found.first?.mutatedFile.contains("func record(_ value: Int) {\n    return;\n") == true)
    #expect(found.first?.description == "`mutating func record(_ value: Int)` returns at once")
  }

  @Test(
    "A returned value becomes a simple default of the declared type",
    arguments: [
      ("Bool", "a == b", "false"), ("Bool", "false", "true"), ("Int", "a + b", "0"),
      ("Int", "0", "1"), ("String", "name", #""""#), ("String?", "name", "nil"),
      ("[Int]", "[a, b]", "[]"), ("[String: Int]", "table", "[:]"),
    ])
  func returnValues(type: String, value: String, replacement: String) {
    let source = "func f(a: Int, b: Int) -> \(type) {\n  return \(value)\n}\n"

    #expect(mutatedLines(of: source, by: .returnValue) == ["return \(replacement)"])
  }

  @Test("No default for a type without one, nor for a return inside a closure")
  func noReturnValueWithoutADefault() {
    let source = """
      func response() -> Response {
        return stored
      }
      func count() -> Int {
        let values = items.map { item in
          return item.size
        }
        return values.count
      }

      """

    #expect(mutatedLines(of: source, by: .returnValue) == ["return 0"])
  }

  @Test("Two adjacent arguments of the same kind change places, keeping their labels")
  func swapsArguments() {
    let source = """
      func f() {
        transfer(from: payer, to: payee)
        let r = Response(status: 201, body: "ok")
        let pair = min(1, 2)
      }
      func g(a: Int, b: Int) {}

      """

    #expect(
      mutatedLines(of: source, by: .swapArguments) == [
        "transfer(from: payee, to: payer)", "let pair = min(2, 1)",
      ])
  }

  @Test("A branch never runs: if and while get false, guard always exits")
  func branchesNeverRun() {
    let source = """
      func f(key: String) -> Int {
        if let stored = responses[key] {
          return stored
        }
        guard count > 1 else { return 0 }
        while count < 3 {
          count += 1
        }
        return count
      }

      """

    let found = mutants(of: source, by: .branch)

    #expect(
      found.map(\.mutatedLines) == [
        "if let stored = responses[key], false {", "guard false else { return 0 }",
        "while false {",
      ])
    #expect(found.first?.description == "`if let stored = responses[key]` never runs its body")
  }

  @Test("A mutant's key names its file, operator and lines, not its line number")
  func keysSurviveMovedLines() {
    let source = function("return a == b")

    let before = mutants(of: source, by: .comparison)
    let after = mutants(of: "// A comment that moves the code down.\n" + source, by: .comparison)

    #expect(before.map(\.key) == after.map(\.key))
    #expect(before.map(\.line) == [2])
    #expect(after.map(\.line) == [3])
    #expect(
      before.first?.key
        == MutantKey(
          file: file, operator: .comparison, originalLines: "return a == b",
          mutatedLines: "return a != b"))
  }

  @Test("Every prefix of a source file yields its mutants without a crash, each a change")
  func everyPrefixMutates() {
    let source = """
      struct Cache {
        private var responses: [String: Int] = [:]

        mutating func store(_ value: Int, for key: String) -> Bool {
          guard value >= 0, key.isEmpty == false else { return false }
          if let stored = responses[key] { record(stored, "\\(key)") }
          responses[key] = value
          while responses.count > 10 { responses.removeAll() }
          return true
        }
      }

      """

    for end in source.indices {
      let prefix = String(source[..<end])
      let found = Mutator().mutants(of: [file: prefix])
      #expect(found.allSatisfy { $0.mutatedFile != prefix }, "\(prefix)")
    }
  }

  @Test("Mutants of several files are numbered from 1, file by file, in source order")
  func numbersMutants() {
    let other = "Katas/Lesson01RedGreenRefactor/A.swift"

    let found = Mutator(operators: [.boolean]).mutants(of: [
      file: "let x = true\nlet y = false\n", other: "let z = true\n",
    ])

    #expect(found.map(\.id) == [1, 2, 3])
    #expect(found.map(\.file) == [other, file, file])
    #expect(found.map(\.line) == [1, 1, 2])
  }

  @Test("A survivor's diff shows the line before and after, labelled with its file")
  func diffShowsTheChange() {
    let found = mutants(of: function("return a == b"), by: .comparison)

    let diff = found.first?.diff ?? ""

    #expect(diff.contains("--- a/\(file)\n+++ b/\(file)\n"))
    #expect(diff.contains("-  return a == b\n+  return a != b\n"))
  }

  @Test("Each use of a parameter becomes a default of its type, as if the code ignored it")
  func ignoredParameters() {
    let source = """
      func f(for key: String, count: Int, run operation: () -> Int, flag: Bool) -> Bool {
        if store[key] == nil, count > 2 {
          store[key] = operation()
        }
        return flag && key.isEmpty
      }

      """

    #expect(
      mutatedLines(of: source, by: .ignoredParameter) == [
        #"if store[""] == nil, count > 2 {"#, #"if store[key] == nil, 0 > 2 {"#,
        #"store[""] = operation()"#, "return false && key.isEmpty", #"return flag && "".isEmpty"#,
      ])
  }

  @Test("A parameter's name used as a label or a member is not a use of the parameter")
  func parameterNamesThatAreNotUses() {
    let source = """
      func store(key: String) {
        self.key = key
        let copy = Item(key: other.key)
      }

      """

    #expect(mutatedLines(of: source, by: .ignoredParameter) == [#"self.key = """#])
  }

  @Test("An initializer's parameters are left alone")
  func initializersKeepTheirParameters() {
    let source = """
      init(status: Int) {
        self.status = status
      }

      """

    #expect(mutatedLines(of: source, by: .ignoredParameter) == [])
  }

  @Test("Lesson 01's reference code: a branch, a dropped store write, and the key ignored twice")
  func lessonOneMutants() {
    let cache = """
      public final class IdempotencyCache {
        /// The response first given to each key.
        private var responses: [String: Response] = [:]

        public init() {}

        public func response(for key: String, orRun operation: () -> Response) -> Response {
          if let stored = responses[key] {
            return stored
          }
          let response = operation()
          responses[key] = response
          return response
        }
      }

      """

    let found = Mutator().mutants(of: [file: cache])

    #expect(
      found.map(\.operator) == [.ignoredParameter, .branch, .dropStatement, .ignoredParameter])
    #expect(found.map(\.line) == [8, 8, 12, 12])
  }
}
