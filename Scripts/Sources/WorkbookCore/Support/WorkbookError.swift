/// A failure the workbook reports in one line on stderr, with the exit code it deserves.
public enum WorkbookError: Error, Equatable {
  /// The command line could not be understood; exits with 64 (EX_USAGE).
  case usage(String)
  /// Anything else that stops a command; exits with 1.
  case failure(String)
  /// A program ran longer than its time limit and was stopped; exits with 1.
  case timedOut(String)
  /// A test run stopped before its tests finished, because a test or the code it ran crashed,
  /// as a force unwrap of nil or an index out of range does; the crash's own words. Exits with
  /// 1; `check` reads it as a red run.
  case crashed(String)
  /// The learner pressed Ctrl-C and the command stopped; exits with 130, as shells expect.
  case interrupted
  /// A run was stopped because the files it tested changed while it ran; exits with 1.
  case cancelled

  /// The one-line message for the learner.
  public var message: String {
    switch self {
    case .usage(let message), .failure(let message), .timedOut(let message): message
    case .crashed(let message): "the tests crashed before they finished: \(message)"
    case .interrupted: "stopped by Ctrl-C"
    case .cancelled: "stopped because a file changed while the tests ran"
    }
  }

  /// The process exit code for this error.
  public var exitCode: Int32 {
    switch self {
    case .usage: 64
    case .failure, .timedOut, .crashed, .cancelled: 1
    case .interrupted: 130
    }
  }
}
