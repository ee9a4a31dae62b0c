import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

@Suite struct BranchesTests {
  private let branch = "workbook/01-red-green-refactor"

  /// Runs git in `fixture` and returns what it printed; fails the test when git fails.
  @discardableResult
  private func git(_ arguments: String..., in fixture: TemporaryWorkspace) throws -> String {
    let result = try Shell.run("git", arguments, in: fixture.root)
    try #require(
      result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result.output)")
    return result.output
  }

  /// The well-formed lesson in a git repository on `main`, with everything committed.
  private func committedWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(".gitignore", ".build/\n.workbook/\n")
    try git("init", "-q", "-b", "main", in: fixture)
    try git("config", "user.name", "Workbook Tests", in: fixture)
    try git("config", "user.email", "tests@example.invalid", in: fixture)
    try git("config", "commit.gpgsign", "false", in: fixture)
    try git("add", "--all", in: fixture)
    try git("commit", "-q", "-m", "The workbook", in: fixture)
    return fixture
  }

  private func branches(in fixture: TemporaryWorkspace) throws -> (status: Int32, output: String) {
    let captured = CapturedTerminal()
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal, runner: ScriptedRunner([.green()]))
    workbook.pacer = .instant
    let status = try workbook.run(.branches)
    return (status, captured.output)
  }

  /// The commit each of the lesson's refs points at.
  private func refs(in fixture: TemporaryWorkspace) throws -> [String] {
    try [branch, "workbook/01-start", "workbook/01-solution"].map { ref in
      try git("rev-parse", "--verify", ref, in: fixture)
    }
  }

  @Test("branches writes one commit per step after a clearing commit, titled kind: title")
  func oneCommitPerStep() throws {
    let fixture = try committedWorkspace()

    let (status, output) = try branches(in: fixture)

    #expect(status == 0)
    #expect(output.contains(branch))
    let subjects = try git("log", "--reverse", "--format=%s", "main..\(branch)", in: fixture)
    #expect(
      subjects.split(separator: "\n") == [
        "Lesson 01: clear the kata to replay its steps",
        "amber: Start",
        "green: Fake it",
        "red: Second test",
        "green: Make it real",
        "refactor: Tidy",
      ])
    let firstParent = try git("rev-parse", "\(branch)~6", in: fixture)
    #expect(firstParent == (try git("rev-parse", "main", in: fixture)))
    let cleared = try git("ls-tree", "-r", "--name-only", "\(branch)~5", in: fixture)
      .split(separator: "\n")
    #expect(!cleared.contains { $0.hasPrefix("Katas/") || $0.hasPrefix("Tests/") })
    #expect(cleared.contains("Lessons/01-red-green-refactor/steps/01-start/step.json"))
  }

  @Test("The start tag holds step 1's files and the solution tag the last step's")
  func startAndSolutionTags() throws {
    let fixture = try committedWorkspace()

    _ = try branches(in: fixture)

    let start = "workbook/01-start"
    let solution = "workbook/01-solution"
    #expect(
      try git("show", "\(start):\(TemporaryWorkspace.code)", in: fixture) == "// placeholder\n")
    #expect(try git("show", "\(start):\(TemporaryWorkspace.test)", in: fixture) == "test 1\n")
    #expect(try git("log", "-1", "--format=%s", start, in: fixture) == "amber: Start\n")
    #expect(try git("show", "\(solution):\(TemporaryWorkspace.code)", in: fixture) == "v3\n")
    #expect(
      try git("rev-parse", solution, in: fixture) == (try git("rev-parse", branch, in: fixture)))
  }

  @Test("branches leaves the current branch, HEAD, the index and the working tree as they were")
  func leavesWorkingStateAlone() throws {
    let fixture = try committedWorkspace()
    try fixture.write("Notes.txt", "untracked\n")
    let state = {
      try [
        git("symbolic-ref", "HEAD", in: fixture),
        git("rev-parse", "HEAD", in: fixture),
        git("ls-files", "--stage", in: fixture),
        git("status", "--porcelain", "--untracked-files=all", in: fixture),
      ]
    }
    let before = try state()

    _ = try branches(in: fixture)

    #expect(try state() == before)
    #expect(before[3] == "?? Notes.txt\n")
    #expect(fixture.read(TemporaryWorkspace.code) == "v3\n")
  }

  @Test("Running branches twice succeeds and writes the same commits")
  func idempotent() throws {
    let fixture = try committedWorkspace()
    _ = try branches(in: fixture)
    let first = try refs(in: fixture)

    let (status, _) = try branches(in: fixture)

    #expect(status == 0)
    #expect(try refs(in: fixture) == first)
  }

  @Test("branches outside a git repository fails")
  func outsideGitRepository() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()

    let error = #expect(throws: WorkbookError.self) { try branches(in: fixture) }

    #expect(error?.exitCode == 1)
    #expect(error?.message.contains("is not a git repository") == true)
  }

  @Test("branches refuses uncommitted changes under Lessons/")
  func uncommittedLessonChanges() throws {
    let fixture = try committedWorkspace()
    try fixture.write(
      "Lessons/01-red-green-refactor/steps/05-tidy/step.json",
      #"{"kind": "refactor", "title": "Tidy up"}"#)

    let error = #expect(throws: WorkbookError.self) { try branches(in: fixture) }

    #expect(error?.exitCode == 1)
    #expect(error?.message.contains("uncommitted changes") == true)
    let branchExists = try Shell.run(
      "git", ["rev-parse", "--verify", "-q", branch], in: fixture.root)
    #expect(branchExists.status != 0)
  }

  @Test("Without git on the PATH, a git call fails with one clear line")
  func missingGit() throws {
    let fixture = try TemporaryWorkspace()
    let git = Git(root: fixture.root, environment: ["PATH": "/nonexistent"])

    let error = #expect(throws: WorkbookError.self) { try git("status") }

    #expect(error == .failure("git is not installed or not on the PATH"))
  }

  @Test("branches without git on the PATH says git is missing, not that this is no repository")
  func branchesWithoutGit() throws {
    let fixture = try TemporaryWorkspace()
    let history = LessonHistory(
      workspace: fixture.workspace, gitEnvironment: ["PATH": "/nonexistent"])

    let error = #expect(throws: WorkbookError.self) { try history.write([]) }

    #expect(error == .failure("git is not installed or not on the PATH"))
  }
}
