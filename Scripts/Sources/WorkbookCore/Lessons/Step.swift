import Foundation

/// One recorded step of a lesson: its kind, its title, what its test run must show, and the
/// files it changes.
public struct Step: Equatable, Sendable {
  /// The step's position in its lesson, starting at 1.
  public let number: Int
  /// The name of the step's folder in `Lessons/<lesson>/steps/`, such as `03-name-the-responses`.
  public let folder: String
  /// The kind of the step, which fixes what it may change and what its test run must show.
  public let kind: StepKind
  /// A short title in the imperative, such as "Fake it".
  public let title: String
  /// What the test run at this step must show.
  public private(set) var expectation: Expectation
  /// Hints for the learner who must get from this step to green, gentlest first.
  public let hints: [String]
  /// The files this step writes, by repository-relative path.
  public let writes: [String: Data]
  /// The repository-relative paths this step deletes.
  public let deletes: [String]
  /// The earlier steps whose change this step takes back on purpose, by number.
  public let undoes: [Int]
  /// What the learner must test when the step's test is theirs to write; nil when the workbook
  /// hands the step's test out.
  public let learnerWrites: LearnerWrites?

  /// Whether the step's test is the learner's to write.
  public var isLearnerWritten: Bool { learnerWrites != nil }

  /// The test files the step writes, where a learner who writes its test puts theirs: those
  /// that declare tests, when it writes a test double beside them, such as a stub.
  public func testFiles(of lesson: Lesson) -> [String] {
    let files = writes.keys.filter(lesson.isTestPath).sorted()
    let declaringTests = files.filter { path in
      Lesson.declaresTests(String(decoding: writes[path] ?? Data(), as: UTF8.self))
    }
    return declaringTests.isEmpty ? files : declaringTests
  }
  /// The outer tests this step expects to keep failing, each for its declared reason.
  public let outerStillRed: [StillRedTest]

  /// A step with everything given.
  public init(
    number: Int, folder: String, kind: StepKind, title: String, expectation: Expectation,
    hints: [String], writes: [String: Data], deletes: [String], undoes: [Int] = [],
    learnerWrites: LearnerWrites? = nil, outerStillRed: [StillRedTest] = []
  ) {
    self.number = number
    self.folder = folder
    self.kind = kind
    self.title = title
    self.expectation = expectation
    self.hints = hints
    self.writes = writes
    self.deletes = deletes
    self.outerStillRed = outerStillRed
    self.undoes = undoes
    self.learnerWrites = learnerWrites
  }

  /// The same step, expecting `expectation` of its test run instead.
  public func expecting(_ expectation: Expectation) -> Step {
    var step = self
    step.expectation = expectation
    return step
  }

  /// The step as it reads in a list: number, kind and title.
  public var label: String { "step \(number) (\(kind.rawValue): \(title))" }

  /// Applies the step's changes to `snapshot`.
  public func applied(to snapshot: Snapshot) -> Snapshot {
    var result = snapshot
    for path in deletes {
      result.files[path] = nil
    }
    result.files.merge(writes) { _, new in new }
    return result
  }
}
