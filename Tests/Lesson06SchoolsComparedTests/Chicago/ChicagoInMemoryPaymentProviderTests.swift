import Lesson06SchoolsCompared
import Testing

private typealias Charge = Chicago.Charge
private typealias IdempotencyKey = Chicago.IdempotencyKey
private typealias InMemoryPaymentProvider = Chicago.InMemoryPaymentProvider
private typealias ParticipantError = Chicago.ParticipantError

/// The key of the charge step of `saga`.
private func charging(for saga: String = "order-42") -> IdempotencyKey {
  IdempotencyKey(sagaID: saga, step: .charge, direction: .forward)
}

@Suite("Chicago: an in-memory payment provider")
struct ChicagoInMemoryPaymentProviderTests {
  @Test("records each charge, up to the last cent of the card's funds")
  func recordsEachCharge() async throws {
    let payments = InMemoryPaymentProvider(funds: ["card-1": 100_00])

    try await payments.charge(30_00, to: "card-1", key: charging(for: "order-41"))
    try await payments.charge(70_00, to: "card-1", key: charging(for: "order-42"))

    let charges = await payments.charges
    #expect(
      charges == [Charge(card: "card-1", amount: 30_00), Charge(card: "card-1", amount: 70_00)])
  }

  @Test("declines a charge beyond the card's remaining funds, and records nothing for it")
  func declinesBeyondTheFunds() async throws {
    let payments = InMemoryPaymentProvider(funds: ["card-1": 50_00])
    try await payments.charge(30_00, to: "card-1", key: charging(for: "order-41"))

    await #expect(throws: ParticipantError.declined(card: "card-1")) {
      try await payments.charge(30_00, to: "card-1", key: charging(for: "order-42"))
    }
    let charges = await payments.charges
    #expect(charges == [Charge(card: "card-1", amount: 30_00)])
  }

  @Test("declines a card it does not know")
  func declinesAnUnknownCard() async {
    let payments = InMemoryPaymentProvider(funds: ["card-1": 50_00])

    await #expect(throws: ParticipantError.declined(card: "card-2")) {
      try await payments.charge(1, to: "card-2", key: charging())
    }
    let charges = await payments.charges
    #expect(charges.isEmpty)
  }

  @Test("charges a retried request with the same key only once")
  func retryWithTheSameKeyChargesOnce() async throws {
    let payments = InMemoryPaymentProvider(funds: ["card-1": 100_00])

    try await payments.charge(30_00, to: "card-1", key: charging())
    try await payments.charge(30_00, to: "card-1", key: charging())

    let charges = await payments.charges
    #expect(charges == [Charge(card: "card-1", amount: 30_00)])
  }
}
