import Lesson02BabySteps
import Testing

@Suite("The Idempotency-Key header")
struct IdempotencyKeyTests {
  @Test("a request without a key is refused with 400, and nothing runs")
  func requestWithoutKeyIsRefused() throws {
    let layer = IdempotencyLayer()
    let charge = Charge()

    let problem = try #require(throws: Problem.self) {
      try layer.response(to: payment(key: nil), orRun: charge.run)
    }

    #expect(problem.status == 400)
    #expect(problem.title == "Idempotency-Key is missing")
    #expect(charge.runs == 0)
  }

  @Test("a malformed key is refused with 400, and nothing runs", arguments: MalformedKey.all)
  func malformedKeyIsRefused(_ malformed: MalformedKey) throws {
    let layer = IdempotencyLayer()
    let charge = Charge()

    let problem = try #require(throws: Problem.self) {
      try layer.response(to: payment(key: malformed.key), orRun: charge.run)
    }

    #expect(problem.status == 400)
    #expect(problem.title == "Idempotency-Key is malformed")
    #expect(charge.runs == 0)
  }
}

/// A key that breaks one rule of the key format, named after the rule it breaks.
struct MalformedKey: Sendable, CustomTestStringConvertible {
  let testDescription: String
  let key: String

  /// Every malformed key the tests try, each breaking one rule.
  static let all = [
    MalformedKey(testDescription: "empty", key: ""),
    MalformedKey(testDescription: "15 characters", key: "payment-key-001"),
  ]
}
