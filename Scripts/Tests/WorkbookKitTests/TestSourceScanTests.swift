import Testing

@testable import WorkbookGates

@Suite struct TestSourceScanTests {
  private let path = "Tests/KataTests/CacheTests.swift"

  private func scan(_ source: String) -> TestSourceScan {
    TestSourceScan(files: [path: source])
  }

  @Test("Each @Test function is found with its labels, the line of its attribute and its source")
  func findsTests() {
    let source = """
      import Testing

      @Suite struct CacheTests {
        @Test("a first request runs the operation")
        func first() {
          #expect(1 == 1)
        }

        @Test(arguments: [1, 2]) func replays(status: Int) throws {
          try #require(status > 0)
        }

        func helper(_ value: Int, into list: inout [Int]) {}
      }
      """

    let tests = scan(source).tests

    #expect(
      tests == [
        .init(
          name: "CacheTests/first()", file: path, line: 4, checksSomething: true,
          source: "@Test(\"a first request runs the operation\")\n  func first() {\n"
            + "    #expect(1 == 1)\n  }"),
        .init(
          name: "CacheTests/replays(status:)", file: path, line: 9, checksSomething: true,
          source: "@Test(arguments: [1, 2]) func replays(status: Int) throws {\n"
            + "    try #require(status > 0)\n  }"),
      ])
  }

  @Test("A test that records no expectation checks nothing")
  func testWithoutExpectation() {
    let source = """
      @Test func runsTheOperation() {
        let cache = Cache()
        _ = cache.response(for: "key-1") { payment }
      }
      """

    #expect(scan(source).tests.map(\.checksSomething) == [false])
  }

  @Test(
    "#expect, #require, Issue.record, confirmation and withKnownIssue each count as checking",
    arguments: [
      "#expect(value == 1)", "_ = try #require(value)", #"Issue.record("unreachable")"#,
      "await confirmation { confirm in confirm() }", "withKnownIssue { fail() }",
    ])
  func expectationKinds(line: String) {
    let source = "@Test func check() async throws {\n  \(line)\n}\n"

    #expect(scan(source).tests.map(\.checksSomething) == [true])
  }

  @Test(
    "An #expect in a comment or a string does not count, and braces in them do not end the body")
  func expectationsInCommentsAndStrings() {
    let source = ##"""
      @Test func quiet() {
        // #expect(value == 1) }
        /* #expect(value == 1) /* nested } */ } */
        let text = "#expect(value) }"
        let raw = #"a "quoted" \#(value) #expect }"#
        let long = """
          #expect(value) }
          """
      }

      @Test func loud() { #expect(true) }
      """##

    let tests = scan(source).tests

    #expect(tests.map(\.name) == ["quiet()", "loud()"])
    #expect(tests.map(\.checksSomething) == [false, true])
  }

  @Test("A test checks something through a helper that expects, even two calls away")
  func expectationThroughHelpers() {
    let source = """
      @Test func viaHelper() { assertReplays(key: "a") }
      @Test func viaTwoHelpers() { replayTwice() }
      @Test func viaSilentHelper() { prepare() }

      func replayTwice() { assertReplays(key: "a"); assertReplays(key: "b") }
      func assertReplays(key: String) { #expect(key.isEmpty == false) }
      func prepare() { _ = 1 }
      """

    let tests = scan(source).tests

    #expect(tests.map(\.checksSomething) == [true, true, false])
  }

  @Test("Tests in nested types and extensions are named after their types, as Swift Testing does")
  func namesFollowTypes() {
    let source = """
      @Suite struct Outer {
        @Suite struct Inner {
          @Test func nested() { #expect(true) }
        }
        class var label: String { "outer" }
        @Test func outer() { #expect(true) }
      }
      extension Outer.Inner {
        @Test func extended() { #expect(true) }
      }
      @Test func free() { #expect(true) }
      """

    let names = scan(source).tests.map(\.name)

    #expect(names == ["Outer/Inner/nested()", "Outer/outer()", "Outer/Inner/extended()", "free()"])
  }

  @Test("Closure types and nested generics in parameters do not hide the labels after them")
  func labelsAfterArrowsAndGenerics() {
    let source = """
      @Test(arguments: [1]) func map(_ transform: (Int) -> Int, into sets: Set<Array<Int>>?, count: Int) {}
      @Test func pick<T: Collection<Int>>(from list: T, at index: Int) {}
      """

    #expect(scan(source).tests.map(\.name) == ["map(_:into:count:)", "pick(from:at:)"])
  }

  @Test("A string left open ends at the end of its line, so the tests after it are still found")
  func unterminatedString() {
    let source = """
      let greeting = "hello
      @Test func later() { #expect(Date() > .distantPast) }
      """

    let scan = scan(source)

    #expect(scan.tests.map(\.name) == ["later()"])
    #expect(scan.hazards.map(\.found) == ["Date()"])
  }

  @Test(
    "A file that ends inside a bracket is read to its end, without a crash",
    arguments: [
      ("@Test func open() {\n  #expect(true)", ["open() checks"]),
      ("@Suite struct S {\n  @Test func open() {", ["S/open() checks nothing"]),
      ("@Test func open() {", ["open() checks nothing"]),
      ("@Test func open(_ value: Int", []),
      ("@Test func open(", []),
      ("@Test func open<T", []),
      ("@Test(", []),
    ])
  func unclosedBracketAtTheEnd(source: String, expected: [String]) {
    let tests = scan(source).tests

    #expect(
      tests.map { "\($0.name) \($0.checksSomething ? "checks" : "checks nothing")" } == expected)
  }

  @Test("Every prefix of a test file scans without a crash, finding no test the whole file lacks")
  func everyPrefixScans() {
    let source = """
      @Suite struct CacheTests {
        @Test(arguments: [1, 2]) func replays<T: Collection<Int>>(status: Int, into list: T) {
          #expect(Date() > .distantPast, "\\(status)")
        }
        static var shared = [Int]()
      }
      """
    let whole = Set(scan(source).tests.map(\.name))

    for end in source.indices {
      let names = Set(scan(String(source[..<end])).tests.map(\.name))
      #expect(names.isSubset(of: whole), "\(source[..<end])")
    }
  }

  @Test("Helpers in another test file of the lesson count too")
  func helpersAcrossFiles() {
    let scan = TestSourceScan(files: [
      "Tests/KataTests/A.swift": "@Test func first() { assertEmpty([]) }",
      "Tests/KataTests/Helpers.swift": "func assertEmpty(_ list: [Int]) { #expect(list.isEmpty) }",
    ])

    #expect(
      scan.tests == [
        .init(
          name: "first()", file: "Tests/KataTests/A.swift", line: 1, checksSomething: true,
          source: "@Test func first() { assertEmpty([]) }")
      ])
  }

  @Test("Real clocks, sleeps, randomness and shared state are found with their test and line")
  func hazards() {
    let source = """
      nonisolated(unsafe) var calls = 0

      @Suite struct CacheTests {
        static var shared = Cache()

        @Test func timing() async throws {
          let start = Date()
          try await Task.sleep(for: .milliseconds(10))
          #expect(Date.now > start)
        }

        @Test func chance() {
          let key = UUID()
          #expect(Int.random(in: 0..<2) == 0, "\\(key)")
          #expect(["a", "b"].shuffled().count == 2)
        }
      }

      func wait() { sleep(1); usleep(10); Thread.sleep(forTimeInterval: 0.1) }
      """

    let found = scan(source).hazards.map { "\($0.line) \($0.test ?? "-") \($0.found)" }

    #expect(
      found == [
        "1 - var calls", "4 - static var shared", "7 CacheTests/timing() Date()",
        "8 CacheTests/timing() Task.sleep", "9 CacheTests/timing() Date.now",
        "13 CacheTests/chance() UUID()", "14 CacheTests/chance() Int.random",
        "15 CacheTests/chance() .shuffled", "19 - sleep", "19 - usleep",
        "19 - Thread.sleep",
      ])
    #expect(scan(source).hazards.map(\.kind).first == .sharedState)
  }

  @Test("Local vars, computed vars, injected clocks and words in comments are not hazards")
  func notHazards() {
    let source = """
      var fixtures: [Int] { [1, 2] }

      @Suite struct CacheTests {
        static var cases: [Int] { [1] }
        var cache = Cache()

        @Test func injected() async throws {
          var runs = 0
          let clock = TestClock()
          try await clock.sleep(for: .seconds(1))
          runs += clock.now.offset
          // Date() and Task.sleep in a comment, static var too
          #expect(runs == 1, "Date() in a string")
        }
      }
      """

    #expect(scan(source).hazards == [])
  }

  @Test("The code in a string's interpolation is still looked at")
  func interpolation() {
    let source = #"@Test func stamp() { #expect("\(Date())".isEmpty == false) }"#

    #expect(scan(source).hazards.map(\.found) == ["Date()"])
  }
}
