import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct DiffTests {
  private let code = TemporaryWorkspace.code
  private let test = TemporaryWorkspace.test

  /// Runs `diff` on the well-formed lesson and returns its exit code and what it printed.
  private func diff(
    _ from: String? = nil, _ to: String? = nil, in fixture: TemporaryWorkspace? = nil
  ) throws -> (status: Int32, output: String) {
    let fixture = try fixture ?? wellFormedWorkspace()
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal, runner: ScriptedRunner([.green()]))
    workbook.pacer = .instant
    let status = try workbook.run(.diff(lesson: "01", from: from, to: to))
    return (status, captured.output)
  }

  private func wellFormedWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return fixture
  }

  @Test("diff between two steps prints a git-style diff and a summary of the changes")
  func diffBetweenTwoSteps() throws {
    let (status, output) = try diff("3", "4")

    #expect(status == 0)
    let expected = """
      Lesson 01, from step 3 (red: Second test) to step 4 (green: Make it real): the change of step 4
      diff --git a/\(code) b/\(code)
      --- a/\(code)
      +++ b/\(code)
      @@ -1,1 +1,1 @@
      -v1
      +v2
       1 file changed, 1 insertion(+), 1 deletion(-)
      """
    #expect(output == expected)
  }

  @Test("diff between two steps further apart names the steps, and says when it is reversed")
  func diffHeaders() throws {
    let forward = try diff("2", "5").output
    let backward = try diff("5", "3").output

    #expect(
      forward.hasPrefix(
        "Lesson 01, from step 2 (green: Fake it) to step 5 (refactor: Tidy): "
          + "the change of steps 3 to 5\n"))
    #expect(
      backward.hasPrefix(
        "Lesson 01, from step 5 (refactor: Tidy) to step 3 (red: Second test), reversed: "
          + "this takes back steps 4 to 5\n"))
    #expect(backward.contains("-v3\n+v1"))
  }

  @Test("diff of step 1 shows its files as new, against /dev/null")
  func diffOfFirstStep() throws {
    let (status, output) = try diff("1")

    #expect(status == 0)
    let expected = """
      Step 1 of 5 (amber): Start
      diff --git a/\(code) b/\(code)
      new file
      --- /dev/null
      +++ b/\(code)
      @@ -0,0 +1,1 @@
      +// placeholder
      diff --git a/\(test) b/\(test)
      new file
      --- /dev/null
      +++ b/\(test)
      @@ -0,0 +1,1 @@
      +test 1
       2 files changed, 2 insertions(+), 0 deletions(-)
      """
    #expect(output == expected)
  }

  @Test("diff of a whole lesson prints every step's header, in order")
  func diffOfWholeLesson() throws {
    let (status, output) = try diff()

    #expect(status == 0)
    let headers = output.split(separator: "\n").filter { $0.hasPrefix("Step ") }
    #expect(
      headers == [
        "Step 1 of 5 (amber): Start",
        "Step 2 of 5 (green): Fake it",
        "Step 3 of 5 (red): Second test",
        "Step 4 of 5 (green): Make it real",
        "Step 5 of 5 (refactor): Tidy",
      ])
    #expect(output.contains("+test 2"))
    #expect(output.contains("+v3"))
  }

  @Test("A file a step deletes shows as deleted, against /dev/null")
  func deletedFile() throws {
    let fixture = try wellFormedWorkspace()
    let store = "Katas/Lesson01RedGreenRefactor/Store.swift"
    try fixture.addStep(
      "06-rename", manifest: #"{"kind": "refactor", "title": "Rename", "deleted": ["\#(code)"]}"#,
      files: [store: "v3\n"])

    let (status, output) = try diff("5", "6", in: fixture)

    #expect(status == 0)
    let expected = """
      Lesson 01, from step 5 (refactor: Tidy) to step 6 (refactor: Rename): the change of step 6
      diff --git a/\(code) b/\(code)
      deleted file
      --- a/\(code)
      +++ /dev/null
      @@ -1,1 +0,0 @@
      -v3
      diff --git a/\(store) b/\(store)
      new file
      --- /dev/null
      +++ b/\(store)
      @@ -0,0 +1,1 @@
      +v3
       2 files changed, 1 insertion(+), 1 deletion(-)
      """
    #expect(output == expected)
  }

  @Test(
    "diff with a step that does not exist is a usage error",
    arguments: [("0", nil), ("6", nil), ("x", nil), ("1", "9")] as [(String, String?)])
  func badStep(from: String, to: String?) throws {
    let error = #expect(throws: WorkbookError.self) { try diff(from, to) }

    #expect(error?.exitCode == 64)
    #expect(error?.message.hasSuffix("steps are 1 to 5") == true)
  }
}
