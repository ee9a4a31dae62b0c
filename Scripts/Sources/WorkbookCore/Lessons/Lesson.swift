/// A recorded lesson: its place in the curriculum and its steps.
public struct Lesson: Equatable, Sendable {
  /// The lesson's entry in the curriculum.
  public let entry: CurriculumEntry
  /// The lesson's steps, in order; step 1 is the starting point.
  public let steps: [Step]
  /// The step rules the lesson follows, from its `lesson.json`.
  public let rules: LessonRules

  /// The lesson of `entry` with `steps`, following `rules`.
  public init(entry: CurriculumEntry, steps: [Step], rules: LessonRules = .standard) {
    self.entry = entry
    self.steps = steps
    self.rules = rules
  }

  /// The folder of the lesson's production code, relative to the repository root.
  public var kataFolder: String { "Katas/\(entry.kata)/" }
  /// The folder of the lesson's tests, relative to the repository root.
  public var testsFolder: String { "Tests/\(entry.kata)Tests/" }
  /// The folder of the lesson's text and steps, relative to the repository root.
  public var lessonFolder: String { "Lessons/\(entry.slug)/" }
  /// The lesson's number as it is written in commands, such as `01`.
  public var paddedNumber: String { entry.slug.prefix { $0 != "-" }.description }

  /// The step with this number, or nil when there is none.
  public func step(_ number: Int) -> Step? {
    steps.indices.contains(number - 1) ? steps[number - 1] : nil
  }

  /// The lesson's files after replaying steps 1 through `number`.
  public func state(after number: Int) -> Snapshot {
    steps.prefix(number).reduce(Snapshot()) { snapshot, step in step.applied(to: snapshot) }
  }

  /// Whether `path` lies in the lesson's tests rather than its production code.
  public func isTestPath(_ path: String) -> Bool {
    path.hasPrefix(testsFolder)
  }

  /// Whether `path` lies in the lesson's production code, the kata.
  public func isProductionPath(_ path: String) -> Bool {
    path.hasPrefix(kataFolder)
  }

  /// The test doubles of `snapshot`: the files of its tests that declare no test (no `@Test`
  /// and no `@Suite`), such as a spy, a stub or a helper the tests share. A break step that
  /// changes a role changes the doubles that play it, as a team would, and no test.
  public func testDoubles(of snapshot: Snapshot) -> Set<String> {
    Set(tests(of: snapshot).texts.filter { !Self.declaresTests($0.value) }.keys)
  }

  /// Whether Swift test source `text` declares a test or a suite (`@Test`, `@Suite`), rather
  /// than a double or a helper the tests share.
  static func declaresTests(_ text: String) -> Bool {
    text.contains("@Test") || text.contains("@Suite")
  }

  /// The production code of `snapshot`, without its tests.
  public func production(of snapshot: Snapshot) -> Snapshot {
    snapshot.filtered(isProductionPath)
  }

  /// A fingerprint of the production code of `snapshot`, equal when the code is.
  public func productionFingerprint(of snapshot: Snapshot) -> String {
    snapshot.fingerprint(under: kataFolder)
  }

  /// The tests of `snapshot`, without its production code.
  public func tests(of snapshot: Snapshot) -> Snapshot {
    snapshot.filtered(isTestPath)
  }

  /// The test files of `files` that differ from those step `number` gives, by path.
  public func editedTests(in files: Snapshot, at number: Int) -> [String] {
    files.changedPaths(since: state(after: number)).filter(isTestPath).sorted()
  }

  /// The test files whose expectations (`#expect`, `#require`, `Issue.record` lines) differ
  /// between `before` and `after`, by path.
  public func testsWithChangedExpectations(from before: Snapshot, to after: Snapshot) -> [String] {
    after.changedPaths(since: before).filter(isTestPath).sorted().filter { path in
      LessonRules.expectations(in: after.text(at: path) ?? "")
        != LessonRules.expectations(in: before.text(at: path) ?? "")
    }
  }

  /// Whether `path` lies in one of the two folders a step may change.
  public func isStepPath(_ path: String) -> Bool {
    path.hasPrefix(kataFolder) || path.hasPrefix(testsFolder)
  }

  /// The name swift test's filter must match for this lesson's tests, anchored to the module.
  public var testFilter: String { "^\(entry.kata)Tests\\." }
}
