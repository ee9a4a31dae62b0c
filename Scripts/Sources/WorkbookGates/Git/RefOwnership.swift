import Foundation
import WorkbookCore

/// Tells whether `branches` may move a ref: only when the ref is missing, or is one it made,
/// holding nothing but the commits it made, so that no commit or tag of the learner's is lost.
struct RefOwnership {
  /// Runs git in the learner's repository, with their own environment.
  let git: Git

  /// The email of the commits `branches` makes, which tells them from anyone else's.
  static let email = "workbook@example.invalid"

  /// A ref `branches` is about to write.
  struct PlannedRef {
    /// How it is shown, such as `workbook/01-red-green-refactor` or `tag workbook/01-start`.
    let name: String
    /// Its full name, such as `refs/tags/workbook/01-start`.
    let ref: String
    /// The commit it is to point at.
    let commit: String
    /// The subject of the first commit of the lesson's chain, which `branches` builds on main.
    let chainStart: String
  }

  /// Fails, in one line that names the ref and the way out, when `planned` may not be moved.
  func checkMovable(_ planned: PlannedRef) throws {
    guard let current = try? git("rev-parse", "-q", "--verify", planned.ref),
      current != planned.commit
    else { return }
    let isTag = planned.ref.hasPrefix("refs/tags/")
    let shortName = planned.ref.replacingOccurrences(
      of: isTag ? "refs/tags/" : "refs/heads/", with: "")
    let wayOut =
      isTag
      ? "delete it or tag it anew under another name (git tag -d \(shortName))"
      : "keep it under a name of your own (git branch -m \(shortName) my-\(shortName.dropFirst(9)))"
    guard try git("cat-file", "-t", planned.ref) == "commit" else {
      throw WorkbookError.failure(
        "\(planned.name) is not one the workbook made, so branches leaves it alone; \(wayOut), "
          + "then run branches again")
    }
    if let foreign = try firstForeignCommit(of: planned) {
      throw WorkbookError.failure(
        "\(planned.name) holds a commit the workbook did not make (\(foreign)), so branches "
          + "leaves it alone; \(wayOut), then run branches again")
    }
  }

  /// The newest commit on the ref's first-parent line, back to the start of the lesson's
  /// chain, that `branches` did not make, as `abc1234 "subject"`; nil when it made them all.
  private func firstForeignCommit(of planned: PlannedRef) throws -> String? {
    let log = try git(
      "log", "--first-parent", "-n", "1000", "--format=%h%x09%P%x09%ae%x09%ce%x09%s", planned.ref)
    for line in log.split(separator: "\n") {
      let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
      guard fields.count == 5 else { break }
      let (commit, parents, author, committer, subject) = (
        fields[0], fields[1], fields[2], fields[3], fields[4]
      )
      guard author == Self.email, committer == Self.email, !parents.contains(" ") else {
        return "\(commit) \"\(subject)\""
      }
      if subject == planned.chainStart { return nil }
    }
    return "history that does not reach the first commit of the lesson's chain"
  }
}
