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

    #expect(response.status == 201)
    #expect(response == .created(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func retryReplaysTheStoredResponse() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    let replay = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(replay.body == .payment(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func replayIsMarkedAsAReplay() async {
    let provider = FakePaymentProvider()
    let store = IdempotencyStore(now: TestClock().now)
    let first = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    let replay = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(first.headers["Idempotent-Replayed"] == nil)
    #expect(replay.headers["Idempotent-Replayed"] == "true")
  }

  @Test(arguments: [23 * hour])
  func retryWithinADayReplays(after age: TimeInterval) async {
    let provider = FakePaymentProvider()
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    clock.advance(by: age)
    let retry = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(retry.body == .payment(payment("pay_1")))
  }

  @Test(arguments: [25 * hour])
  func retryAfterADayRunsAgain(after age: TimeInterval) async {
    let provider = FakePaymentProvider()
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    clock.advance(by: age)
    let retry = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(retry == .created(payment("pay_2")))
  }

  @Test(arguments: [(24 * hour - 1, "pay_1"), (24 * hour, "pay_2")])
  func theDayEndsAt24HoursSharp(age: TimeInterval, paymentID: String) async {
    let provider = FakePaymentProvider()
    let clock = TestClock()
    let store = IdempotencyStore(now: clock.now)
    _ = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    clock.advance(by: age)
    let retry = await store.response(for: "key-1", from: clientA) { await provider.charge() }

    #expect(retry.body == .payment(payment(paymentID)))
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
    #expect(
      second.body
        == .problem(
          Problem(
            title: "A request is outstanding for this Idempotency-Key",
            detail: "Retry after the first request with this key has finished.")))
    #expect(await first == .created(payment("pay_1")))
    #expect(await provider.charges == 1)
  }

  @Test func conflictSaysWhenToRetry() async {
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
    _ = await first

    #expect(second.headers["Retry-After"] == "1")
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

    #expect(other == .created(payment("pay_2")))
  }
}
