import WorkbookCore

/// What the learner expects a break step's change to break, given as `check --predict 2` or
/// `check --predict 'Suite/a(),Suite/b'`: predicting the colour at a break step says little,
/// since it is red by design; predicting which tests fail says what the learner thinks the
/// tests pin down.
public enum BreakPrediction: Equatable, Sendable {
  /// How many tests break.
  case count(Int)
  /// Which tests break, named `Suite/function()`.
  case tests([String])

  /// Reads a count, or a comma-separated list of tests; nil for anything else.
  init?(_ text: String) {
    if let count = Int(text) {
      guard count >= 0 else { return nil }
      self = .count(count)
      return
    }
    // A test is named as a run names it, `Suite/function()`; the parentheses may be left out.
    let tests = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .map { $0.hasSuffix(")") ? $0 : $0 + "()" }
    guard !tests.isEmpty, tests.allSatisfy({ $0.contains("/") }) else { return nil }
    self = .tests(tests)
  }

  /// The first name in `text` that reads as a test's function but lacks its suite, such as
  /// `declinedCard()` or `declinedCardReleasesTheStock`, with `()` added; nil when there is none,
  /// or when `text` reads as no test at all, such as `blue`.
  static func testWithoutSuite(in text: String) -> String? {
    let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let looksLikeTests =
      names.count > 1
      || names.contains { $0.contains("(") || $0.dropFirst().contains(where: \.isUppercase) }
    guard looksLikeTests, let bare = names.first(where: { !$0.contains("/") && !$0.isEmpty })
    else { return nil }
    return bare.hasSuffix(")") ? bare : bare + "()"
  }

  /// Whether the prediction holds for a run in which exactly `broken` failed, and the sentence
  /// that says so, without the tally.
  func judged(against broken: Set<String>) -> (held: Bool, sentence: String) {
    switch self {
    case .count(let count):
      let held = count == broken.count
      return (
        held,
        "You predicted \(counted(count, "broken test")), \(held ? "and" : "but") "
          + "\(broken.count) broke"
          + (held || broken.isEmpty ? "" : ": \(broken.sorted().joined(separator: ", "))")
      )
    case .tests(let tests):
      let predicted = Set(tests)
      let others = broken.subtracting(predicted).sorted()
      let survived = predicted.subtracting(broken).sorted()
      let named = tests.joined(separator: ", ")
      guard !others.isEmpty || !survived.isEmpty else {
        return (
          true,
          "You predicted \(named) would break, and exactly \(tests.count == 1 ? "it" : "they") did"
        )
      }
      var parts: [String] = []
      if !others.isEmpty {
        let count = counted(others.count, "other test")
        parts.append("\(count) broke: \(others.joined(separator: ", "))")
      }
      if !survived.isEmpty {
        parts.append("\(survived.joined(separator: ", ")) did not")
      }
      return (false, "You predicted \(named) would break, but " + parts.joined(separator: "; and "))
    }
  }
}
