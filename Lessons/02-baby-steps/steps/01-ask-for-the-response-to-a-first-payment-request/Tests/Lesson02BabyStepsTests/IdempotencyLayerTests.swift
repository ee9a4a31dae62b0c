import Lesson02BabySteps
import Testing

@Suite("An idempotency layer")
struct IdempotencyLayerTests {
  @Test("a first request runs the operation and returns its response")
  func firstRequestRunsTheOperation() throws {
    let layer = IdempotencyLayer()
    let request = Request(
      method: "POST", path: "/payments", idempotencyKey: "payment-key-0001",
      body: "amount=1000&currency=eur")

    let response = try layer.response(to: request) { Response(status: 201, body: "payment pay_1") }

    #expect(response == Response(status: 201, body: "payment pay_1"))
  }
}
