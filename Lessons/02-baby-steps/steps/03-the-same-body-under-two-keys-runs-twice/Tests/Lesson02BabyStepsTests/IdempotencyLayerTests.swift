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

  @Test("the same body under two keys runs twice: the key, not the body, names the payment")
  func sameBodyUnderTwoKeysRunsTwice() throws {
    let layer = IdempotencyLayer()
    var runs = 0
    let charge = {
      runs += 1
      return Response(status: 201, body: "payment pay_1")
    }
    let first = Request(
      method: "POST", path: "/payments", idempotencyKey: "payment-key-0001",
      body: "amount=1000&currency=eur")
    let second = Request(
      method: "POST", path: "/payments", idempotencyKey: "payment-key-0002",
      body: "amount=1000&currency=eur")

    _ = try layer.response(to: first, orRun: charge)
    _ = try layer.response(to: second, orRun: charge)

    #expect(runs == 2)
  }
}
