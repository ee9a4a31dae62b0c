/// Where a command writes: standard output, standard error, and whether colour is welcome.
public struct Terminal {
  /// Writes one line to standard output.
  public var print: (String) -> Void
  /// Writes one line to standard error.
  public var printError: (String) -> Void
  /// Whether to colour the output: only on a terminal, and never with `NO_COLOR`.
  public var usesColour: Bool
  /// Asks the person at the keyboard a question and returns their answer; nil when no one can
  /// answer, as when standard input is not a terminal.
  public var ask: ((String) -> String?)?

  /// Creates a terminal from two line writers.
  public init(
    print: @escaping (String) -> Void, printError: @escaping (String) -> Void, usesColour: Bool,
    ask: ((String) -> String?)? = nil
  ) {
    self.print = print
    self.printError = printError
    self.usesColour = usesColour
    self.ask = ask
  }

  /// `text` in the colour of `colour`, when colour is on.
  public func paint(_ text: String, _ colour: Colour) -> String {
    guard usesColour else { return text }
    let code =
      switch colour {
      case .amber: "33"
      case .red: "31"
      case .green: "32"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// `text` in bold, when colour is on.
  public func bold(_ text: String) -> String {
    usesColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }
}
