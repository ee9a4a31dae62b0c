import Lesson06SchoolsCompared
import Testing

private typealias CardNetworkClient = London.CardNetworkClient
private typealias CardNetworkPayments = London.CardNetworkPayments
private typealias Direction = London.Direction
private typealias IdempotencyKey = London.IdempotencyKey
private typealias ParticipantError = London.ParticipantError

/// The key of the charge step of `order-42`, run in `direction`.
private func charging(_ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: .charge, direction: direction)
}

/// These tests run our adapter against the card network's own sandbox, never against a double of
/// it: the client is not ours, so only the real thing can tell whether we use it right.
@Suite("London: payments through the card network")
struct LondonCardNetworkPaymentsTests {
  @Test("charge the card once, however often the saga sends the same key")
  func chargeOncePerKey() async throws {
    let network = CardNetworkClient()
    let payments = CardNetworkPayments(client: network)

    try await payments.charge(30_00, to: "card-1", key: charging())
    try await payments.charge(30_00, to: "card-1", key: charging())

    let ledger = await network.ledger
    #expect(ledger == [.init(kind: .sale, card: "card-1", minorUnits: 30_00)])
  }

  @Test("report a card the issuer refuses as declined, and move no money")
  func refusedCardIsDeclined() async {
    let network = CardNetworkClient(decliningCards: ["card-2"])
    let payments = CardNetworkPayments(client: network)

    await #expect(throws: ParticipantError.declined(card: "card-2")) {
      try await payments.charge(30_00, to: "card-2", key: charging())
    }
    let ledger = await network.ledger
    #expect(ledger.isEmpty)
  }

  @Test("refund a charge with the compensation's own key")
  func refundWithTheCompensationKey() async throws {
    let network = CardNetworkClient()
    let payments = CardNetworkPayments(client: network)
    try await payments.charge(30_00, to: "card-1", key: charging())

    try await payments.refund(30_00, to: "card-1", key: charging(.compensate))

    let ledger = await network.ledger
    #expect(
      ledger == [
        .init(kind: .sale, card: "card-1", minorUnits: 30_00),
        .init(kind: .refund, card: "card-1", minorUnits: 30_00),
      ])
  }
}
