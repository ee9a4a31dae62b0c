import Foundation

@testable import WorkbookCore
@testable import WorkbookKit

/// A workbook clone in a fresh temporary folder, built from literal files, removed on deinit.
///
/// It holds a `Package.swift`, `Lessons/` and whatever the test writes; lessons use the
/// curriculum's real slugs, such as `01-red-green-refactor`. `Package.swift` lists each lesson
/// that a step is added to, as it must for the workbook to see it.
final class TemporaryWorkspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-tests-\(UUID().uuidString)")
    try write("Package.swift", "// swift-tools-version: 6.0\nlet lessons: [String] = []\n")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Lessons"), withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  var workspace: Workspace { Workspace(root: root) }

  /// Writes `contents` to the repository-relative `path`.
  func write(_ path: String, _ contents: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }

  /// The contents of the repository-relative `path`, or nil when there is no such file.
  func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  /// Records a step of lesson 01: its `step.json` and the files it writes.
  func addStep(
    _ folder: String, manifest: String, files: [String: String] = [:],
    lesson: String = "01-red-green-refactor"
  ) throws {
    let base = "Lessons/\(lesson)/steps/\(folder)"
    try list(lesson)
    if read("Lessons/\(lesson)/README.md") == nil {
      try write("Lessons/\(lesson)/README.md", "# A lesson without generated blocks\n")
    }
    try write("\(base)/step.json", manifest)
    for (path, contents) in files {
      try write("\(base)/\(path)", contents)
    }
  }

  /// Records a small, well-formed lesson 01: amber, green, red, green, refactor.
  ///
  /// The production file `Katas/Lesson01RedGreenRefactor/Cache.swift` reads "v1" at step 2,
  /// "v2" at step 4 and "v3" at step 5; the working tree holds step 5, as main would.
  ///
  /// - Parameter learnerWritesStep3: whether step 3's test is the learner's to write.
  func addWellFormedLesson(learnerWritesStep3: Bool = false) throws {
    let learnerWrites =
      learnerWritesStep3
      ? #", "learnerWrites": {"behaviour": "A second request gets its own answer.", "goodFailure": "The second answer is the first one."}"#
      : ""
    try addStep(
      "01-start",
      manifest:
        #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find 'Cache'", "hints": ["Create it.", "A class will do."]}"#,
      files: [Self.test: "test 1\n", Self.code: "// placeholder\n"])
    try addStep(
      "02-fake-it",
      manifest: #"{"kind": "green", "title": "Fake it", "hints": ["Return what the test wants."]}"#,
      files: [Self.code: "v1\n"])
    try addStep(
      "03-second-test",
      manifest:
        #"{"kind": "red", "title": "Second test", "failing": ["CacheTests/second()"], "message": "Expectation failed", "hints": ["Look at the new example."]\#(learnerWrites)}"#,
      files: [Self.test: "test 1\ntest 2\n"])
    try addStep(
      "04-make-it-real",
      manifest: #"{"kind": "green", "title": "Make it real", "hints": ["Use the argument."]}"#,
      files: [Self.code: "v2\n"])
    try addStep(
      "05-tidy", manifest: #"{"kind": "refactor", "title": "Tidy", "hints": ["Rename."]}"#,
      files: [Self.code: "v3\n"])
    try write(Self.test, "test 1\ntest 2\n")
    try write(Self.code, "v3\n")
  }

  /// Adds `lesson` to the lessons of `Package.swift`, unless it is there already.
  func list(_ lesson: String) throws {
    let list = try LessonList(manifest: read("Package.swift") ?? "")
    guard !list.slugs.contains(lesson) else { return }
    try write("Package.swift", list.manifest(listing: list.slugs + [lesson]))
  }

  /// Lists `lesson` in `Package.swift` and gives it a text and an empty `steps/`, as `new` does.
  func addEmptyLesson(_ lesson: String) throws {
    try list(lesson)
    try write("Lessons/\(lesson)/README.md", "# A lesson without steps\n")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Lessons/\(lesson)/steps"), withIntermediateDirectories: true)
  }

  /// Runs `command` here with `runner` and `pacer`, and returns its exit code and what it
  /// printed.
  func run(
    _ command: Command, runner: any TestRunner = ScriptedRunner([.green()]), pacer: Pacer = .instant
  ) throws -> (status: Int32, terminal: CapturedTerminal) {
    let captured = CapturedTerminal()
    var workbook = Workbook(workspace: workspace, terminal: captured.terminal, runner: runner)
    workbook.pacer = pacer
    return (try workbook.run(command), captured)
  }

  /// The lesson's test file, relative to the repository root.
  static let test = "Tests/Lesson01RedGreenRefactorTests/CacheTests.swift"
  /// The lesson's production file, relative to the repository root.
  static let code = "Katas/Lesson01RedGreenRefactor/Cache.swift"
}
