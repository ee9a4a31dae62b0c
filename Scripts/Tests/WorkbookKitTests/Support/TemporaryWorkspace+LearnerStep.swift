@testable import WorkbookCore

extension TemporaryWorkspace {
  /// The tests of the lesson that `addLessonWithLearnerStep` records, before step 3.
  static let givenTests = """
    struct CacheTests {
      @Test func first() { #expect(compares) }
    }

    """

  /// The reference's production code of step 2, from before the step the learner writes.
  static let codeBefore = "let compares = true\nlet quirk = true\n"

  /// Records a lesson 01 for `RuleRunner` whose step 3 is the learner's to write: red, green,
  /// red (the learner's), green, red, green. The working tree holds the last step.
  ///
  /// The reference's test of step 3 expects `stores`, which only step 4's code declares; step 4
  /// also declares `extra`, which no reference test checks.
  ///
  /// - Parameter amber: whether step 3 is amber instead: its test uses `store()`, which only
  ///   step 4's code declares.
  func addLessonWithLearnerStep(amber: Bool = false) throws {
    let learnerWrites =
      #""learnerWrites": {"behaviour": "The cache stores what it runs.", "goodFailure": "It fails because nothing is stored."}"#
    let redManifest = { (test: String, extra: String) in
      #"{"kind": "red", "title": "Ask for \#(test)", "failing": ["CacheTests/\#(test)()"], "message": "Expectation failed", "hints": ["Look."]\#(extra)}"#
    }
    let greenManifest = #"{"kind": "green", "title": "Make it pass", "hints": ["Do it."]}"#
    let secondBody = amber ? "uses(store) #expect(stores)" : "#expect(stores)"
    let withSecond = Self.givenTests.replacingOccurrences(
      of: "}\n}", with: "}\n  @Test func second() { \(secondBody) }\n}")
    let withThird = withSecond.replacingOccurrences(
      of: "}\n}", with: "}\n  @Test func third() { #expect(more) }\n}")
    let codeAfter =
      "let compares = true\nlet stores = true\nlet extra = true\nlet quirk = true\n"
      + (amber ? "func store() {}\n" : "")
    try addStep(
      "01-first", manifest: redManifest("first", ""),
      files: [Self.test: Self.givenTests, Self.code: "\n"])
    try addStep("02-pass", manifest: greenManifest, files: [Self.code: Self.codeBefore])
    let amberManifest =
      #"{"kind": "amber", "title": "Ask for store", "diagnostic": "cannot find 'store'", "hints": ["Look."], \#(learnerWrites)}"#
    try addStep(
      "03-second", manifest: amber ? amberManifest : redManifest("second", ", " + learnerWrites),
      files: [Self.test: withSecond])
    try addStep("04-store", manifest: greenManifest, files: [Self.code: codeAfter])
    try addStep("05-third", manifest: redManifest("third", ""), files: [Self.test: withThird])
    try addStep(
      "06-more", manifest: greenManifest, files: [Self.code: codeAfter + "let more = true\n"])
    try write(Self.test, withThird)
    try write(Self.code, codeAfter + "let more = true\n")
  }
}
