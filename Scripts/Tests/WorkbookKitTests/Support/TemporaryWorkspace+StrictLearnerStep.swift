@testable import WorkbookCore

extension TemporaryWorkspace {
  /// The test of the strict lesson that `addStrictLessonWithLearnerStep` records at step 1.
  static let strictStartTests = """
    struct CacheTests {
      @Test func first() {
        #expect(compares) }
    }

    """

  /// The tests of that lesson before its step 4: step 1's test, whose logic step 3 moved into
  /// production code, where the test now reaches it through a `Cache`.
  static let strictGivenTests = strictStartTests.replacingOccurrences(
    of: "#expect(compares)", with: "let cache = Cache()\n#expect(compares)")

  /// The reference's production code of step 3, from before the step the learner writes; the
  /// green step after it writes only tests, so it is the green step's code too.
  static let strictCodeBefore = "let compares = true\nlet quirk = true\n"

  /// Records a lesson 01 with strict rules for `RuleRunner`, whose step 4 is the learner's to
  /// write. A green step writes its fact inside the test, as `let name = true`, and a refactor
  /// moves it into production code:
  ///
  /// 1. red: `first()` expects `compares`;
  /// 2. green: `first()` declares `compares` itself;
  /// 3. refactor: `compares` moves into production code, with `quirk`, reached through a
  ///    `Cache`;
  /// 4. red, the learner's: `second()` expects `stores`;
  /// 5. green: `second()` declares `stores` itself;
  /// 6. refactor: `stores` moves into production code, reached through a `Cache` too;
  /// 7. red: `third()` expects `compares` and `more`;
  /// 8. green: `third()` declares `more` itself.
  ///
  /// The working tree holds the last step.
  ///
  /// - Parameter storesInAString: whether step 6 moves `stores` into a string literal, where
  ///   the tests still read it but no mutant can change it.
  func addStrictLessonWithLearnerStep(storesInAString: Bool = false) throws {
    try write("Lessons/01-red-green-refactor/\(LessonRules.fileName)", #"{"rules": "strict"}"#)
    let learnerWrites =
      #""learnerWrites": {"behaviour": "The cache stores what it runs.", "goodFailure": "It fails because nothing is stored."}"#
    let red = { (test: String, extra: String) in
      #"{"kind": "red", "title": "Ask for \#(test)", "failing": ["CacheTests/\#(test)()"], "message": "Expectation failed", "hints": ["Look."]\#(extra)}"#
    }
    let green = #"{"kind": "green", "title": "Make it pass in the test", "hints": ["Do it."]}"#
    let move = #"{"kind": "refactor", "title": "Move it out of the test", "hints": ["Move."]}"#
    let adding = { (tests: String, test: String, body: String) in
      tests.replacingOccurrences(of: "}\n}", with: "}\n  @Test func \(test)() {\n\(body) }\n}")
    }
    let withLine = { (tests: String, line: String, fact: String) in
      tests.replacingOccurrences(of: "#expect(\(fact))", with: "\(line)\n#expect(\(fact))")
    }
    let withLogic = { (tests: String, fact: String) in withLine(tests, "let \(fact) = true", fact) }
    let withSecond = adding(Self.strictGivenTests, "second", "#expect(stores)")
    let withSecondMoved = withLine(withSecond, "let cache = Cache()", "stores")
    let withThird = adding(withSecondMoved, "third", "#expect(compares)\n#expect(more)")
    let stores = storesInAString ? #"let s = "let stores = true""# : "let stores = true"
    let codeAfter = Self.strictCodeBefore + stores + "\n"
    try addStep(
      "01-first", manifest: red("first", ""),
      files: [Self.test: Self.strictStartTests, Self.code: "// placeholder\n"])
    try addStep(
      "02-pass", manifest: green, files: [Self.test: withLogic(Self.strictStartTests, "compares")])
    try addStep(
      "03-move", manifest: move,
      files: [Self.test: Self.strictGivenTests, Self.code: Self.strictCodeBefore])
    try addStep(
      "04-second", manifest: red("second", ", " + learnerWrites), files: [Self.test: withSecond])
    try addStep("05-pass", manifest: green, files: [Self.test: withLogic(withSecond, "stores")])
    try addStep(
      "06-move", manifest: move, files: [Self.test: withSecondMoved, Self.code: codeAfter])
    try addStep("07-third", manifest: red("third", ""), files: [Self.test: withThird])
    try addStep("08-pass", manifest: green, files: [Self.test: withLogic(withThird, "more")])
    try write(Self.test, withLogic(withThird, "more"))
    try write(Self.code, codeAfter)
  }
}
