import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

@Suite struct LessonTextTests {
  private let text = """
    # A lesson

    <!-- workbook: check at step 3 -->
    ```text
    RED: old output
    ```

    <!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 2 -->
    ```swift
    ```
    """

  @Test("Markers announce the fenced block after them, with their source and line")
  func readsBlocks() throws {
    let blocks = LessonText(text).blocks()

    #expect(
      blocks == [
        LessonText.Block(source: .check(step: 3), markerLine: 3, contents: "RED: old output"),
        LessonText.Block(
          source: .file(path: "Katas/Lesson01RedGreenRefactor/Cache.swift", step: 2),
          markerLine: 8, contents: ""),
      ])
  }

  @Test(
    "Each kind of marker names its source",
    arguments: [
      (
        "<!-- workbook: file Katas/K/A.swift at step 2 -->", .file(path: "Katas/K/A.swift", step: 2)
      ),
      (
        "<!-- workbook: change to Katas/K/A.swift at step 4 -->",
        .change(path: "Katas/K/A.swift", step: 4)
      ),
      ("<!-- workbook: swift test at step 3 -->", .swiftTest(step: 3)),
      ("  <!-- workbook: check at step 12 -->", .check(step: 12)),
      ("<!-- workbook: audit at step 5 -->", .audit(step: 5)),
    ] as [(String, LessonText.Source)])
  func readsMarkers(marker: String, source: LessonText.Source) throws {
    let blocks = LessonText("\(marker)\n```\n```").blocks()

    #expect(blocks.map(\.source) == [source])
  }

  @Test("Rewriting replaces only the blocks' contents and keeps the prose")
  func rewritesBlocks() throws {
    let rewritten = LessonText(text).rewritten { source in
      source == .check(step: 3) ? "RED: new\n  second line" : "v1"
    }

    #expect(
      rewritten == """
        # A lesson

        <!-- workbook: check at step 3 -->
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

  @Test("A marker inside a collapsed <details> block is read and rewritten like any other")
  func blocksInsideDetails() throws {
    let folded = """
      <details>
      <summary>The reference's code</summary>

      <!-- workbook: file Katas/K/A.swift at step 2 -->
      ```swift
      old
      ```

      </details>
      """

    let text = LessonText(folded)

    #expect(text.problems().isEmpty)
    #expect(
      text.blocks() == [
        LessonText.Block(
          source: .file(path: "Katas/K/A.swift", step: 2), markerLine: 4, contents: "old")
      ])
    #expect(
      text.rewritten { _ in "new" } == folded.replacingOccurrences(of: "old", with: "new"))
  }

  @Test("A marker that is unknown, or not followed by a fenced block, is a problem with its line")
  func badMarkers() {
    let unknown = LessonText("<!-- workbook: output of 3 -->").problems()
    #expect(
      unknown.first?.reason.contains(
        "'file PATH', 'change to PATH', 'swift test', 'check', 'audit' or 'breaks'")
        == true)
    let unfenced = LessonText("text\n<!-- workbook: check at step 1 -->\nno fence").problems()
    #expect(unfenced.map(\.line) == [2])
    let unclosed = LessonText("<!-- workbook: check at step 1 -->\n```text\nnever closed")
      .problems()
    #expect(unclosed.map(\.reason) == ["the ``` block is never closed"])
  }

  @Test("Every bad marker is a problem, and the good blocks around them are still read")
  func everyProblemAtOnce() {
    let text = LessonText(
      """
      <!-- workbook: output of 3 -->
      <!-- workbook: check at step 1 -->
      ```text
      AMBER
      ```
      <!-- workbook: check at step 2 -->
      no fence
      """)

    #expect(text.problems().map(\.line) == [1, 6])
    #expect(text.blocks().map(\.source) == [.check(step: 1)])
  }
}

@Suite struct LessonTextCheckTests {
  private let readme = "Lessons/01-red-green-refactor/README.md"

  /// What `swift test` prints at step 3 of the fixture lesson.
  private let redConsole = """
    Building for debugging...
    [3/7] Compiling Lesson01RedGreenRefactorTests CacheTests.swift
    Build complete! (0.52s)
    ◇ Test run started.
    ↳ Testing Library Version: 6.3.1 (937120cbc281cf2)
    ◇ Test second() started.
    ◇ Test first() started.
    ✘ Test second() recorded an issue at CacheTests.swift:3:5: Expectation failed
    ✘ Test second() failed after 0.002 seconds with 1 issue.
    ✔ Test first() passed after 0.001 seconds.
    ✘ Test run with 2 tests in 0 suites failed after 0.002 seconds with 1 issue.
    """

  /// Verifies the well-formed fixture lesson after writing `text` as its README, with `runner`
  /// or else with runs that all pass except step 1 (amber) and step 3 (red).
  private func verify(
    text: String?, rendering: Bool = false, in fixture: TemporaryWorkspace? = nil,
    runner scripted: ScriptedRunner? = nil
  ) throws -> ([Violation], TemporaryWorkspace) {
    let fixture = try fixture ?? Self.fixture()
    if let text {
      try fixture.write(readme, text)
    } else {
      try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(readme))
    }
    let runner =
      scripted
      ?? ScriptedRunner(runs: [
        TestRun(outcome: .amber("cannot find 'Cache' in scope"), console: ""),
        TestRun(outcome: .green("CacheTests/first()"), console: ""),
        TestRun(
          outcome: .red(
            ["CacheTests/second()"], message: "Expectation failed",
            of: ["CacheTests/first()", "CacheTests/second()"]),
          console: redConsole),
        TestRun(outcome: .green("CacheTests/first()", "CacheTests/second()"), console: ""),
      ])
    var verifier = Verifier(
      workspace: fixture.workspace, runner: runner,
      scratchFolder: fixture.root.appendingPathComponent(".build/scratch"))
    verifier.pacer = .instant
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return (try verifier.verify(lesson, rendering: rendering), fixture)
  }

  private static func fixture() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return fixture
  }

  @Test("A block that matches its step's file and run output keeps the rules")
  func matchingBlocks() throws {
    let text = """
      <!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->
      ```swift
      v2
      ```
      <!-- workbook: check at step 1 -->
      ```text
      AMBER: the code does not compile, so no test runs.
        /tmp/CacheTests.swift:2:3: error: cannot find 'Cache' in scope
      ```
      """

    let (violations, _) = try verify(text: text)

    #expect(violations == [])
  }

  @Test("A block that drifted is reported with the line that differs first and how to fix it")
  func driftedBlock() throws {
    let text =
      "intro\n<!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->\n```swift\nv1\n```\n"

    let (violations, _) = try verify(text: text)

    #expect(violations.map(\.lesson) == ["01-red-green-refactor"])
    #expect(violations.first?.rule == "the lesson text shows what the steps really hold")
    #expect(
      violations.first?.seen == "\(readme):4: the block shows \"v1\" where "
        + "Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 has \"v2\"; "
        + "run 'swift run workbook render 01'")
  }

  @Test("A step's file edited without rendering again makes its block drift")
  func editedStepDrifts() throws {
    let fixture = try Self.fixture()
    let text =
      "<!-- workbook: file Katas/Lesson01RedGreenRefactor/Cache.swift at step 2 -->\n```\n```\n"
    _ = try verify(text: text, rendering: true, in: fixture)
    try fixture.write(
      "Lessons/01-red-green-refactor/steps/02-fake-it/Katas/Lesson01RedGreenRefactor/Cache.swift",
      "v1, edited\n")
    let written = try #require(fixture.read(readme))

    let (violations, _) = try verify(text: written, in: fixture)

    #expect(violations.map(\.rule) == ["the lesson text shows what the steps really hold"])
    #expect(violations.first?.seen.contains("has \"v1, edited\"") == true)
  }

  @Test("A change block shows the step's diff of that file, deletions included")
  func changeBlock() throws {
    let text =
      "<!-- workbook: change to Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->\n```diff\n```\n"

    let (violations, fixture) = try verify(text: text, rendering: true)

    #expect(violations == [])
    #expect(
      fixture.read(readme) == """
        <!-- workbook: change to Katas/Lesson01RedGreenRefactor/Cache.swift at step 4 -->
        ```diff
        --- a/Katas/Lesson01RedGreenRefactor/Cache.swift
        +++ b/Katas/Lesson01RedGreenRefactor/Cache.swift
        @@ -1,1 +1,1 @@
        -v1
        +v2
        ```

        """)
  }

  @Test("A swift test block shows the step's real run, normalised")
  func swiftTestBlock() throws {
    let text = "<!-- workbook: swift test at step 3 -->\n```text\n```\n"

    let (violations, fixture) = try verify(text: text, rendering: true)

    #expect(violations == [])
    #expect(
      fixture.read(readme) == """
        <!-- workbook: swift test at step 3 -->
        ```text
        ◇ Test run started.
        ✔ Test first() passed.
        ✘ Test second() recorded an issue at CacheTests.swift:3:5: Expectation failed
        ✘ Test second() failed with 1 issue.
        ✘ Test run with 2 tests in 0 suites failed with 1 issue.
        ```

        """)
  }

  @Test("An audit block shows the step's FIRST audit over three runs, its times rounded")
  func auditBlock() throws {
    let text = "<!-- workbook: audit at step 4 -->\n```text\n```\n"
    let runner = ScriptedRunner(runs: [
      TestRun(outcome: .amber("cannot find 'Cache' in scope"), console: ""),
      TestRun(outcome: .green("CacheTests/first()"), console: ""),
      TestRun(
        outcome: .red(
          ["CacheTests/second()"], message: "Expectation failed",
          of: ["CacheTests/first()", "CacheTests/second()"]),
        console: ""),
      .timed(["CacheTests/first()": 1.52, "CacheTests/second()": 0.004], runSeconds: 1.53),
      .timed(["CacheTests/first()": 1.61, "CacheTests/second()": 0.003], runSeconds: 1.62),
      .timed(["CacheTests/first()": 1.55, "CacheTests/second()": 0.006], runSeconds: 1.56),
      TestRun(outcome: .green("CacheTests/first()", "CacheTests/second()"), console: ""),
    ])

    let (violations, fixture) = try verify(text: text, rendering: true, runner: runner)

    #expect(violations == [])
    #expect(
      fixture.read(readme) == """
        <!-- workbook: audit at step 4 -->
        ```text
        Auditing lesson 01: 3 runs of its tests, in parallel and in varying order …
        Fast
          Slowest tests, median of 3 runs:
            about 2 s    CacheTests/first()
            under 0.1 s  CacheTests/second()
          ✗ CacheTests/first() takes about 2 s, over the budget of 0.1 s per test.
              Slow tests get run less often, so they find mistakes later.
          ✓ The suite takes about 2 s of test time, within its budget of 2 s.
          ✓ No test sleeps for real.
        Isolated
          ✓ No test keeps state that other tests share.
        Repeatable
          ✓ Every test gave the same result in all 3 runs.
          ✓ No test reads the real clock or uses randomness.
        Self-validating
          ✓ Every test records an expectation.
        Timely
          – A run cannot tell when a test was written: write each one just before its code.
        In lesson 01, FIRST is broken in 1 place.
        ```

        """)
  }

  @Test("An audit block for a step that does not compile says it cannot be audited")
  func auditBlockOfAnAmberStep() throws {
    let (violations, _) = try verify(text: "<!-- workbook: audit at step 1 -->\n```text\n```\n")

    #expect(
      violations.map(\.seen) == [
        "\(readme):1 shows what workbook audit says at step 1, but the tests of step 1 do not "
          + "compile, so they cannot be audited"
      ])
  }

  @Test("render rewrites a drifted check block from the step, and then it keeps the rules")
  func rendersText() throws {
    let text = "<!-- workbook: check at step 3 -->\n```text\nstale\n```\n"

    let (violations, fixture) = try verify(text: text, rendering: true)

    #expect(violations == [])
    #expect(
      fixture.read(readme) == """
        <!-- workbook: check at step 3 -->
        ```text
        RED: 1 of 2 tests fail.
          ✘ "CacheTests/second()" (CacheTests/second())
            Tests/Lesson01RedGreenRefactorTests/CacheTests.swift:3:5: Expectation failed
        ```

        """)
  }

  @Test("Rendering twice gives identical text")
  func rendersStably() throws {
    let text = """
      <!-- workbook: swift test at step 3 -->
      ```text
      ```
      <!-- workbook: change to Tests/Lesson01RedGreenRefactorTests/CacheTests.swift at step 3 -->
      ```diff
      ```
      """
    let fixture = try Self.fixture()
    _ = try verify(text: text, rendering: true, in: fixture)
    let first = try #require(fixture.read(readme))

    _ = try verify(text: first, rendering: true, in: fixture)

    #expect(fixture.read(readme) == first)
  }

  @Test(
    "A block naming a step, file or change that does not exist says what is missing",
    arguments: [
      (
        "check at step 9",
        "what workbook check says at step 9, but the lesson's steps are numbered 1 to 5"
      ),
      (
        "file Katas/Lesson01RedGreenRefactor/Nope.swift at step 2",
        "Katas/Lesson01RedGreenRefactor/Nope.swift at step 2, but there is no such file at step 2"
      ),
      (
        "change to Tests/Lesson01RedGreenRefactorTests/CacheTests.swift at step 2",
        "the change to Tests/Lesson01RedGreenRefactorTests/CacheTests.swift at step 2, "
          + "but step 2 does not change that file"
      ),
    ])
  func missingSource(marker: String, problem: String) throws {
    let text = "<!-- workbook: \(marker) -->\n```text\n```\n"

    let (violations, _) = try verify(text: text)

    #expect(violations.map(\.rule) == ["the lesson text shows only steps and files that exist"])
    #expect(violations.map(\.seen) == ["\(readme):1 shows \(problem)"])
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
