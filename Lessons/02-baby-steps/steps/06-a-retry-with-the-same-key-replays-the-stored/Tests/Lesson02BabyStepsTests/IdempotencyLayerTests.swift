import Lesson02BabySteps
import Testing

@Suite("An idempotency layer")
struct IdempotencyLayerTests {
  @Test("a first request runs the operation and returns its response")
  func firstRequestRunsTheOperation() {
    let layer = IdempotencyLayer()

    let response = layer.response(to: payment(key: keyOne)) { paymentOne }

    #expect(response == paymentOne)
  }

  @Test("the same body under two keys runs twice: the key, not the body, names the payment")
  func sameBodyUnderTwoKeysRunsTwice() {
    let layer = IdempotencyLayer()
    var runs = 0
    let charge = {
      runs += 1
      return paymentOne
    }

    _ = layer.response(to: payment(key: keyOne, body: tenEuros), orRun: charge)
    _ = layer.response(to: payment(key: keyTwo, body: tenEuros), orRun: charge)

    #expect(runs == 2)
  }

  @Test("a retry with the same key replays the response without running the operation again")
  func retryReplaysTheStoredResponse() {
    let layer = IdempotencyLayer()
    var runs = 0
    let charge = {
      runs += 1
      return paymentOne
    }
    _ = layer.response(to: payment(key: keyOne), orRun: charge)

    let replay = layer.response(to: payment(key: keyOne), orRun: charge)

    #expect(replay == paymentOne)
    #expect(runs == 1)
  }
}
