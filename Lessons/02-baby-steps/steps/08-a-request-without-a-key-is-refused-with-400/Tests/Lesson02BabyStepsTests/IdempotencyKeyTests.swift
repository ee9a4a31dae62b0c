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
}
