import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct RenderGuardTests {
  @Test("render leaves the blocks of a run that fails for another reason than its step declares")
  func keepsBlocksOfABrokenRun() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let text = "Lessons/01-red-green-refactor/README.md"
    try fixture.write(
      text,
      "# Lesson 01: Red\n\n<!-- workbook: check at step 1 -->\n```text\n```\n\n"
        + "<!-- workbook: check at step 2 -->\n```text\nas it was\n```\n")
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .amber("no such module 'Lesson01Renamed'"),
      .red(
        ["CacheTests/second()"], message: "Expectation failed",
        of: ["CacheTests/first()", "CacheTests/second()"]),
      .green("CacheTests/first()", "CacheTests/second()"),
    ])

    let (status, terminal) = try fixture.run(.render(lesson: "01"), runner: runner)

    let written = try #require(fixture.read(text))
    #expect(status == 1)
    #expect(written.contains("<!-- workbook: check at step 1 -->\n```text\nAMBER"))
    #expect(written.contains("<!-- workbook: check at step 2 -->\n```text\nas it was\n```"))
    #expect(terminal.errors.contains("it does not compile: no such module 'Lesson01Renamed'"))
    #expect(terminal.errors.contains("step 2's run does not show what the step declares"))
  }
}
