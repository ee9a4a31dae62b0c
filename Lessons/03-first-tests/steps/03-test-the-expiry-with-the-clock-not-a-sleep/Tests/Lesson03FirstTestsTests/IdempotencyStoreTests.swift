import Foundation
import Lesson03FirstTests
import Testing

/// The store the tests share.
let store = IdempotencyStore()
/// How many times a card was charged. A test that counts sets it back to 0 first.
nonisolated(unsafe) var charges = 0

let clientA = ClientID("client-a")
let clientB = ClientID("client-b")

/// Charges €10.00 as the payment `id`, and counts the charge.
func charge(_ id: String) -> Response {
  charges += 1
  return .created(Payment(id: id, amount: 1000, currency: "EUR"))
}

@Suite("An idempotency store", .serialized)
struct IdempotencyStoreTests {
  @Test func firstRequestChargesOnce() async {
    charges = 0

    let response = await store.response(for: "key-1", from: clientA) { charge("pay_1") }

    #expect(response == .created(Payment(id: "pay_1", amount: 1000, currency: "EUR")))
    #expect(charges == 1)
  }

  @Test func retryReplaysTheStoredResponse() async {
    charges = 0

    let replay = await store.response(for: "key-1", from: clientA) { charge("pay_2") }

    #expect(replay == .created(Payment(id: "pay_1", amount: 1000, currency: "EUR")))
    #expect(charges == 0)
  }

  @Test func retryAfter25HoursRunsAgain() async {
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-2", from: clientA) { charge("pay_3") }

    clock.advance(by: 25 * hour)
    let retry = await store.response(for: "key-2", from: clientA) { charge("pay_4") }

    #expect(retry == .created(Payment(id: "pay_4", amount: 1000, currency: "EUR")))
  }

  @Test func requestInFlightGetsAConflict() async throws {
    async let first = store.response(for: "key-3", from: clientA) {
      try? await Task.sleep(for: .seconds(1))
      return charge("pay_5")
    }
    // Give the first request time to start.
    try await Task.sleep(for: .milliseconds(200))

    let second = await store.response(for: "key-3", from: clientA) { charge("pay_6") }

    #expect(second.status == 409)
    _ = await first
  }

  @Test func concurrentRequestsChargeOnce() async {
    charges = 0

    await withTaskGroup(of: Response.self) { group in
      for _ in 1...10 {
        group.addTask {
          await store.response(for: "key-4", from: clientA) {
            // Long enough for the other requests to arrive.
            try? await Task.sleep(for: .milliseconds(250))
            return charge("pay_7")
          }
        }
      }
    }

    #expect(charges == 1)
  }

  @Test func eachClientHasItsOwnKeys() async {
    let forA = await store.response(for: "key-5", from: clientA) { charge("pay_8") }
    let forB = await store.response(for: "key-5", from: clientB) { charge("pay_9") }

    print("client A got", forA)
    print("client B got", forB)
  }

  @Test func newKeyRunsItsOwnPayment() async {
    _ = await store.response(for: "key-6", from: clientA) { charge("pay_10") }

    let other = await store.response(for: "key-8", from: clientA) { charge("pay_11") }

    guard case .payment(let payment) = other.body else { fatalError("no payment for key-8") }
    assert(payment.id == "pay_11")
  }

  @Test func retryAfter23HoursReplays() async {
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-7", from: clientA) { charge("pay_12") }

    clock.advance(by: 23 * hour)
    let retry = await store.response(for: "key-7", from: clientA) { charge("pay_13") }

    #expect(retry == .created(Payment(id: "pay_12", amount: 1000, currency: "EUR")))
  }
}
