import WorkbookCore

/// A command the learner typed, parsed from the words after `workbook`.
public enum Command: Equatable, Sendable {
  case status
  case start(lesson: String)
  case check(predicting: Colour?, breaks: BreakPrediction? = nil)
  case watch
  case next(force: Bool)
  case hint
  case peek
  case restore
  case tests(handedOut: Bool)
  case predict(Colour)
  case goto(lesson: String, step: String)
  case reset(lesson: String?)
  case diff(lesson: String, from: String?, to: String?)
  case branches
  case record(
    kind: StepKind, title: String, lesson: String?, hints: [String] = [], stillRed: [String] = [],
    undoes: [Int] = [])
  case new(slug: String, title: String)
  case amend
  case insert(kind: StepKind, title: String, hints: [String] = [], undoes: [Int] = [])
  case drop(lesson: String, step: String)
  case rename(lesson: String, to: String)
  case verify(lesson: String?)
  case render(lesson: String?)
  case audit(lesson: String?, runs: Int)
  case mutate(lesson: String?, mine: Bool, target: Int)
  /// The help of one command, or of every command when `topic` is nil.
  case help(topic: String?)

  /// Parses `arguments`, the words after the program name.
  ///
  /// - Throws: `WorkbookError.usage` for an unknown command or wrong arguments.
  public static func parse(_ arguments: [String]) throws -> Command {
    guard let name = arguments.first else { return .status }
    let rest = Array(arguments.dropFirst())
    if helpWords.contains(name) {
      guard let topic = rest.first else { return .help(topic: nil) }
      return .help(topic: try knownCommand(topic))
    }
    _ = try knownCommand(name)
    if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help(topic: name) }
    if let option = rest.first(where: { $0.hasPrefix("--") && !(options[name] ?? []).contains($0) })
    {
      let suggestion = Suggestion.nearest(to: option, among: options[name] ?? [])
      let meant = suggestion.map { "; did you mean '\($0)'?" } ?? ";"
      throw WorkbookError.usage(
        "unknown option '\(option)' for '\(name)'\(meant) \(Usage.line(for: name))")
    }
    switch (name, rest.count) {
    case ("status", 0): return .status
    case ("start", 1): return .start(lesson: rest[0])
    case ("check", 0): return .check(predicting: nil)
    case ("check", _) where rest.first == "--predict":
      guard rest.count == 2 else { throw predictionNeeded }
      if let colour = Colour(rawValue: rest[1]) { return .check(predicting: colour) }
      guard let breaks = BreakPrediction(rest[1]) else {
        throw BreakPrediction.testWithoutSuite(in: rest[1]).map(suiteNeeded) ?? predictionNeeded
      }
      return .check(predicting: nil, breaks: breaks)
    case ("watch", 0): return .watch
    case ("next", 0): return .next(force: false)
    case ("next", 1) where rest[0] == "--force": return .next(force: true)
    case ("hint", 0): return .hint
    case ("peek", 0): return .peek
    case ("restore", 0): return .restore
    case ("tests", 1) where ["given", "lesson"].contains(rest[0]):
      return .tests(handedOut: rest[0] == "given")
    case ("predict", 1):
      guard let colour = Colour(rawValue: rest[0]) else { throw predictionNeeded }
      return .predict(colour)
    case ("goto", 2): return .goto(lesson: rest[0], step: rest[1])
    case ("reset", 0...1): return .reset(lesson: rest.first)
    case ("diff", 1...3):
      return .diff(lesson: rest[0], from: rest.dropFirst().first, to: rest.dropFirst(2).first)
    case ("branches", 0): return .branches
    case ("record", _): return try parseRecord(rest)
    case ("new", 2): return try parseNew(rest)
    case ("amend", 0): return .amend
    case ("insert", _): return try parseInsert(rest)
    case ("drop", 2): return .drop(lesson: rest[0], step: rest[1])
    case ("rename", 2): return .rename(lesson: rest[0], to: rest[1])
    case ("verify", 0...1): return .verify(lesson: rest.first)
    case ("render", 0...1): return .render(lesson: rest.first)
    case ("audit", _): return try parseAudit(rest)
    case ("mutate", _): return try parseMutate(rest)
    default:
      throw WorkbookError.usage("wrong arguments for '\(name)': \(Usage.line(for: name))")
    }
  }

  /// The words that ask for help as the first word; after a command, `--help` and `-h` do.
  private static let helpWords: Set<String> = ["help", "--help", "-h"]

  /// Returns `name` when it is a command.
  ///
  /// - Throws: `WorkbookError.usage` naming the word, with the nearest command as a suggestion.
  private static func knownCommand(_ name: String) throws -> String {
    guard Usage.commandNames.contains(name) else {
      let suggestion = Suggestion.nearest(to: name, among: Usage.commandNames)
      let meant = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      throw WorkbookError.usage("unknown command '\(name)'\(meant)")
    }
    return name
  }

  /// The options each command takes.
  private static let options: [String: Set<String>] = [
    "check": ["--predict"], "next": ["--force"],
    "record": ["--lesson", "--hint", "--still-red", "--undoes"],
    "insert": ["--hint", "--undoes"],
    "audit": ["--runs"],
    "mutate": ["--mine", "--target"],
  ]

  private static let predictionNeeded = WorkbookError.usage(
    "a prediction is amber, red or green, or at a break step how many tests break or which, "
      + "as in: check --predict red, check --predict 2, check --predict 'Suite/test()'")

  /// The usage error for a predicted test named `bare`, without its suite.
  private static func suiteNeeded(_ bare: String) -> WorkbookError {
    .usage(
      "name each predicted test with its suite, as check lists it: 'Suite/\(bare)', not '\(bare)'")
  }

  /// How many times `audit` runs a suite unless told otherwise.
  static let defaultAuditRuns = 10

  private static func parseAudit(_ words: [String]) throws -> Command {
    var words = words
    var runs = defaultAuditRuns
    if let flag = words.firstIndex(of: "--runs") {
      guard flag + 1 < words.count else {
        throw WorkbookError.usage("wrong arguments for 'audit': \(Usage.line(for: "audit"))")
      }
      let count = words[flag + 1]
      guard let number = Int(count), number >= 2 else {
        throw WorkbookError.usage("--runs needs a whole number of at least 2, not '\(count)'")
      }
      runs = number
      words.removeSubrange(flag...(flag + 1))
    }
    guard words.count <= 1 else {
      throw WorkbookError.usage("wrong arguments for 'audit': \(Usage.line(for: "audit"))")
    }
    return .audit(lesson: words.first, runs: runs)
  }

  private static func parseMutate(_ words: [String]) throws -> Command {
    var lessons: [String] = []
    var mine = false
    var target = 90
    var rest = words[...]
    while let word = rest.popFirst() {
      switch word {
      case "--mine": mine = true
      case "--target":
        let text = rest.popFirst().map { $0.hasSuffix("%") ? String($0.dropLast()) : $0 }
        guard let value = text.flatMap({ Int($0) }), (0...100).contains(value) else {
          throw WorkbookError.usage(
            "--target needs a percentage from 0 to 100, such as --target 90")
        }
        target = value
      default: lessons.append(word)
      }
    }
    guard lessons.count <= 1 else {
      throw WorkbookError.usage("wrong arguments for 'mutate': \(Usage.line(for: "mutate"))")
    }
    return .mutate(lesson: lessons.first, mine: mine, target: target)
  }

  private static func parseRecord(_ words: [String]) throws -> Command {
    var words = words
    let hints = try takeHints(from: &words, for: "record")
    var lesson: String?
    if let flag = words.firstIndex(of: "--lesson"), flag + 1 < words.count {
      lesson = words[flag + 1]
      words.removeSubrange(flag...(flag + 1))
    }
    var stillRed: [String] = []
    while let flag = words.firstIndex(of: "--still-red") {
      guard flag + 1 < words.count, !words[flag + 1].hasPrefix("--") else {
        throw WorkbookError.usage(
          "--still-red needs the outer test that stays red, as in --still-red 'Suite/test()'")
      }
      stillRed.append(words[flag + 1])
      words.removeSubrange(flag...(flag + 1))
    }
    let undoes = try takeUndoes(from: &words)
    let (kind, title) = try kindAndTitle(words, for: "record")
    return .record(
      kind: kind, title: title, lesson: lesson, hints: hints, stillRed: stillRed, undoes: undoes)
  }
}
