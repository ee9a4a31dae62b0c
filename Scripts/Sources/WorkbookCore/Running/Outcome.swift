/// A compiler error, as swiftc prints it: `file:line:column: error: message`.
public struct Diagnostic: Equatable, Sendable {
  /// The file's path as the compiler printed it.
  public let file: String
  /// The line, from 1.
  public let line: Int
  /// The column, from 1.
  public let column: Int
  /// The error message without the `error:` prefix.
  public let message: String

  /// The diagnostic with its file shown relative to `root`, as a learner would type it.
  public func located(relativeTo root: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    let path = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    return "\(path):\(line):\(column): error: \(message)"
  }
}

/// One test that recorded a failure, with the first message it recorded.
public struct TestFailure: Equatable, Sendable {
  /// The test, named `Suite/function()`.
  public let test: String
  /// The test's display name, or its function name when it has none.
  public let displayName: String
  /// The first failure message the test recorded.
  public let message: String
  /// Where the failure was recorded, as `Module/File.swift:line:column`, when known.
  public let location: String?
}

/// What one run of a lesson's tests showed.
public enum Outcome: Equatable, Sendable {
  /// The build failed with these errors.
  case doesNotCompile([Diagnostic])
  /// The tests ran: every test that ran, named `Suite/function()`, and those that failed.
  case ran(tests: Set<String>, failures: [TestFailure])

  /// The run's colour.
  public var colour: Colour {
    switch self {
    case .doesNotCompile: .amber
    case .ran(_, let failures): failures.isEmpty ? .green : .red
    }
  }
}

extension Outcome {
  /// The outcome with the compiler's paths under `folder` moved to `destination`.
  public func relocated(from folder: String, to destination: String) -> Outcome {
    guard case .doesNotCompile(let errors) = self else { return self }
    return .doesNotCompile(
      errors.map { error in
        guard error.file.hasPrefix(folder + "/") else { return error }
        return Diagnostic(
          file: destination + error.file.dropFirst(folder.count), line: error.line,
          column: error.column, message: error.message)
      })
  }
}
