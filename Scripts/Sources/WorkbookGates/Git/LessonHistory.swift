import Foundation
import WorkbookCore

/// Writes each lesson into git as a branch with one commit per step, without touching the
/// current branch, the index or the working tree.
///
/// Commits are built with git's plumbing in a private index. Their author and date are fixed,
/// so running it again gives the same commits and only moves the refs that changed.
public struct LessonHistory {
  let workspace: Workspace
  /// Extra environment for every git call.
  var gitEnvironment: [String: String] = [:]

  /// Writes the lessons of `workspace`, running git with `gitEnvironment` added.
  public init(workspace: Workspace, gitEnvironment: [String: String] = [:]) {
    self.workspace = workspace
    self.gitEnvironment = gitEnvironment
  }

  /// The branch of `lesson`, such as `workbook/01-red-green-refactor`.
  public static func branch(of lesson: Lesson) -> String { "workbook/\(lesson.entry.slug)" }

  /// Writes the branch and the `start` and `solution` tags of every lesson in `lessons`.
  ///
  /// - Returns: one line per ref written.
  public func write(_ lessons: [Lesson]) throws -> [String] {
    let git = Git(root: workspace.root, environment: gitEnvironment)
    try checkRepository(git)
    let head = try git("rev-parse", "--verify", "HEAD^{commit}")
    let date = try git("log", "-1", "--format=%cI", head)
    let scratch = workspace.root.appendingPathComponent(".build/workbook/branches")
    try? FileManager.default.removeItem(at: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    var planned: [RefOwnership.PlannedRef] = []
    for lesson in lessons {
      planned += try commits(of: lesson, base: head, date: date, scratch: scratch)
    }
    // Every ref is checked before any moves, so that a refusal leaves them all as they were.
    let ownership = RefOwnership(git: Git(root: workspace.root))
    for ref in planned {
      try ownership.checkMovable(ref)
    }
    for ref in planned {
      try Git(root: workspace.root)("update-ref", ref.ref, ref.commit)
    }
    return planned.map { "\($0.name) → \($0.commit.prefix(10))" }
  }

  private func checkRepository(_ git: Git) throws {
    // Only git's own failure means "not a repository"; git missing from the PATH says so itself.
    let inside: String?
    do {
      inside = try git("rev-parse", "--is-inside-work-tree")
    } catch let error as WorkbookError where error.message.hasPrefix("git rev-parse failed") {
      inside = nil
    }
    guard inside == "true" else {
      throw WorkbookError.failure(
        "\(workspace.root.path) is not a git repository; branches needs a git clone")
    }
    let dirty = try git("status", "--porcelain", "--", "Lessons", "Package.swift")
    guard dirty.isEmpty else {
      throw WorkbookError.failure(
        "Lessons/ or Package.swift has uncommitted changes; commit or stash them first, "
          + "because branches are built on the last commit")
    }
    let current = (try? git("symbolic-ref", "-q", "HEAD")) ?? ""
    guard !current.hasPrefix("refs/heads/workbook/") else {
      throw WorkbookError.failure("you are on \(current.dropFirst(11)); switch to main first")
    }
  }

  /// Commits each step of `lesson` on `base`, and returns the refs that are to point at them.
  private func commits(of lesson: Lesson, base: String, date: String, scratch: URL) throws
    -> [RefOwnership.PlannedRef]
  {
    let tree = scratch.appendingPathComponent("tree")
    var git = Git(root: workspace.root)
    git.environment = [
      "GIT_INDEX_FILE": scratch.appendingPathComponent("index").path,
      "GIT_WORK_TREE": tree.path,
      "GIT_AUTHOR_NAME": "TDD Workbook", "GIT_AUTHOR_EMAIL": RefOwnership.email,
      "GIT_COMMITTER_NAME": "TDD Workbook", "GIT_COMMITTER_EMAIL": RefOwnership.email,
      "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
    ]
    try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
    try git("read-tree", base)
    let chainStart = "Lesson \(lesson.paddedNumber): clear the kata to replay its steps"
    var parent = try commit(
      Snapshot(), of: lesson, parent: base, message: chainStart, git: git, tree: tree)
    var commits: [String] = []
    for step in lesson.steps {
      parent = try commit(
        lesson.state(after: step.number), of: lesson, parent: parent,
        message: "\(step.kind): \(step.title)", git: git, tree: tree)
      commits.append(parent)
    }
    let number = lesson.paddedNumber
    return [
      .init(
        name: Self.branch(of: lesson), ref: "refs/heads/\(Self.branch(of: lesson))",
        commit: parent, chainStart: chainStart),
      .init(
        name: "tag workbook/\(number)-start", ref: "refs/tags/workbook/\(number)-start",
        commit: commits[0], chainStart: chainStart),
      .init(
        name: "tag workbook/\(number)-solution", ref: "refs/tags/workbook/\(number)-solution",
        commit: parent, chainStart: chainStart),
    ]
  }

  private func commit(
    _ snapshot: Snapshot, of lesson: Lesson, parent: String, message: String, git: Git, tree: URL
  ) throws -> String {
    try FileTree.replace(
      under: [lesson.kataFolder, lesson.testsFolder], in: tree, with: snapshot.files)
    try git(
      "rm", "-r", "-q", "-f", "--cached", "--ignore-unmatch", "--", lesson.kataFolder,
      lesson.testsFolder)
    if !snapshot.files.isEmpty {
      try git("add", "--all", "--", lesson.kataFolder, lesson.testsFolder)
    }
    let treeID = try git("write-tree")
    return try git("commit-tree", treeID, "-p", parent, "-m", message)
  }
}
