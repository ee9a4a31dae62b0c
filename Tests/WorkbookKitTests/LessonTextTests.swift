import Foundation
import Testing

@testable import WorkbookKit

@Suite struct LessonTextTests {
  private let text = """
    # A lesson

    <!-- workbook: output of step 3 -->
    ```text
    RED: old output
    ```

    <!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 2 -->
    ```swift
    ```
    """

  @Test("Markers announce the fenced block after them, with their source and line")
  func readsBlocks() throws {
    let blocks = try LessonText(text).blocks()

    #expect(
      blocks == [
        LessonText.Block(source: .output(step: 3), markerLine: 3, contents: "RED: old output"),
        LessonText.Block(
          source: .file(path: "Katas/Lesson01RedGreenRefactor/Cache.swift", step: 2),
          markerLine: 8, contents: ""),
      ])
  }

  @Test("Rewriting replaces only the blocks' contents and keeps the prose")
  func rewritesBlocks() throws {
    let rewritten = try LessonText(text).rewritten { source in
      source == .output(step: 3) ? "RED: new\n  second line" : "v1"
    }

    #expect(
      rewritten == """
        # A lesson

        <!-- workbook: output of step 3 -->
        ```text
        RED: new
          second line
        ```

        <!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 2 -->
        ```swift
        v1
        ```
        """)
  }

  @Test("A marker that is unknown, or not followed by a fenced block, is a problem with its line")
  func badMarkers() {
    #expect(throws: TextProblem.self) { try LessonText("<!-- workbook: outputs of 3 -->").blocks() }
    let error = #expect(throws: TextProblem.self) {
      try LessonText("text\n<!-- workbook: output of step 1 -->\nno fence").blocks()
    }
    #expect(error?.line == 2)
    let unclosed = #expect(throws: TextProblem.self) {
      try LessonText("<!-- workbook: output of step 1 -->\n```text\nnever closed").blocks()
    }
    #expect(unclosed?.reason == "the ``` block is never closed")
  }
}

@Suite struct LessonTextCheckTests {
  private let readme = "Lessons/01-red-green-refactor/README.md"

  /// Verifies the well-formed fixture lesson, whose runs all pass except step 1 (amber) and
  /// step 3 (red), after writing `text` as its README.
  private func verify(text: String?, updating: Bool = false) throws -> (
    [Violation], TemporaryWorkspace
  ) {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    if let text {
      try fixture.write(readme, text)
    } else {
      try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(readme))
    }
    let runner = ScriptedRunner([
      .amber("cannot find 'Cache' in scope"), .green("CacheTests/first()"),
      .red(
        ["CacheTests/second()"], message: "Expectation failed",
        of: ["CacheTests/first()", "CacheTests/second()"]),
      .green("CacheTests/first()", "CacheTests/second()"),
    ])
    var verifier = Verifier(
      workspace: fixture.workspace, runner: runner,
      scratchFolder: fixture.root.appendingPathComponent(".build/scratch"))
    verifier.pacer = .instant
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return (try verifier.verify(lesson, updatingText: updating), fixture)
  }

  @Test("A block that matches its step's file and run output keeps the rules")
  func matchingBlocks() throws {
    let text = """
      <!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->
      ```swift
      v2
      ```
      <!-- workbook: output of step 1 -->
      ```text
      AMBER: the code does not compile, so no test runs.
        /tmp/CacheTests.swift:2:3: error: cannot find 'Cache' in scope
      ```
      """

    let (violations, _) = try verify(text: text)

    #expect(violations == [])
  }

  @Test("A block that drifted from its step is reported with its line and how to fix it")
  func driftedBlock() throws {
    let text =
      "intro\n<!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->\n```swift\nv1\n```\n"

    let (violations, _) = try verify(text: text)

    #expect(violations.count == 1)
    #expect(violations.first?.rule == "the lesson text shows what the steps really hold")
    #expect(violations.first?.seen.hasPrefix("\(readme):4: the block differs from") == true)
    #expect(violations.first?.seen.contains("verify --update-text 01") == true)
  }

  @Test("--update-text rewrites a drifted block from the step, and then it keeps the rules")
  func updatesText() throws {
    let text = "<!-- workbook: output of step 3 -->\n```text\nstale\n```\n"

    let (violations, fixture) = try verify(text: text, updating: true)

    #expect(violations == [])
    #expect(
      fixture.read(readme) == """
        <!-- workbook: output of step 3 -->
        ```text
        RED: 1 of 2 tests fail.
          ✘ "CacheTests/second()" (CacheTests/second())
            Tests/Lesson01RedGreenRefactorTests/CacheTests.swift:3:5: Expectation failed
        ```

        """)
  }

  @Test("A block naming a step or file that does not exist is reported")
  func missingSource() throws {
    let text = "<!-- workbook: output of step 9 -->\n```text\n```\n"

    let (violations, _) = try verify(text: text)

    #expect(violations.map(\.rule) == ["the lesson text shows only steps and files that exist"])
  }

  @Test("A lesson without a README.md breaks the rule that every lesson has a text")
  func missingText() throws {
    let (violations, _) = try verify(text: nil)

    #expect(violations.map(\.rule) == ["every lesson has a text"])
  }

  @Test("Step headings must name each step's kind and title as recorded")
  func stepHeadings() throws {
    let text = """
      ### Step 2 (green): Fake it
      ### Step 3 (red): A second test
      ### Step 9 (green): Nothing
      """

    let (violations, _) = try verify(text: text)

    #expect(
      violations.map(\.seen) == [
        "\(readme):2 reads \"red: A second test\", but step 3 is \"red: Second test\"",
        "\(readme):3 names step 9, which does not exist",
      ])
  }
}
