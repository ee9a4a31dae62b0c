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

/// One failure a test recorded: a failed expectation, a thrown error or a recorded issue.
public struct TestIssue: Equatable, Sendable {
  /// What the failure says, such as `Expectation failed: (v → 1) == 2`.
  public let message: String
  /// Where it was recorded, as `Module/File.swift:line:column`, when known.
  public let location: String?
  /// The arguments of the failing case of a parameterised test, as Swift Testing shows them;
  /// nil for a test without arguments.
  public let arguments: String?

  /// A failure with `message`, recorded at `location`, in the case with `arguments`.
  public init(message: String, location: String?, arguments: String?) {
    self.message = message
    self.location = location
    self.arguments = arguments
  }
}

/// One test that recorded a failure, with every failure it recorded.
public struct TestFailure: Equatable, Sendable {
  /// The test, named `Suite/function()`.
  public let test: String
  /// The test's display name, or its function name when it has none.
  public let displayName: String
  /// Every failure the test recorded, never empty: in the order recorded, and for a
  /// parameterised test, case by case in the order the test lists its arguments.
  public let issues: [TestIssue]

  /// A test that recorded `issues`, at least one.
  public init(test: String, displayName: String, issues: [TestIssue]) {
    precondition(!issues.isEmpty, "a failing test records at least one issue")
    self.test = test
    self.displayName = displayName
    self.issues = issues
  }

  /// A test that recorded one failure, with `message`, at `location`.
  public init(test: String, displayName: String, message: String, location: String?) {
    self.init(
      test: test, displayName: displayName,
      issues: [TestIssue(message: message, location: location, arguments: nil)])
  }

  /// The first failure message the test recorded.
  public var message: String { issues[0].message }
  /// Where the first failure was recorded, as `Module/File.swift:line:column`, when known.
  public var location: String? { issues[0].location }
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
