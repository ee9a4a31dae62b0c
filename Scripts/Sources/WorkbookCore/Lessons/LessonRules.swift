import Foundation

/// The step rules a lesson follows, declared in its `Lessons/<lesson>/lesson.json` as
/// `{"rules": "strict"}`; a lesson without that file follows the standard rules.
public enum LessonRules: String, Codable, Sendable, CaseIterable {
  /// Green changes production code only; a refactor changes production code or tests.
  case standard
  /// Strict TDD, "TDD as if you meant it": green writes its logic inside the tests, without
  /// touching their expectations, and only a refactor reaches production code, by moving code
  /// out of the tests; it keeps every test, passing.
  case strict

  /// The name of the file in a lesson's folder that declares its rules.
  public static let fileName = "lesson.json"

  /// Whether a step of `kind` that changes tests and production code as given keeps the rules.
  public func allows(_ kind: StepKind, changingTests: Bool, changingCode: Bool) -> Bool {
    switch kind {
    case .amber, .red: !changingCode
    case .break: !changingTests
    case .green: self == .strict ? !changingCode : !changingTests
    case .refactor: self == .strict || !changingTests || !changingCode
    }
  }

  /// What a step of `kind` may change, in the words a rule message uses.
  public func allowedChanges(of kind: StepKind) -> String {
    switch (self, kind) {
    case (.strict, .green): "tests only, keeping their expectations"
    case (.strict, .refactor): "tests and production code, keeping every test passing"
    default: kind.allowedChanges
    }
  }

  /// The lines of Swift test source that state what a test expects (`#expect`, `#require`,
  /// `Issue.record`), trimmed and in order: a strict green step must leave them as they are.
  public static func expectations(in source: String) -> [String] {
    source.split(separator: "\n", omittingEmptySubsequences: true)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { line in
        ["#expect", "#require", "Issue.record"].contains { line.contains($0) }
      }
  }
}

/// The contents of a lesson's `lesson.json`.
struct LessonSettings: Codable, Equatable {
  var rules: LessonRules
}
