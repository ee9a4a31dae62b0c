import Lesson01RedGreenRefactor
import Testing

/// The response to a first payment request, as the payments API would send it.
private let paymentOne = Response(status: 201, body: "payment pay_1")
/// The response to a second, different payment request.
private let paymentTwo = Response(status: 201, body: "payment pay_2")

@Suite("An idempotency cache")
struct IdempotencyCacheTests {
  @Test("a first request runs the operation and returns its response")
  func firstRequestRunsTheOperation() {
    let cache = IdempotencyCache()

    let response = cache.response(for: "key-1") { paymentOne }

    #expect(response == paymentOne)
  }

  @Test("a new key runs its own operation")
  func newKeyRunsItsOwnOperation() {
    let cache = IdempotencyCache()
    _ = cache.response(for: "key-1") { paymentOne }

    let response = cache.response(for: "key-2") { paymentTwo }

    #expect(response == paymentTwo)
  }

  @Test("a retry with the same key replays the response without running the operation again")
  func retryReplaysTheStoredResponse() {
    let cache = IdempotencyCache()
    var runs = 0
    let charge = {
      runs += 1
      return paymentOne
    }
    _ = cache.response(for: "key-1", orRun: charge)

    let replay = cache.response(for: "key-1", orRun: charge)

    #expect(replay == paymentOne)
    #expect(runs == 1)
  }
}
