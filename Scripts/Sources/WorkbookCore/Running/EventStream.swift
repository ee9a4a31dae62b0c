import Foundation

/// Reads the JSON event stream (version 0) that `swift test` writes for Swift Testing.
///
/// Each line is a record: first one per test (`"kind":"test"`), then events such as
/// `issueRecorded` and `testEnded`. Unknown kinds are ignored, as the format asks.
enum EventStream {
  /// The tests that ran and those that failed, or nil when the run ended early (a crash).
  ///
  /// A failing test keeps every issue it recorded. The cases of a parameterised test run in
  /// parallel, so their issues are put in the order the test lists its cases: a run reads the
  /// same each time.
  static func parse(_ data: Data) -> (tests: Set<String>, failures: [TestFailure])? {
    let decoder = JSONDecoder()
    var names: [String: String] = [:]
    var cases: [String: [String]] = [:]
    var ended = false
    var tests: Set<String> = []
    var issues: [String: [(caseID: String?, issue: TestIssue)]] = [:]
    var order: [String] = []
    for line in data.split(separator: UInt8(ascii: "\n")) {
      guard let record = try? decoder.decode(Record.self, from: line) else { continue }
      if let test = record.test, test.kind == "function" {
        names[test.id] = test.displayName ?? test.name
        cases[test.id] = test.testCases?.map(\.id)
      }
      guard let event = record.event else { continue }
      switch event.kind {
      case "runEnded":
        ended = true
      case "testEnded" where names[event.testID ?? ""] != nil:
        tests.insert(shortName(event.testID ?? ""))
      case "issueRecorded":
        guard let id = event.testID, let issue = event.issue, issue.isKnown != true else {
          continue
        }
        if issues[id] == nil { order.append(id) }
        issues[id, default: []].append(
          (
            event.testCase?.id,
            TestIssue(
              message: event.messages.first?.text ?? "",
              location: issue.sourceLocation.map { "\($0.file):\($0.line):\($0.column)" },
              arguments: event.testCase?.displayName)
          ))
      default:
        continue
      }
    }
    guard ended else { return nil }
    let failures = order.map { id in
      let listed = cases[id] ?? []
      let place = { (caseID: String?) in caseID.flatMap { listed.firstIndex(of: $0) } ?? 0 }
      // A stable sort keeps the issues of one case in the order they were recorded.
      let sorted = issues[id, default: []].enumerated()
        .sorted { (place($0.element.caseID), $0.offset) < (place($1.element.caseID), $1.offset) }
      return TestFailure(
        test: shortName(id), displayName: names[id] ?? shortName(id),
        issues: sorted.map(\.element.issue))
    }
    return (tests, failures)
  }

  /// How long each test took and where it is declared, or nil when the run ended early.
  ///
  /// A test's time runs from its `testStarted` to its `testEnded` event; the run's from
  /// `runStarted` to `runEnded`. Both leave out the time it takes to start the test process.
  static func timings(_ data: Data) -> TestTimings? {
    let decoder = JSONDecoder()
    var functions: Set<String> = []
    var places: [String: String] = [:]
    var started: [String: Double] = [:]
    var seconds: [String: TimeInterval] = [:]
    var runStarted: Double?
    var runSeconds: TimeInterval?
    for line in data.split(separator: UInt8(ascii: "\n")) {
      guard let record = try? decoder.decode(Record.self, from: line) else { continue }
      if let test = record.test, test.kind == "function" {
        functions.insert(test.id)
        places[shortName(test.id)] = test.sourceLocation.map { "\($0.fileID):\($0.line)" }
      }
      guard let event = record.event, let instant = event.instant?.absolute else { continue }
      let id = event.testID ?? ""
      switch event.kind {
      case "runStarted": runStarted = instant
      case "runEnded": runSeconds = instant - (runStarted ?? instant)
      case "testStarted" where functions.contains(id): started[id] = instant
      case "testEnded":
        if let start = started[id] { seconds[shortName(id)] = instant - start }
      default: continue
      }
    }
    guard let runSeconds else { return nil }
    return TestTimings(seconds: seconds, places: places, runSeconds: runSeconds)
  }

  /// `Module.Suite/function()/File.swift:4:4` becomes `Suite/function()`, and
  /// `Module.Outer/Inner/function()/File.swift:4:4` becomes `Outer/Inner/function()`.
  static func shortName(_ id: String) -> String {
    var parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    if parts.count > 1, let location = parts.last?.split(separator: ":"), location.count == 3,
      location.dropFirst().allSatisfy({ Int($0) != nil })
    {
      parts.removeLast()
    }
    let suitePath = parts.first.map { $0.split(separator: ".").dropFirst().joined(separator: ".") }
    return ([suitePath ?? ""] + parts.dropFirst()).filter { !$0.isEmpty }.joined(separator: "/")
  }

  private struct Record: Decodable {
    let kind: String
    let test: TestRecord?
    let event: EventRecord?

    enum CodingKeys: String, CodingKey { case kind, payload }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      kind = try container.decode(String.self, forKey: .kind)
      test = kind == "test" ? try container.decode(TestRecord.self, forKey: .payload) : nil
      event = kind == "event" ? try container.decode(EventRecord.self, forKey: .payload) : nil
    }
  }

  private struct TestRecord: Decodable {
    let kind: String
    let id: String
    let name: String
    let displayName: String?
    let sourceLocation: SourceLocation?
    /// The cases of a parameterised test, in the order it lists its arguments.
    let testCases: [TestCase]?

    private enum CodingKeys: String, CodingKey {
      case kind, id, name, displayName, sourceLocation
      case testCases = "_testCases"
    }
  }

  private struct EventRecord: Decodable {
    let kind: String
    let testID: String?
    let issue: Issue?
    let messages: [Message]
    let instant: Instant?
    /// The case of a parameterised test the event belongs to.
    let testCase: TestCase?

    private enum CodingKeys: String, CodingKey {
      case kind, testID, issue, messages, instant
      case testCase = "_testCase"
    }
  }

  /// One case of a parameterised test: its arguments, as Swift Testing shows them.
  private struct TestCase: Decodable {
    let id: String
    let displayName: String
  }

  private struct Instant: Decodable {
    let absolute: Double
  }

  private struct Issue: Decodable {
    let isKnown: Bool?
    let sourceLocation: SourceLocation?
  }

  private struct SourceLocation: Decodable {
    let fileID: String
    let filePath: String?
    let line: Int
    let column: Int

    private enum CodingKeys: String, CodingKey {
      case fileID, line, column
      case filePath = "_filePath"
    }

    /// The file as `Module/path/in/the/module.swift`: the file ID names only the module and the
    /// file, so a test in a subfolder of its module takes the subfolder from the file's path.
    var file: String {
      let module = fileID.prefix { $0 != "/" }
      guard let filePath, let start = filePath.range(of: "/\(module)/", options: .backwards)
      else { return fileID }
      return String(filePath[filePath.index(after: start.lowerBound)...])
    }
  }

  private struct Message: Decodable {
    let text: String
  }
}
