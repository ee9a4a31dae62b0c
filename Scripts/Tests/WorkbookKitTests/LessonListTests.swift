import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let manifest = """
  // swift-tools-version: 6.0
  import PackageDescription

  /// The lessons.
  let lessons = [
    "01-red-green-refactor",  // the first
    // "02-commented-out",
    "03-first-tests",
  ]

  let package = Package(name: "TDDWorkbook", targets: [])

  """

@Suite struct LessonListTests {
  /// The repository this test file belongs to: four folders up from this file.
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The names of the folders in the repository's folder `path`.
  private func folders(in path: String) throws -> Set<String> {
    Set(
      try FileManager.default.contentsOfDirectory(
        atPath: Self.repository.appendingPathComponent(path).path
      ).filter { !$0.hasPrefix(".") })
  }

  @Test("The list is read from the lessons array of Package.swift, skipping comments")
  func readsTheArray() throws {
    let list = try LessonList(manifest: manifest)

    #expect(list.slugs == ["01-red-green-refactor", "03-first-tests"])
  }

  @Test("A manifest without a lessons array is a failure that says how to write one")
  func noArray() {
    let error = #expect(throws: WorkbookError.self) {
      try LessonList(manifest: "let package = Package(name: \"X\")\n")
    }

    #expect(error?.message.contains("let lessons = [") == true)
  }

  @Test("A new list is written back in number order, one slug a line, the rest kept as it was")
  func writesTheArray() throws {
    let list = try LessonList(manifest: manifest)

    let written = list.manifest(listing: [
      "03-first-tests", "02-baby-steps", "01-red-green-refactor",
    ])

    #expect(
      try LessonList(manifest: written).slugs == [
        "01-red-green-refactor", "02-baby-steps", "03-first-tests",
      ])
    #expect(written.contains("  \"02-baby-steps\",\n  \"03-first-tests\",\n]"))
    #expect(written.hasPrefix("// swift-tools-version: 6.0\nimport PackageDescription\n"))
    #expect(written.hasSuffix("let package = Package(name: \"TDDWorkbook\", targets: [])\n"))
  }

  @Test(
    "A slug is two digits, a dash and lower-case words",
    arguments: [
      ("02-baby-steps", true), ("10-x2", true), ("2-baby-steps", false), ("02", false),
      ("02-Baby", false), ("02--x", false), ("02-baby-", false), ("ab-baby", false),
    ])
  func wellFormedSlug(_ slug: String, _ isWellFormed: Bool) {
    #expect(LessonList.isWellFormed(slug) == isWellFormed)
  }

  @Test(
    "The repository's Package.swift lists exactly its lesson folders, by the modules they build")
  func repositoryListMatchesItsFolders() throws {
    let workspace = Workspace(root: Self.repository)

    let entries = try workspace.lessons.recordedEntries()

    #expect(!entries.isEmpty)
    #expect(Set(entries.map(\.slug)) == (try folders(in: "Lessons")))
    #expect(Set(entries.map(\.kata)) == (try folders(in: "Katas")))
    #expect(Set(entries.map { "\($0.kata)Tests" }) == (try folders(in: "Tests")))
    #expect(try workspace.lessons.unlistedFolders() == [])
  }

  @Test("The README's curriculum table gives each lesson the title and technique status shows")
  func readmeTableMatchesTheCurriculum() throws {
    let readme = try String(
      contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| 0") }

    for entry in Curriculum.entries {
      let row = rows.first { $0.hasPrefix("| \(entry.slug.prefix(2)) |") }
      #expect(
        row?.hasPrefix("| \(entry.slug.prefix(2)) | \(entry.title) | \(entry.technique)") == true,
        "\(entry.slug): \(String(describing: row))")
    }
  }

  @Test("A lesson's test filter is anchored to its own test module")
  func testFilterIsAnchored() throws {
    let workspace = Workspace(root: Self.repository)
    let entry = try #require(try workspace.lessons.recordedEntries().first)
    let filter = try Regex(try workspace.lessons.lesson(named: entry.slug).testFilter)

    #expect("\(entry.kata)Tests.CacheTests/first()".contains(filter))
    #expect(!"Other.\(entry.kata)TestsHelpers/first()".contains(filter))
    #expect(!"OtherTests.Suite/test()/\(entry.kata)Tests.swift:1:1".contains(filter))
  }

  @Test("A listed lesson takes its title from the first line of its text, else from the plan")
  func titleOfListedLesson() {
    let written = CurriculumEntry(listed: "02-fakes", text: "# Lesson 02: Fake it well\n\nText.\n")
    let planned = CurriculumEntry(listed: "02-baby-steps", text: nil)
    let unplanned = CurriculumEntry(listed: "12-more-katas", text: "No heading\n")

    #expect(written.title == "Fake it well")
    #expect(written.technique == "Fake It, Triangulate, Obvious Implementation")
    #expect(planned.title == "Baby steps")
    #expect(unplanned.title == "More katas")
    #expect(unplanned.number == 12)
  }
}

@Suite struct UnlistedLessonTests {
  @Test("A lesson folder that Package.swift does not list cannot be opened, and says to list it")
  func unlistedLessonByName() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.write("Package.swift", "let lessons: [String] = []\n")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    #expect(
      error?.message.hasPrefix(
        "Lessons/01-red-green-refactor is not in the lessons of Package.swift") == true)
  }

  @Test("A listed lesson without a folder says to create it with new")
  func listedLessonWithoutFolder() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.list("02-baby-steps")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "02")
    }

    #expect(error?.message.contains("swift run workbook new 02-baby-steps") == true)
  }

  @Test("A lesson without steps fails to load and says how to record its first, unless allowed")
  func lessonWithoutSteps() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addEmptyLesson("02-baby-steps")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "02")
    }

    #expect(error?.message.contains("record amber \"<title>\" --lesson 02") == true)
    #expect(try workspace.workspace.lessons.lesson(named: "02", allowingNoSteps: true).steps == [])
  }

  @Test("Every misnumbered step folder and every bad step.json is reported at once")
  func everyProblemAtOnce() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    let steps = workspace.root.appendingPathComponent("Lessons/01-red-green-refactor/steps")
    try FileManager.default.moveItem(
      at: steps.appendingPathComponent("02-fake-it"), to: steps.appendingPathComponent("06-late"))
    try workspace.write("Lessons/01-red-green-refactor/steps/05-tidy/step.json", "{")

    let error = #expect(throws: WorkbookError.self) {
      try workspace.workspace.lessons.lesson(named: "01")
    }

    let lines = try #require(error?.message).split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines.filter { $0.contains("must be numbered in order") }.count == 4)
    #expect(lines.contains { $0.contains("05-tidy/step.json is malformed") })
  }

  @Test(
    "verify reports a folder of Lessons/ that Package.swift leaves out, and a lesson that does not load, and verifies the others"
  )
  func verifySkipsNoLesson() throws {
    let workspace = try TemporaryWorkspace()
    try workspace.addWellFormedLesson()
    try workspace.addStep(
      "01-start", manifest: #"{"kind": "amber", "title": "Start"}"#,
      files: ["Tests/Lesson02BabyStepsTests/KeyTests.swift": "test\n"], lesson: "02-baby-steps")
    try workspace.write("Lessons/03-first-tests/README.md", "# Lesson 03: FIRST tests\n")
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache'"), .green("CacheTests/first()"),
      .red(
        ["CacheTests/second()"], message: "Expectation failed",
        of: ["CacheTests/first()", "CacheTests/second()"]),
      .green("CacheTests/first()", "CacheTests/second()"),
    ])

    let (status, terminal) = try workspace.run(.verify(lesson: nil), runner: runner)

    #expect(status == 1)
    #expect(runner.filesSeen.count == 5)
    #expect(
      terminal.errors.contains(
        "02-baby-steps: rule \"every listed lesson loads\" is broken: "
          + "Lessons/02-baby-steps/steps/01-start/step.json: an amber step needs a \"diagnostic\""))
    #expect(
      terminal.errors.contains(
        "03-first-tests: rule \"every lesson is listed in Package.swift\" is broken: "
          + "Lessons/03-first-tests is not in the lessons of Package.swift"))
  }
}
