import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

private let old = CurriculumEntry(listed: "01-red-green-refactor", text: nil)

@Suite struct RenameTests {
  @Test("Renaming rewrites module names at the start of a name, the slug, and nothing else")
  func rewritesNames() {
    let rename = LessonRename(from: old, to: CurriculumEntry(listed: "01-first-cycle", text: nil))

    let text = rename.rewritten(
      "import Lesson01RedGreenRefactor\n@testable import Lesson01RedGreenRefactor\n"
        + "Tests/Lesson01RedGreenRefactorTests/A.swift MyLesson01RedGreenRefactor "
        + "Lessons/01-red-green-refactor/README.md start 01\n")

    #expect(
      text
        == "import Lesson01FirstCycle\n@testable import Lesson01FirstCycle\n"
        + "Tests/Lesson01FirstCycleTests/A.swift MyLesson01RedGreenRefactor "
        + "Lessons/01-first-cycle/README.md start 01\n")
  }

  @Test("A new number changes the heading, the commands that name the lesson, and its tags")
  func rewritesTheNumber() {
    let rename = LessonRename(from: old, to: CurriculumEntry(listed: "03-first-cycle", text: nil))

    let text = rename.rewritten(
      "# Lesson 01: Red\n`swift run workbook start 01`, `workbook mutate --mine 01`, "
        + "`workbook/01-start`, 01 steps, `workbook goto 012`\n")

    #expect(
      text
        == "# Lesson 03: Red\n`swift run workbook start 03`, `workbook mutate --mine 03`, "
        + "`workbook/03-start`, 01 steps, `workbook goto 012`\n")
  }

  @Test("rename moves the lesson's folders and its steps', relists it, and rewrites its files")
  func renamesEverywhere() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let test = TemporaryWorkspace.test
    let imported = "import Lesson01RedGreenRefactor\ntest 1\n"
    try fixture.write("Lessons/01-red-green-refactor/steps/01-start/\(test)", imported)
    try fixture.write(
      "Lessons/01-red-green-refactor/README.md",
      "# Lesson 01: Red\n\n<!-- workbook: file \(test) at step 1 -->\n```swift\n```\n")
    try fixture.write("README.md", "Open Lessons/01-red-green-refactor/README.md.\n")
    let named = "Katas/Lesson01RedGreenRefactor/Lesson01RedGreenRefactor.swift"
    try fixture.write("Lessons/01-red-green-refactor/steps/02-fake-it/\(named)", "// named\n")
    try fixture.write(named, "// named\n")

    let (_, terminal) = try fixture.run(
      .rename(lesson: "01", to: "01-first-cycle"), runner: ScriptedRunner([.green()]))

    let renamed = "Tests/Lesson01FirstCycleTests/CacheTests.swift"
    #expect(
      try LessonList(manifest: fixture.read("Package.swift") ?? "").slugs == ["01-first-cycle"])
    #expect(
      fixture.read("Lessons/01-first-cycle/steps/01-start/\(renamed)")
        == "import Lesson01FirstCycle\ntest 1\n")
    #expect(
      fixture.read("Lessons/01-first-cycle/steps/05-tidy/Katas/Lesson01FirstCycle/Cache.swift")
        == "v3\n")
    #expect(fixture.read("Katas/Lesson01FirstCycle/Cache.swift") == "v3\n")
    let newName = "Katas/Lesson01FirstCycle/Lesson01FirstCycle.swift"
    #expect(fixture.read(newName) == "// named\n")
    #expect(fixture.read("Lessons/01-first-cycle/steps/02-fake-it/\(newName)") == "// named\n")
    #expect(fixture.read(renamed) == "test 1\ntest 2\n")
    #expect(
      fixture.read("Lessons/01-first-cycle/README.md")?.contains("file \(renamed) at step 1")
        == true)
    #expect(fixture.read("README.md") == "Open Lessons/01-first-cycle/README.md.\n")
    for gone in [
      "Lessons/01-red-green-refactor", "Katas/Lesson01RedGreenRefactor",
      "Tests/Lesson01RedGreenRefactorTests",
    ] {
      #expect(
        !FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(gone).path))
    }
    let lesson = try fixture.workspace.lessons.lesson(named: "first-cycle")
    #expect(lesson.steps.count == 5)
    #expect(lesson.state(after: 1).text(at: renamed) == "import Lesson01FirstCycle\ntest 1\n")
    #expect(terminal.output.contains("Renamed lesson 01-red-green-refactor to 01-first-cycle"))
  }

  @Test("rename refuses a malformed slug, or a number another lesson has, and moves nothing")
  func refuses() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.addEmptyLesson("02-baby-steps")

    let malformed = #expect(throws: WorkbookError.self) {
      try fixture.run(.rename(lesson: "01", to: "1-x"))
    }
    let taken = #expect(throws: WorkbookError.self) {
      try fixture.run(.rename(lesson: "01", to: "02-other"))
    }

    #expect(malformed?.exitCode == 64)
    #expect(taken?.message == "lesson 02 is already 02-baby-steps in Package.swift")
    #expect(try fixture.workspace.lessons.lesson(named: "01").steps.count == 5)
  }
}
