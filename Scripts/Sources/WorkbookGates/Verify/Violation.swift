/// A broken rule of the workbook: where, which rule, and what was seen instead.
public struct Violation: Equatable, Sendable, CustomStringConvertible {
  /// The lesson's slug.
  public let lesson: String
  /// The step's label, or nil when the rule is about the lesson as a whole.
  public let step: String?
  /// The rule, stated as what must hold.
  public let rule: String
  /// What was seen instead.
  public let seen: String

  /// A broken `rule` of `lesson`, at `step` or of the lesson as a whole, and what was `seen`.
  public init(lesson: String, step: String?, rule: String, seen: String) {
    self.lesson = lesson
    self.step = step
    self.rule = rule
    self.seen = seen
  }

  public var description: String {
    let place = [lesson, step].compactMap { $0 }.joined(separator: " ")
    return "\(place): rule \"\(rule)\" is broken: \(seen)"
  }
}

/// A rule's verdict on one step: the rule and what was seen, before it is placed in a lesson.
public struct Breach: Equatable {
  public let rule: String
  public let seen: String
}
