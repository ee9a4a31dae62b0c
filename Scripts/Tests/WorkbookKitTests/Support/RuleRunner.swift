import Foundation

@testable import WorkbookCore

/// A test runner that plays tests written in a tiny language, so that a test of the tool can
/// write a learner's test and know how it fares on any production code.
///
/// Production code declares facts, one a line: `let stores = true`. A test is a function in
/// `struct CacheTests`, and passes when every `#expect(name)` in its body names a fact that is
/// true, in production code or in the body itself, as strict TDD writes it first. A test whose body says `crash` stops the run; one that says `undefined` does not compile,
/// nor does one that says `uses(name)` on code without a `func name`.
final class RuleRunner: TestRunner {
  private let seen = Locked<[[String: String]]>([])

  /// The lesson's files at each run, in order.
  var filesSeen: [[String: String]] { seen.withLock { $0 } }

  /// The same runner: runs are played, so they never need stopping.
  func limited(to seconds: TimeInterval) -> any TestRunner { self }

  func run(_ lesson: Lesson, in package: URL, building: Bool) throws -> TestRun {
    let files = try lesson.texts(in: package)
    seen.withLock { $0.append(files) }
    let code = files.filter { lesson.isProductionPath($0.key) }.values.joined(separator: "\n")
    let tests = files.filter { lesson.isTestPath($0.key) }.values.joined(separator: "\n")
    let testFile = package.appendingPathComponent(TemporaryWorkspace.test).path
    return TestRun(outcome: try Self.outcome(of: tests, on: code, testFile: testFile), console: "")
  }

  /// What the tests of `tests` show on `code`; compile errors name `testFile`.
  static func outcome(of tests: String, on code: String, testFile: String) throws -> Outcome {
    let missing = { (name: Substring) in
      Outcome.doesNotCompile([
        Diagnostic(file: testFile, line: 2, column: 3, message: "cannot find '\(name)' in scope")
      ])
    }
    if tests.contains("undefined") {
      return missing("undefined")
    }
    let used = tests.components(separatedBy: "uses(").dropFirst().map { $0.prefix { $0 != ")" } }
    if let name = used.first(where: { !code.contains("func \($0)") }) {
      return missing(name)
    }
    if tests.contains("crash") {
      throw FailingRunner.crash
    }
    var names: Set<String> = []
    var failures: [TestFailure] = []
    let functions = tests.components(separatedBy: "func ").dropFirst()
    for function in functions {
      let name = "CacheTests/" + function.prefix { $0 != "(" } + "()"
      names.insert(name)
      let body = function.drop { $0 != "{" }.prefix { $0 != "}" }
      let facts = body.components(separatedBy: "#expect(").dropFirst().map {
        $0.prefix { $0 != ")" }
      }
      let known = { (fact: Substring) in
        (code + body).contains("let \(fact) = true")
      }
      if let missing = facts.first(where: { !known($0) }) {
        failures.append(
          TestFailure(
            test: name, displayName: name, message: "Expectation failed: \(missing)",
            location: nil))
      }
    }
    return .ran(tests: names, failures: failures)
  }
}
