import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

/// `branches` moves only the branches and tags it made, and only while they hold nothing else.
@Suite struct BranchOwnershipTests {
  private let branch = "workbook/01-red-green-refactor"

  @discardableResult
  private func git(_ arguments: String..., in fixture: TemporaryWorkspace) throws -> String {
    let result = try Shell.run("git", arguments, in: fixture.root)
    try #require(
      result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result.output)")
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
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

  /// Runs `branches`, and returns its exit code, or the message it failed with.
  private func branches(in fixture: TemporaryWorkspace) -> Result<Int32, WorkbookError> {
    Result {
      try fixture.run(.branches).status
    }.mapError { ($0 as? WorkbookError) ?? .failure("\($0)") }
  }

  private func refs(in fixture: TemporaryWorkspace) throws -> [String] {
    try [branch, "workbook/01-start", "workbook/01-solution"].map { ref in
      try git("rev-parse", "--verify", ref, in: fixture)
    }
  }

  /// The one-line message `branches` failed with; fails the test when it did not fail.
  private func refusal(in fixture: TemporaryWorkspace) throws -> String {
    guard case .failure(let error) = branches(in: fixture) else {
      Issue.record("branches did not refuse")
      return ""
    }
    #expect(!error.message.contains("\n"))
    return error.message
  }

  @Test(
    "A commit of the learner's on the lesson's branch is kept: branches refuses, naming the branch")
  func learnerCommitOnBranch() throws {
    let fixture = try committedWorkspace()
    _ = branches(in: fixture)
    try git("checkout", "-q", branch, in: fixture)
    try fixture.write("Katas/Lesson01RedGreenRefactor/Mine.swift", "// mine\n")
    try git("add", "--all", in: fixture)
    try git("commit", "-q", "-m", "My own work", in: fixture)
    let mine = try git("rev-parse", "HEAD", in: fixture)
    try git("checkout", "-q", "main", in: fixture)

    let message = try refusal(in: fixture)

    #expect(try git("rev-parse", branch, in: fixture) == mine)
    #expect(message.contains(branch), "\(message)")
    #expect(message.contains("My own work"), "\(message)")
    #expect(message.contains("git branch -m \(branch) "), "\(message)")
  }

  @Test("A branch of that name that the workbook did not make is left alone, and so is every ref")
  func foreignBranch() throws {
    let fixture = try committedWorkspace()
    try git("branch", branch, in: fixture)
    let before = try git("rev-parse", branch, in: fixture)

    let message = try refusal(in: fixture)

    #expect(try git("rev-parse", branch, in: fixture) == before)
    #expect(message.contains(branch), "\(message)")
    let tags = try Shell.run("git", ["tag", "--list", "workbook/*"], in: fixture.root)
    #expect(tags.output.isEmpty, "no tag may be written when one ref is refused")
  }

  @Test(
    "A tag of that name that the workbook did not make is left alone",
    arguments: [
      ["tag", "workbook/01-start"], ["tag", "-a", "-m", "mine", "workbook/01-solution"],
    ])
  func foreignTag(arguments: [String]) throws {
    let fixture = try committedWorkspace()
    _ = branches(in: fixture)
    let name = try #require(arguments.last)
    try git("tag", "-d", name, in: fixture)
    _ = try Shell.run("git", arguments, in: fixture.root)
    let before = try git("rev-parse", name, in: fixture)

    let message = try refusal(in: fixture)

    #expect(try git("rev-parse", name, in: fixture) == before)
    #expect(message.contains("tag \(name)"), "\(message)")
    #expect(message.contains("git tag -d \(name)"), "\(message)")
  }

  @Test("After main changes a lesson, branches moves the refs it made itself")
  func movesItsOwnRefs() throws {
    let fixture = try committedWorkspace()
    _ = branches(in: fixture)
    let before = try refs(in: fixture)
    try fixture.write(
      "Lessons/01-red-green-refactor/steps/05-tidy/\(TemporaryWorkspace.code)", "v4\n")
    try fixture.write(TemporaryWorkspace.code, "v4\n")
    try git("commit", "-q", "-am", "Tidy differently", in: fixture)

    let result = branches(in: fixture)

    #expect(try result.get() == 0)
    let after = try refs(in: fixture)
    #expect(after[0] != before[0])
    #expect(after[2] != before[2])
  }
}
