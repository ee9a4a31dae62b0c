@testable import WorkbookCore

extension TemporaryWorkspace {
  /// The acceptance test of the lesson that `addLessonWithLearnerStepInOuterLoop` records: it
  /// passes once the code declares `closed`.
  static let outerTest = "CacheTests/outer()"

  /// The tests of that lesson before step 3: a unit test that passes, and the acceptance test,
  /// which fails until the outer loop closes.
  static let givenTestsInOuterLoop = """
    struct CacheTests {
      @Test func first() { #expect(compares) }
      @Test func outer() { #expect(closed) }
    }

    """

  /// Records a lesson 01 for `RuleRunner` whose step 3 is the learner's to write while the
  /// acceptance test `outerTest` stays red, as in the double loop: red, green, the learner's
  /// step, green, red, green. Every step up to the learner's keeps the acceptance test red;
  /// step 6's code declares `closed` and turns it green. The working tree holds the last step.
  ///
  /// The reference's test of step 3 expects `stores`, which only step 4's code declares.
  ///
  /// - Parameter amber: whether step 3 is amber, its test using `store()`, and step 4's green
  ///   code still keeps the acceptance test red; otherwise step 3 is red and keeps the
  ///   acceptance test red itself, and step 4's code turns it green.
  func addLessonWithLearnerStepInOuterLoop(amber: Bool) throws {
    let stillRed =
      #""outerStillRed": [{"test": "\#(Self.outerTest)", "message": "Expectation failed: closed"}]"#
    let learnerWrites =
      #""learnerWrites": {"behaviour": "The cache stores what it runs.", "goodFailure": "It fails because nothing is stored."}"#
    let red = { (test: String, extra: String) in
      #"{"kind": "red", "title": "Ask for \#(test)", "failing": ["CacheTests/\#(test)()"], "message": "Expectation failed", "hints": ["Look."]\#(extra)}"#
    }
    let green = { (extra: String) in
      #"{"kind": "green", "title": "Make it pass", "hints": ["Do it."]\#(extra)}"#
    }
    let amberManifest =
      #"{"kind": "amber", "title": "Ask for store", "diagnostic": "cannot find 'store'", "hints": ["Look."], \#(learnerWrites)}"#
    let adding = { (tests: String, name: String, body: String) in
      tests.replacingOccurrences(of: "}\n}", with: "}\n  @Test func \(name)() { \(body) }\n}")
    }
    let withSecond = adding(
      Self.givenTestsInOuterLoop, "second",
      amber ? "uses(store) #expect(stores)" : "#expect(stores)")
    let withThird = adding(withSecond, "third", "#expect(more)")
    let codeAfter =
      "let compares = true\nlet stores = true\nlet quirk = true\n"
      + (amber ? "func store() {}\n" : "")
    let finalCode = codeAfter + "let more = true\nlet closed = true\n"
    try addStep(
      "01-first", manifest: red("first", ", " + stillRed),
      files: [Self.test: Self.givenTestsInOuterLoop, Self.code: "\n"])
    try addStep("02-pass", manifest: green(", " + stillRed), files: [Self.code: Self.codeBefore])
    try addStep(
      "03-second",
      manifest: amber ? amberManifest : red("second", ", \(learnerWrites), \(stillRed)"),
      files: [Self.test: withSecond])
    try addStep(
      "04-store", manifest: green(amber ? ", " + stillRed : ""),
      files: [Self.code: codeAfter + (amber ? "" : "let closed = true\n")])
    try addStep(
      "05-third", manifest: red("third", amber ? ", " + stillRed : ""),
      files: [Self.test: withThird])
    try addStep("06-more", manifest: green(""), files: [Self.code: finalCode])
    try write(Self.test, withThird)
    try write(Self.code, finalCode)
  }
}
