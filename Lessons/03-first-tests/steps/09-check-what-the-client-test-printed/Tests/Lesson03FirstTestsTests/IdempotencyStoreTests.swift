import Foundation
import Lesson03FirstTests
import Testing

let clientA = ClientID("client-a")
let clientB = ClientID("client-b")

@Suite("An idempotency store")
struct IdempotencyStoreTests {
  @Test func firstRequestChargesOnce() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)

    let response = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(response == .created(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func retryReplaysTheStoredResponse() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    let replay = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(replay == .created(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func retryAfter25HoursRunsAgain() async {
    let provider = FakePaymentProvider()
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    clock.advance(by: 25 * hour)
    let retry = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(retry == .created(payment("pay_2")))
  }

  @Test func requestInFlightGetsAConflict() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    let gate = Gate()
    async let first = store.response(for: "key-1", from: clientA) {
      await gate.pass()
      return await provider.charge()
    }
    await gate.waitForArrival()

    let second = await store.response(for: "key-1", from: clientA) { await provider.charge() }
    await gate.open()

    #expect(second.status == 409)
    #expect(await first == .created(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func concurrentRequestsChargeOnce() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    let gate = Gate()
    let requests = 10

    let statuses = await withTaskGroup(of: Response.self) { group in
      for _ in 1...requests {
        group.addTask {
          await store.response(for: "key-1", from: clientA) {
            await gate.pass()
            return await provider.charge()
          }
        }
      }
      // Every request but the one held at the gate has its answer; now let that one finish.
      var statuses: [Int] = []
      for await response in group {
        statuses.append(response.status)
        if statuses.count == requests - 1 { await gate.open() }
      }
      return statuses
    }

    let charges = await provider.charges
    #expect(charges == 1)
    #expect(statuses.filter { $0 == 409 }.count == requests - 1)
  }

  @Test func eachClientHasItsOwnKeys() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)

    let forA = await store.response(for: "key-1", from: clientA) { await provider.charge() }
    let forB = await store.response(for: "key-1", from: clientB) { await provider.charge() }

    print("client A got", forA)
    print("client B got", forB)
  }

  @Test func anotherClientGetsItsOwnPayment() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    let forB = await store.response(for: "key-1", from: clientB) { await provider.charge() }

    #expect(forB == .created(payment("pay_2")))
  }

  @Test func newKeyRunsItsOwnPayment() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    let other = await store.response(for: "key-2", from: clientA) { await provider.charge() }

    guard case .payment(let payment) = other.body else { fatalError("no payment for key-2") }
    assert(payment.id == "pay_2")
  }

  @Test func retryAfter23HoursReplays() async {
    let provider = FakePaymentProvider()
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    clock.advance(by: 23 * hour)
    let retry = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(retry == .created(payment("pay_1")))
  }
}
