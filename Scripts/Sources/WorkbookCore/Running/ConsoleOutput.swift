import Foundation

/// Turns what `swift test` prints into text that is the same on every run and every machine,
/// so that a lesson can show it and `verify` can compare it.
///
/// It removes the build's progress lines, the testing library's version and platform, timings,
/// colour codes, memory addresses and the package's absolute path. Swift Testing runs tests in
/// parallel, so it also puts each test's lines together and the tests in order of their names,
/// and what the tests print just before the run's last lines.
public enum ConsoleOutput {
  /// The normalised form of `console`; paths under any of `roots` become relative.
  public static func normalised(_ console: String, relativeTo roots: [String]) -> String {
    var before: [String] = []
    var tests: [String: [String]] = [:]
    var suites: [String: [String]] = [:]
    // What the tests print goes to another pipe than the testing library's events, so it can
    // come out before or after the run's last lines; it always goes before them here, without
    // the blank lines the pipes add.
    var printed: [String] = []
    var after: [String] = []
    var lastTest: String?
    for raw in console.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = cleaned(String(raw), roots: roots)
      if isNoise(line) { continue }
      if let event = Event(line) {
        switch event.subject {
        case .test(let name):
          tests[name, default: []].append(line)
          lastTest = name
        case .suite(let name):
          suites[name, default: []].append(line)
          lastTest = nil
        case .run where tests.isEmpty && suites.isEmpty:
          before.append(line)
        case .run:
          after.append(line)
          lastTest = nil
        }
      } else if let lastTest, line.hasPrefix("↳") || line.hasPrefix(" ") {
        tests[lastTest, default: []].append(line)
      } else if tests.isEmpty, suites.isEmpty {
        before.append(line)
      } else if !line.isEmpty {
        printed.append(line)
      }
    }
    let grouped = [tests.mapValues(casesInOrder), suites].flatMap { groups in
      groups.sorted { $0.key < $1.key }.flatMap(\.value)
    }
    let lines = before + grouped + printed + after
    return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  /// The lines of one test, with the issues its parameterised cases recorded, each with the
  /// lines that follow it, sorted by their text in the places they held: the cases run in
  /// parallel, so their issues come in any order. Every other line keeps its place.
  private static func casesInOrder(_ lines: [String]) -> [String] {
    var entries: [[String]] = []
    for line in lines {
      if line.hasPrefix("↳") || line.hasPrefix(" "), !entries.isEmpty {
        entries[entries.count - 1].append(line)
      } else {
        entries.append([line])
      }
    }
    let isCaseIssue = { (entry: [String]) in
      entry[0].contains(" recorded an issue with ") && entry[0].contains(" argument")
    }
    let places = entries.indices.filter { isCaseIssue(entries[$0]) }
    let sorted = places.map { entries[$0] }.sorted { $0.joined() < $1.joined() }
    for (place, entry) in zip(places, sorted) {
      entries[place] = entry
    }
    return entries.flatMap { $0 }
  }

  /// A line of Swift Testing's console output about a test, a suite or the whole run.
  private struct Event {
    enum Subject {
      case test(String)
      case suite(String)
      case run
    }

    let subject: Subject

    /// Reads lines such as `✘ Test "name" failed with 1 issue.`; nil for any other line.
    init?(_ line: String) {
      let words = line.split(separator: " ", maxSplits: 2)
      guard words.count == 3, words[0].count == 1 else { return nil }
      let rest = words[2]
      let name: Substring
      if rest.hasPrefix("\"") {
        guard let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
        name = rest[...close]
      } else {
        name = rest.prefix { $0 != " " }
      }
      switch words[1] {
      case "Test" where name == "run": subject = .run
      case "Test": subject = .test(String(name))
      case "Suite": subject = .suite(String(name))
      default: return nil
      }
    }
  }

  private static func isNoise(_ line: String) -> Bool {
    let noisyPrefixes = [
      "[", "Building for ", "Build complete!", "Build of ", "error: fatalError",
      "↳ Testing Library Version:", "↳ Target Platform:",
    ]
    if noisyPrefixes.contains(where: line.hasPrefix) { return true }
    return line.hasSuffix(" started.") && !line.hasSuffix(" Test run started.")
  }

  private static func cleaned(_ line: String, roots: [String]) -> String {
    var line = replacing(colourCodes, in: line, with: "")
    for root in roots where !root.isEmpty {
      let prefix = root.hasSuffix("/") ? root : root + "/"
      line = line.replacingOccurrences(of: prefix, with: "")
    }
    line = replacing(timings, in: line, with: "")
    line = replacing(addresses, in: line, with: "0x…")
    while line.last?.isWhitespace == true {
      line.removeLast()
    }
    return line
  }

  private static func replacing(
    _ pattern: NSRegularExpression, in line: String, with template: String
  ) -> String {
    pattern.stringByReplacingMatches(
      in: line, range: NSRange(line.startIndex..., in: line), withTemplate: template)
  }

  private static let colourCodes = pattern("\u{1B}\\[[0-9;]*[A-Za-z]")
  private static let timings = pattern(" after [0-9.]+ seconds?")
  private static let addresses = pattern("0x[0-9a-fA-F]{6,}")

  /// A pattern from a literal above; only a typo in one of them could make it fail.
  private static func pattern(_ text: String) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: text)
    } catch {
      preconditionFailure("invalid pattern \(text): \(error)")
    }
  }
}
