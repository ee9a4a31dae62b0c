import Foundation
import Testing

@testable import WorkbookCore

private let steps = "Lessons/01-red-green-refactor/steps"
private let amberStart = #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find"}"#
private let learnerWrites = #"{"behaviour": "A retry replays.", "goodFailure": "It runs twice."}"#

extension LessonLoaderTests {
  /// A `step.json` that cannot be used, and fragments of the message that must say why.
  struct BrokenManifest: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let manifest: String
    let fragments: [String]
  }

  /// Step folders of lesson 01 that are not numbered 01, 02, … without gaps.
  struct Numbering: Sendable, CustomTestStringConvertible {
    let folders: [String]
    let fragments: [String]

    var testDescription: String { folders.joined(separator: ", ") }
  }

  /// A step that reaches outside the lesson's two folders, and the path the message must name.
  struct Escape: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let files: [String: String]
    let deleted: [String]
    let path: String
  }
}

private let brokenManifests: [LessonLoaderTests.BrokenManifest] = [
  .init(
    testDescription: "not JSON", manifest: #"{"kind": "green", "title": "Oops""#,
    fragments: ["\(steps)/02-broken/step.json is malformed"]),
  .init(
    testDescription: "an unknown kind", manifest: #"{"kind": "blue", "title": "Oops"}"#,
    fragments: [
      "\(steps)/02-broken/step.json is malformed: unknown kind 'blue'; "
        + "kinds are amber, red, green, refactor"
    ]),
  .init(
    testDescription: "a misspelled key",
    manifest: #"{"kind": "green", "title": "Oops", "hint": ["Look."]}"#,
    fragments: [
      #"\#(steps)/02-broken/step.json is malformed: unknown key "hint"; keys are kind, title, "#
        + "diagnostic, failing, message, learnerWrites, hints, deleted, undoes"
    ]),
  .init(
    testDescription: "no title", manifest: #"{"kind": "green"}"#,
    fragments: ["\(steps)/02-broken/step.json is malformed", #"missing key "title""#]),
  .init(
    testDescription: "a red step without failing tests",
    manifest: #"{"kind": "red", "title": "Oops", "message": "Expectation failed"}"#,
    fragments: [#"\#(steps)/02-broken/step.json: a red step needs "failing" tests"#]),
  .init(
    testDescription: "a red step without a message",
    manifest: #"{"kind": "red", "title": "Oops", "failing": ["CacheTests/first()"]}"#,
    fragments: [#"\#(steps)/02-broken/step.json: a red step needs "failing" tests"#]),
  .init(
    testDescription: "a step that undoes itself",
    manifest: #"{"kind": "green", "title": "Oops", "undoes": [2]}"#,
    fragments: [
      #"\#(steps)/02-broken/step.json: "undoes" names step 2, which is not a step before it"#
    ]),
  .init(
    testDescription: "an amber step without a diagnostic",
    manifest: #"{"kind": "amber", "title": "Oops"}"#,
    fragments: [#"\#(steps)/02-broken/step.json: an amber step needs a "diagnostic""#]),
  .init(
    testDescription: "a green step the learner writes",
    manifest: #"{"kind": "green", "title": "Oops", "learnerWrites": \#(learnerWrites)}"#,
    fragments: [
      "\(steps)/02-broken/step.json: only a red or amber step can be the learner's to write"
    ]),
  .init(
    testDescription: "a learner's step without the behaviour to test",
    manifest:
      #"{"kind": "amber", "title": "Oops", "diagnostic": "cannot find", "learnerWrites": {"behaviour": " ", "goodFailure": "It fails."}}"#,
    fragments: [
      #"\#(steps)/02-broken/step.json: "learnerWrites" needs a "behaviour" and a "goodFailure""#
    ]),
  .init(
    testDescription: "a learner's step without a good failure",
    manifest:
      #"{"kind": "amber", "title": "Oops", "diagnostic": "cannot find", "learnerWrites": {"behaviour": "A retry replays."}}"#,
    fragments: ["\(steps)/02-broken/step.json is malformed", #"missing key "goodFailure""#]),
  .init(
    testDescription: "a learner's step that writes no test file",
    manifest:
      #"{"kind": "amber", "title": "Oops", "diagnostic": "cannot find", "learnerWrites": \#(learnerWrites)}"#,
    fragments: [
      "\(steps)/02-broken/step.json: a step the learner writes must write a test file, "
        + "which is where the learner's test goes"
    ]),
  .init(
    testDescription: "a green step with a diagnostic",
    manifest: #"{"kind": "green", "title": "Oops", "diagnostic": "cannot find"}"#,
    fragments: ["\(steps)/02-broken/step.json: a green step expects every test to pass"]),
]

private let numberings: [LessonLoaderTests.Numbering] = [
  .init(folders: ["02-start"], fragments: ["\(steps)/02-start", "'01-'"]),
  .init(folders: ["01-start", "03-gap"], fragments: ["\(steps)/03-gap", "'02-'"]),
  .init(folders: ["01-start", "01-twice"], fragments: ["\(steps)/01-twice", "'02-'"]),
  .init(folders: ["01-start", "2-unpadded"], fragments: ["\(steps)/2-unpadded", "'02-'"]),
]

private let escapes: [LessonLoaderTests.Escape] = [
  .init(
    testDescription: "a file at the repository root",
    files: ["Package.swift": "// swift-tools-version: 6.0\n"], deleted: [],
    path: "Package.swift"),
  .init(
    testDescription: "a file of another lesson",
    files: ["Katas/Lesson02BabySteps/Cache.swift": "v1\n"], deleted: [],
    path: "Katas/Lesson02BabySteps/Cache.swift"),
  .init(
    testDescription: "a deletion that climbs out with ..",
    files: [TemporaryWorkspace.code: "v1\n"],
    deleted: ["Katas/Lesson01RedGreenRefactor/../../Package.swift"],
    path: "Katas/Lesson01RedGreenRefactor/../../Package.swift"),
  .init(
    testDescription: "a deletion outside the repository",
    files: [TemporaryWorkspace.code: "v1\n"], deleted: ["/etc/hosts"], path: "/etc/hosts"),
]

@Suite struct LessonLoaderTests {
  /// A workspace whose lesson 01 has a good first step and `manifest` as its second.
  private func lessonWithSecondStep(
    _ manifest: String, files: [String: String] = [TemporaryWorkspace.code: "v1\n"]
  ) throws -> TemporaryWorkspace {
    let workspace = try TemporaryWorkspace()
    try workspace.addStep(
      "01-start", manifest: amberStart, files: [TemporaryWorkspace.test: "test 1\n"])
    try workspace.addStep("02-broken", manifest: manifest, files: files)
    return workspace
  }

  @Test(
    "A recorded lesson is found by its number, padded or not, and by its slug with or without it",
    arguments: ["1", "01", "01-red-green-refactor", "red-green-refactor"])
  func findsLessonByName(_ name: String) throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()

    let lesson = try workspace.workspace.lessons.lesson(named: name)

    #expect(lesson.entry.slug == "01-red-green-refactor")
    #expect(lesson.steps.map(\.number) == [1, 2, 3, 4, 5])
    #expect(lesson.steps.map(\.kind) == [.amber, .green, .red, .green, .refactor])
  }

  @Test("A loaded step carries its manifest and the files it writes")
  func loadsStepContents() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()

    let lesson = try workspace.workspace.lessons.lesson(named: "01")

    let start = try #require(lesson.step(1))
    #expect(start.folder == "01-start")
    #expect(start.title == "Start")
    #expect(start.expectation == .compileError(diagnostic: "cannot find 'Cache'"))
    #expect(start.hints == ["Create it.", "A class will do."])
    #expect(start.writes.keys.sorted() == [TemporaryWorkspace.code, TemporaryWorkspace.test])
    let red = try #require(lesson.step(3))
    #expect(
      red.expectation == .failures(tests: ["CacheTests/second()"], message: "Expectation failed"))
    #expect(red.writes == [TemporaryWorkspace.test: Data("test 1\ntest 2\n".utf8)])
    #expect(lesson.step(5)?.expectation == .allPass)
  }

  @Test("A red step the learner writes carries what to test, and where the test goes")
  func loadsLearnerWrites() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson(learnerWritesStep3: true)

    let lesson = try workspace.workspace.lessons.lesson(named: "01")

    let red = try #require(lesson.step(3))
    #expect(
      red.learnerWrites
        == LearnerWrites(
          behaviour: "A second request gets its own answer.",
          goodFailure: "The second answer is the first one."))
    #expect(red.testFiles(of: lesson) == [TemporaryWorkspace.test])
    #expect(lesson.step(1)?.learnerWrites == nil)
  }

  @Test("The starting point cannot leave its test to the learner: start puts it in place")
  func learnerWritesAtTheStart() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addStep(
      "01-start",
      manifest:
        #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find", "learnerWrites": \#(learnerWrites)}"#,
      files: [TemporaryWorkspace.test: "test 1\n"])

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    #expect(
      error?.message.contains("\(steps)/01-start/step.json: step 1 is the starting point") == true)
  }

  @Test("An unknown lesson is a usage error that lists the recorded lessons")
  func unknownLesson() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.addStep("01-start", manifest: amberStart, lesson: "02-baby-steps")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "nine")
    }

    let message = try #require(error?.message)
    #expect(error == .usage(message))
    #expect(message.contains("unknown lesson 'nine'"))
    #expect(message.contains("recorded lessons: 01-red-green-refactor, 02-baby-steps"))
  }

  @Test("A lesson of the curriculum that is not recorded yet is a failure that says it is planned")
  func plannedLesson() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "baby-steps")
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    #expect(message.contains("02-baby-steps is planned but not written yet"))
    #expect(message.contains("recorded lessons: 01-red-green-refactor"))
  }

  @Test(
    "A step.json that cannot be used fails to load, naming the file and why",
    arguments: brokenManifests)
  func malformedManifest(_ broken: BrokenManifest) throws {
    let workspace = try lessonWithSecondStep(broken.manifest)

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    for fragment in broken.fragments {
      #expect(message.contains(fragment), "\(message)")
    }
  }

  @Test("A step folder without step.json fails to load, naming the folder")
  func missingManifest() throws {
    let workspace = try lessonWithSecondStep(amberStart)
    try FileManager.default.removeItem(
      at: workspace.root.appendingPathComponent("\(steps)/02-broken/step.json"))

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    #expect(error == .failure("\(steps)/02-broken: missing step.json"))
  }

  @Test("Step folders must be numbered from 01 without gaps", arguments: numberings)
  func badNumbering(_ numbering: Numbering) throws {
    let workspace = try TemporaryWorkspace()
    for folder in numbering.folders {
      try workspace.addStep(folder, manifest: amberStart, files: [TemporaryWorkspace.test: "t\n"])
    }

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    #expect(message.contains("step folders must be numbered in order from 01"))
    for fragment in numbering.fragments {
      #expect(message.contains(fragment), "\(message)")
    }
  }

  @Test(
    "A step that writes or deletes a path outside the lesson's folders fails to load",
    arguments: escapes)
  func pathOutsideLesson(_ escape: Escape) throws {
    let fields: [String: Any] =
      escape.deleted.isEmpty
      ? ["kind": "green", "title": "Escape"]
      : ["kind": "green", "title": "Escape", "deleted": escape.deleted]
    let manifest = String(
      decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
    let workspace = try lessonWithSecondStep(manifest, files: escape.files)

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    let message = try #require(error?.message)
    #expect(error == .failure(message))
    #expect(message.contains("\(steps)/02-broken: '\(escape.path)' is outside the lesson"))
  }
}
