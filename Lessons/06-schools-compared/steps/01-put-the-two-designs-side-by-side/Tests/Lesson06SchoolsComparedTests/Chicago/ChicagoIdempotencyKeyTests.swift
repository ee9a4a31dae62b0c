import Lesson06SchoolsCompared
import Testing

private typealias Direction = Chicago.Direction
private typealias IdempotencyKey = Chicago.IdempotencyKey
private typealias SagaStep = Chicago.SagaStep

@Suite("Chicago: an idempotency key")
struct ChicagoIdempotencyKeyTests {
  @Test(
    "names the saga, the step and the direction",
    arguments: [
      (SagaStep.charge, Direction.forward, "order-42/charge/forward"),
      (SagaStep.reserve, Direction.compensate, "order-42/reserve/compensate"),
    ])
  private func namesTheSagaTheStepAndTheDirection(
    step: SagaStep, direction: Direction, expected: String
  ) {
    let key = IdempotencyKey(sagaID: "order-42", step: step, direction: direction)

    #expect(key.description == expected)
  }
}
