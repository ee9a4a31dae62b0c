import Foundation

/// Where the learner is: the current lesson and step, the hints seen, and the lessons finished.
public struct LearnerProgress: Codable, Equatable, Sendable {
  /// The slug of the lesson the learner is working on, if any.
  public var lesson: String?
  /// The step whose tests the learner is working against.
  public var step: Int
  /// How many of the current step's hints the learner has seen.
  public var hintsShown: Int
  /// The slugs of the lessons the learner has finished.
  public var finished: [String]
  /// How many results the learner predicted with `check --predict`.
  public var predictions = 0
  /// How many of those predictions held.
  public var predictionsHeld = 0
  /// The colour the learner predicted with `predict` for the next check, if any.
  public var pendingPrediction: Colour?
  /// The slug of the finished lesson whose tests `check` and `watch` still run, for the
  /// lesson's exercises, while no lesson is in progress; nil once another lesson starts.
  public var practising: String?
  /// Whether the learner has run `check` since arriving at the current step.
  public var checkedThisStep = false
  /// A fingerprint of the lesson's production code when the learner arrived at the step.
  public var productionOnArrival: String?
  /// Whether the learner asked to be handed every test, even those a lesson leaves to them.
  public var handsOutEveryTest = false
  /// Whether the current step's test is the learner's to write: `next` brought them to a step
  /// that leaves its test to them, and gave them no new test.
  public var writesOwnTest = false
  /// The lesson's test files, by path, as the learner has them at the current step, when they
  /// hold the learner's own tests; nil when they are the reference's tests of the step.
  public var ownTests: [String: String]?
  /// The tests the learner wrote at the current step that failed, once graded red as intended;
  /// at an amber step, the first compile error of their test.
  public var acceptedTests: [String]?
  /// The lesson's test files, by path, as they were when the learner's tests at the current step
  /// were graded red as intended.
  public var acceptedTestFiles: [String: String]?

  /// Progress before any lesson has started.
  public static let none = LearnerProgress(lesson: nil, step: 0, hintsShown: 0, finished: [])

  /// Creates progress at `step` of `lesson`, with no predictions yet.
  public init(lesson: String?, step: Int, hintsShown: Int, finished: [String]) {
    self.lesson = lesson
    self.step = step
    self.hintsShown = hintsShown
    self.finished = finished
  }

  /// Makes `slug` the current lesson at step `number`, with no hints seen and no check run yet.
  /// Free practice in a finished lesson ends here.
  ///
  /// - Parameter production: a fingerprint of the production code as the learner finds it.
  public mutating func move(to number: Int, of slug: String, production: String? = nil) {
    lesson = slug
    practising = nil
    step = number
    hintsShown = 0
    checkedThisStep = false
    productionOnArrival = production
    writesOwnTest = false
    ownTests = nil
    acceptedTests = nil
    acceptedTestFiles = nil
  }

  /// Leaves the current lesson, if any.
  public mutating func leave() {
    lesson = nil
    step = 0
    hintsShown = 0
    checkedThisStep = false
    productionOnArrival = nil
    writesOwnTest = false
    ownTests = nil
    acceptedTests = nil
    acceptedTestFiles = nil
  }

  /// Whether the production code of `files` is as the learner found it on arriving at the step.
  public func isCodeAsFound(_ files: Snapshot, in lesson: Lesson) -> Bool {
    lesson.productionFingerprint(of: files) == productionOnArrival
  }

  /// Counts a prediction of the colour of a run, and whether it held.
  public mutating func predicted(_ colour: Colour, saw actual: Colour) {
    counted(predictionHeld: colour == actual)
  }

  /// Counts a prediction, such as which tests a break step breaks, and whether it held.
  public mutating func counted(predictionHeld held: Bool) {
    predictions += 1
    if held {
      predictionsHeld += 1
    }
  }

  /// Reads progress; fields added after the first release may be missing.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    lesson = try container.decodeIfPresent(String.self, forKey: .lesson)
    step = try container.decode(Int.self, forKey: .step)
    hintsShown = try container.decode(Int.self, forKey: .hintsShown)
    finished = try container.decode([String].self, forKey: .finished)
    predictions = try container.decodeIfPresent(Int.self, forKey: .predictions) ?? 0
    predictionsHeld = try container.decodeIfPresent(Int.self, forKey: .predictionsHeld) ?? 0
    checkedThisStep = try container.decodeIfPresent(Bool.self, forKey: .checkedThisStep) ?? false
    productionOnArrival = try container.decodeIfPresent(String.self, forKey: .productionOnArrival)
    pendingPrediction = try container.decodeIfPresent(Colour.self, forKey: .pendingPrediction)
    practising = try container.decodeIfPresent(String.self, forKey: .practising)
    handsOutEveryTest =
      try container.decodeIfPresent(Bool.self, forKey: .handsOutEveryTest) ?? false
    writesOwnTest = try container.decodeIfPresent(Bool.self, forKey: .writesOwnTest) ?? false
    ownTests = try container.decodeIfPresent([String: String].self, forKey: .ownTests)
    acceptedTests = try container.decodeIfPresent([String].self, forKey: .acceptedTests)
    acceptedTestFiles = try container.decodeIfPresent(
      [String: String].self, forKey: .acceptedTestFiles)
  }

  /// Why the progress file cannot be read.
  public struct Unreadable: Error {
    /// What the decoder said.
    public let reason: String
  }

  /// Reads the learner's progress from `.workbook/progress.json`, or `none` when there is none.
  ///
  /// - Throws: `Unreadable` when the file is there but is not valid progress.
  public static func load(from workspace: Workspace) throws(Unreadable) -> LearnerProgress {
    guard let data = FileManager.default.contents(atPath: file(in: workspace).path) else {
      return .none
    }
    let progress: LearnerProgress
    do {
      progress = try JSONDecoder().decode(LearnerProgress.self, from: data)
    } catch {
      throw Unreadable(reason: describe(error))
    }
    if let impossibility = progress.impossibility {
      throw Unreadable(reason: impossibility)
    }
    return progress
  }

  /// Writes the progress to `.workbook/progress.json`.
  public func save(to workspace: Workspace) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try FileTree.write(try encoder.encode(self), to: Self.file(in: workspace))
  }

  /// Where the progress is kept: `.workbook/progress.json`.
  public static func file(in workspace: Workspace) -> URL {
    workspace.stateFolder.appendingPathComponent("progress.json")
  }
}
