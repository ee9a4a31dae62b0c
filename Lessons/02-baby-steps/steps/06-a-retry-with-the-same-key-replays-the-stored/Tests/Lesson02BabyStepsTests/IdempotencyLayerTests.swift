import Lesson02BabySteps
import Testing

@Suite("An idempotency layer")
struct IdempotencyLayerTests {
  @Test("a first request runs the operation and returns its response")
  func firstRequestRunsTheOperation() throws {
    let layer = IdempotencyLayer()

    let response = try layer.response(to: payment(key: keyOne)) { paymentOne }

    #expect(response == paymentOne)
  }

  @Test("the same body under two keys runs twice: the key, not the body, names the payment")
  func sameBodyUnderTwoKeysRunsTwice() throws {
    let layer = IdempotencyLayer()
    let charge = Charge()

    _ = try layer.response(to: payment(key: keyOne, body: tenEuros), orRun: charge.run)
    _ = try layer.response(to: payment(key: keyTwo, body: tenEuros), orRun: charge.run)

    #expect(charge.runs == 2)
  }

  @Test("a retry with the same key replays the response without running the operation again")
  func retryReplaysTheStoredResponse() throws {
    let layer = IdempotencyLayer()
    let charge = Charge()
    _ = try layer.response(to: payment(key: keyOne), orRun: charge.run)

    let replay = try layer.response(to: payment(key: keyOne), orRun: charge.run)

    #expect(replay == paymentOne)
    #expect(charge.runs == 1)
  }
}
