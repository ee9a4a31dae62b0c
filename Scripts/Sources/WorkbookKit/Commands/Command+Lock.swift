extension Command {
  /// The command's name when it reads or changes the lessons' files in the working tree or the
  /// learner's progress, and so must not run beside another command that does; nil when it may.
  ///
  /// `watch` is not here: it takes the lock only while one of its checks runs, so that a `next`
  /// or a `predict` can run while it waits for a save. `verify`, `render`, `audit` and `mutate`
  /// work in scratch packages of their own and read the working tree at most once.
  var lockedName: String? {
    switch self {
    case .status: "status"
    case .start: "start"
    case .check: "check"
    case .next: "next"
    case .hint: "hint"
    case .peek: "peek"
    case .restore: "restore"
    case .tests: "tests"
    case .predict: "predict"
    case .goto: "goto"
    case .reset: "reset"
    case .branches: "branches"
    case .record: "record"
    case .new: "new"
    case .amend: "amend"
    case .insert: "insert"
    case .drop: "drop"
    case .rename: "rename"
    case .help, .watch, .diff, .verify, .render, .audit, .mutate: nil
    }
  }
}
