import Lesson04ChicagoSchool
import Testing

@Suite("An idempotency key")
struct IdempotencyKeyTests {
  @Test(
    "names the saga, the step and the direction",
    arguments: [
      (SagaStep.charge, Direction.forward, "order-42/charge/forward"),
      (SagaStep.reserve, Direction.compensate, "order-42/reserve/compensate"),
    ])
  func namesTheSagaTheStepAndTheDirection(
    step: SagaStep, direction: Direction, expected: String
  ) {
    let key = IdempotencyKey(sagaID: "order-42", step: step, direction: direction)

    #expect(key.description == expected)
  }
}
