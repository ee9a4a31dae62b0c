import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let slug = "02-baby-steps"
private let kataFile = "Katas/Lesson02BabySteps/Lesson02BabySteps.swift"
private let testFile = "Tests/Lesson02BabyStepsTests/Lesson02BabyStepsTests.swift"

@Suite struct NewLessonTests {
  @Test("new lists the lesson in Package.swift and writes its folders, placeholders and text")
  func createsTheLesson() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()

    let (status, terminal) = try fixture.run(.new(slug: slug, title: "Fake it, then make it"))

    #expect(status == 0)
    let list = try LessonList(manifest: fixture.read("Package.swift") ?? "")
    #expect(list.slugs == ["01-red-green-refactor", slug])
    #expect(fixture.read(kataFile)?.hasPrefix("// The production code of lesson 02") == true)
    #expect(fixture.read(testFile)?.hasPrefix("import Lesson02BabySteps\nimport Testing\n") == true)
    let text = try #require(fixture.read("Lessons/\(slug)/README.md"))
    #expect(text.hasPrefix("# Lesson 02: Fake it, then make it\n"))
    for heading in ["## What you will learn", "## The steps", "## Your turn", "## Recap"] {
      #expect(text.contains("\n\(heading)\n"))
    }
    #expect(text.contains("swift run workbook start 02"))
    #expect(LessonText(text).problems() == [])
    let lesson = try fixture.workspace.lessons.lesson(named: "02", allowingNoSteps: true)
    #expect(lesson.entry.title == "Fake it, then make it")
    #expect(lesson.steps == [])
    #expect(terminal.output.contains("swift run workbook record amber \"<title>\" --lesson 02"))
  }

  @Test("A lesson without steps yet is left out of the lessons to teach, but verify reports it")
  func draftWithoutSteps() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.run(.new(slug: slug, title: "Baby steps"))

    let lessons = try fixture.workspace.lessons.allLessons()
    let (status, terminal) = try fixture.run(
      .verify(lesson: nil),
      runner: ScriptedRunner([
        .amber("cannot find 'Cache'"), .green("CacheTests/first()"),
        .red(
          ["CacheTests/second()"], message: "Expectation failed",
          of: ["CacheTests/first()", "CacheTests/second()"]),
        .green("CacheTests/first()", "CacheTests/second()"),
      ]))

    #expect(lessons.map(\.entry.slug) == ["01-red-green-refactor"])
    #expect(status == 1)
    #expect(
      terminal.errors.contains(
        "02-baby-steps: rule \"every listed lesson loads\" is broken: lesson 02-baby-steps has "
          + "no steps yet"))
  }

  @Test("record takes the first step of a lesson that new created, with its hints")
  func recordsTheFirstStep() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.run(.new(slug: slug, title: "Baby steps"))
    try fixture.write(
      testFile,
      "import Lesson02BabySteps\nimport Testing\n\n@Test func key() { #expect(Key() != nil) }\n")
    let runner = ScriptedRunner([.amber("cannot find 'Key' in scope")])

    let (status, terminal) = try fixture.run(
      .record(kind: .amber, title: "Ask for a key", lesson: "02", hints: ["Make a Key."]),
      runner: runner)

    #expect(status == 0)
    let lesson = try fixture.workspace.lessons.lesson(named: "02")
    #expect(lesson.steps.count == 1)
    #expect(lesson.steps[0].hints == ["Make a Key."])
    #expect(lesson.steps[0].writes.keys.sorted() == [kataFile, testFile])
    #expect(!terminal.output.contains("Now write one to three hints"))
  }

  @Test("new refuses a number that a listed lesson has, and changes nothing")
  func refusesATakenNumber() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let before = fixture.read("Package.swift")

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.new(slug: "01-another", title: "Another"))
    }

    #expect(error?.message.hasPrefix("lesson 01 is already 01-red-green-refactor") == true)
    #expect(fixture.read("Package.swift") == before)
    #expect(fixture.read("Lessons/01-another/README.md") == nil)
  }

  @Test("new refuses a folder that exists already, and changes nothing")
  func refusesAnExistingFolder() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.write("Katas/Lesson02BabySteps/Old.swift", "old\n")

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.new(slug: slug, title: "Baby steps"))
    }

    #expect(error?.message.hasPrefix("Katas/Lesson02BabySteps/ already exists") == true)
    #expect(try LessonList(manifest: fixture.read("Package.swift") ?? "").slugs == [])
  }

  @Test(
    "new parses a slug and a title, and rejects a malformed slug or an empty title",
    arguments: [
      (["new", "02-baby-steps", "Baby steps"], nil),
      (["new", "2-baby-steps", "Baby steps"], "a lesson's slug is two digits"),
      (["new", "02-Baby", "Baby steps"], "a lesson's slug is two digits"),
      (["new", "02-baby-steps", " "], "a lesson needs a title"),
      (["new", "02-baby-steps"], "usage: workbook new <NN-slug> \"<title>\""),
    ] as [([String], String?)])
  func parses(_ words: [String], _ problem: String?) throws {
    guard let problem else {
      #expect(try Command.parse(words) == .new(slug: "02-baby-steps", title: "Baby steps"))
      return
    }
    let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }
    #expect(error?.message.contains(problem) == true)
    #expect(error?.exitCode == 64)
  }

  @Test("record takes up to three hints with --hint, anywhere after the command")
  func recordHints() throws {
    let command = try Command.parse([
      "record", "--hint", "One.", "red", "A title", "--lesson", "02", "--hint", "Two.",
    ])

    #expect(
      command == .record(kind: .red, title: "A title", lesson: "02", hints: ["One.", "Two."]))
    #expect(throws: WorkbookError.self) {
      try Command.parse([
        "record", "red", "T", "--hint", "1", "--hint", "2", "--hint", "3", "--hint", "4",
      ])
    }
  }
}
