/// The help screens: every command on one screen, and one screen per command.
enum Usage {
  static let entries: [(name: String, usage: String, summary: String)] = [
    ("status", "workbook [status]", "the curriculum, your progress and the next command"),
    ("start", "workbook start <lesson>", "put a lesson at its first failing test"),
    ("check", "workbook check", "run the current lesson's tests and say what they mean"),
    (
      "check", "workbook check --predict <colour>",
      "say amber, red or green first, then see if you were right"
    ),
    (
      "check", "workbook check --predict <n|tests>",
      "at a break step: say how many tests break, or which, then see"
    ),
    ("predict", "workbook predict <colour>", "say the colour of the next check or watch run"),
    ("watch", "workbook watch", "run check again each time you save a file of the lesson"),
    ("next", "workbook next [--force]", "once green, bring in the next test and keep your code"),
    ("hint", "workbook hint", "one more hint for the current step"),
    ("peek", "workbook peek", "the reference's code for this step, as a change from yours"),
    ("restore", "workbook restore", "put the current step's tests back; keep your code"),
    ("tests", "workbook tests given", "hand me every test, even those a lesson leaves to me"),
    ("tests", "workbook tests lesson", "let me write the tests a lesson leaves to me (default)"),
    ("goto", "workbook goto <lesson> <step>", "put a lesson at any recorded step"),
    ("reset", "workbook reset [<lesson>]", "put a lesson back as it is on main"),
    ("diff", "workbook diff <lesson> [<from> [<to>]]", "what a step changed, or between two"),
    ("branches", "workbook branches", "one git branch per lesson, one commit per step"),
    (
      "record",
      "workbook record <kind> \"<title>\" [--lesson <lesson>] [--still-red <test>] [--undoes <step>]",
      "record your change as the lesson's next step"
    ),
    ("new", "workbook new <NN-slug> \"<title>\"", "create a lesson: folders, Package.swift, text"),
    ("amend", "workbook amend", "after goto: change that step, and carry it into later steps"),
    (
      "insert", "workbook insert <kind> \"<title>\" [--undoes <step>]",
      "after goto: record your change as a step after that one"
    ),
    ("drop", "workbook drop <lesson> <step>", "remove a step; the later ones lose its change"),
    ("rename", "workbook rename <lesson> <NN-slug>", "give a lesson a new slug everywhere"),
    ("verify", "workbook verify [<lesson>]", "replay every step and check every rule"),
    ("render", "workbook render [<lesson>]", "fill the lesson text's generated blocks"),
    (
      "audit", "workbook audit [<lesson>] [--runs <n>]",
      "run the tests \(Command.defaultAuditRuns) times and check them against FIRST"
    ),
    (
      "mutate", "workbook mutate [<lesson>] [--target <percent>]",
      "break the code in small ways: do the tests notice?"
    ),
    (
      "mutate", "workbook mutate --mine [<lesson>] [--target <percent>]",
      "grade your own tests against the reference code"
    ),
  ]

  static var commandNames: Set<String> { Set(entries.map(\.name)) }

  /// What a command's one-line summary cannot say, shown in its own help and in the full help.
  static let notes: [(names: [String], text: String)] = [
    (
      ["check", "predict", "watch"],
      """
      A prediction is amber (the tests do not compile), red (they compile and some fail) or
        green (every test passes). check --predict and predict keep your score.
      """
    ),
    (
      ["check"],
      """
      At a break step, predict what its change breaks: how many tests (check --predict 2), or
        which, by the names check lists, separated by commas, the () optional:
        check --predict 'Suite/first(),Suite/second()'.
      """
    ),
    (
      ["record", "insert"],
      """
      Kinds for record and insert: amber, red, green, refactor, break. Both take a step's one to
        three hints as --hint "<hint>", or ask for them when run in a terminal without.
      """
    ),
    (
      ["amend", "insert", "drop"],
      """
      amend and insert take the step that goto put the lesson at. amend, insert and drop
        carry each change into the later steps' copies of its files, renumber the steps and
        the lesson text, put the lesson's files back at its last step, and render its text.
      """
    ),
    (
      ["record"],
      """
      record --still-red <test> keeps an outer test, such as an acceptance test, red through
        the step, and through later steps while it still fails.
      """
    ),
    (
      ["next"],
      """
      next --force moves on even when the tests are not green, are edited, or pass only with
        their own examples; your edited tests are saved first.
      """
    ),
    (
      ["mutate"],
      """
      mutate runs each mutant in a copy of the lesson, never in your files. It exits 1 when
        the tests catch fewer than the target (90% unless --target). A mutant that runs ten
        times as long as the unchanged code (20 s at least) is stopped and counts as killed.
      """
    ),
  ]

  /// How to call the command `name`, every form of it, as in "usage: workbook check".
  static func line(for name: String) -> String {
    let forms = entries.filter { $0.name == name }.map(\.usage)
    return forms.isEmpty ? "" : "usage: " + forms.joined(separator: " | ")
  }

  /// The help of the command `topic`, or of every command when `topic` is nil.
  static func help(for topic: String?) -> String {
    topic.map(help(for:)) ?? text
  }

  /// The help of the command `name`: its forms with their summaries, then its notes.
  static func help(for name: String) -> String {
    let forms = entries.filter { $0.name == name }
    let namesALesson = forms.contains { $0.usage.contains("<lesson>") }
    let paragraphs =
      notes.filter { $0.names.contains(name) }.map(\.text)
      + (namesALesson ? [lessonNames] : [])
    return """
      Usage:
      \(table(of: forms))

      \(paragraphs.joined(separator: "\n"))
      """.trimmingCharacters(in: .newlines)
  }

  /// The help of every command.
  static var text: String {
    """
    Usage: swift run workbook <command>

    Learn test-driven development one failing test at a time.

    Commands:
    \(table(of: entries))

    \(lessonNames)
    \(notes.map(\.text).joined(separator: "\n"))
    Each command explains itself: swift run workbook help <command>, or <command> --help.
    """
  }

  private static let lessonNames = "A lesson is named by number (01) or slug (red-green-refactor)."

  /// The forms in two aligned columns: how to call each, and what it does. A form too wide for
  /// the first column has its summary on the line below, so that no line grows past the screen.
  private static func table(of forms: [(name: String, usage: String, summary: String)]) -> String {
    let widest = 40
    let width = forms.map(\.usage.count).filter { $0 <= widest }.max() ?? widest
    return forms.map { form in
      form.usage.count > width
        ? "  \(form.usage)\n" + "".padded(to: width + 4) + form.summary
        : "  " + form.usage.padded(to: width + 2) + form.summary
    }.joined(separator: "\n")
  }
}
