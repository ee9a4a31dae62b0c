import Foundation
import WorkbookCore

/// Runs git in one repository, with an optional private index and work tree.
struct Git {
  /// The repository's root.
  let root: URL
  /// Extra environment for every call, such as `GIT_INDEX_FILE`.
  var environment: [String: String] = [:]

  /// Runs `git arguments` and returns its output without the trailing newline.
  ///
  /// - Throws: `WorkbookError.failure` with git's first line of output when git fails.
  @discardableResult
  func callAsFunction(_ arguments: String...) throws -> String {
    let result = try Shell.run("git", arguments, in: root, environment: environment)
    let output = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard result.status == 0 else {
      let reason = output.split(separator: "\n").first.map(String.init) ?? "exit \(result.status)"
      throw WorkbookError.failure("git \(arguments.first ?? "") failed: \(reason)")
    }
    return output
  }
}
