import Lesson06SchoolsCompared
import Testing

private typealias Checkout = London.Checkout
private typealias Direction = London.Direction
private typealias IdempotencyKey = London.IdempotencyKey
private typealias Order = London.Order
private typealias ParticipantsSpy = London.ParticipantsSpy
private typealias PauseSpy = London.PauseSpy
private typealias ParticipantError = London.ParticipantError
private typealias SagaStatus = London.SagaStatus
private typealias SagaStep = London.SagaStep

/// Two items of `sku-1`, paid with 30.00 from `card-1`.
private let order = Order(id: "order-42", sku: "sku-1", quantity: 2, card: "card-1", amount: 30_00)

/// The key of `step`, run in `direction` by the saga of `order`.
private func key(_ step: SagaStep, _ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: step, direction: direction)
}

/// The requests the saga of `order` can send, as the participants' spy writes them down.
private enum Sent {
  static let reservation = "reserve 2 of sku-1 with order-42/reserve/forward"
  static let charge = "charge 3000 to card-1 with order-42/charge/forward"
  static let dispatch = "dispatch order-42 with order-42/dispatch/forward"
  static let receipt = "send the receipt for order-42 with order-42/receipt/forward"
  static let refund = "refund 3000 to card-1 with order-42/charge/compensate"
  static let release = "release 2 of sku-1 with order-42/reserve/compensate"
}

@Suite("London: placing an order")
struct LondonCheckoutTests {
  private let pause = PauseSpy()

  /// A checkout whose four participants are all played by `participants`, and that makes three
  /// attempts at a retried request.
  private func checkout(_ participants: ParticipantsSpy) -> Checkout {
    Checkout(
      warehouse: participants, payments: participants, carrier: participants,
      mailer: participants, attempts: 3, pause: pause)
  }

  @Test("asks each participant in turn, once, with its step's key, and completes")
  func asksEachParticipantInTurn() async {
    let participants = ParticipantsSpy()

    let status = await checkout(participants).placeOrder(order)

    #expect(status == .completed)
    let requests = await participants.requests
    #expect(requests == [Sent.reservation, Sent.charge, Sent.dispatch, Sent.receipt])
  }

  @Test("asks nobody else when the stock runs short")
  func outOfStockAsksNobodyElse() async {
    let participants = ParticipantsSpy(failing: [key(.reserve): [.outOfStock(sku: "sku-1")]])

    let status = await checkout(participants).placeOrder(order)

    #expect(status == .compensated)
    let requests = await participants.requests
    #expect(requests == [Sent.reservation])
  }

  @Test("releases the stock when the card is declined")
  func declinedCardReleasesTheStock() async {
    let participants = ParticipantsSpy(failing: [key(.charge): [.declined(card: "card-1")]])

    let status = await checkout(participants).placeOrder(order)

    #expect(status == .compensated)
    let requests = await participants.requests
    #expect(requests == [Sent.reservation, Sent.charge, Sent.release])
  }

  @Test("refunds the card, then releases the stock, when the parcel cannot be dispatched")
  func failedDispatchUndoesTheStepsInReverseOrder() async {
    let participants = ParticipantsSpy(
      failing: [key(.dispatch): [.unavailable(participant: "carrier")]])

    let status = await checkout(participants).placeOrder(order)

    #expect(status == .compensated)
    let requests = await participants.requests
    #expect(
      requests == [Sent.reservation, Sent.charge, Sent.dispatch, Sent.refund, Sent.release])
  }

  @Test("sends the receipt again with the same key until it goes through")
  func retriesTheReceiptWithTheSameKey() async {
    let mailerDown = ParticipantError.unavailable(participant: "mailer")
    let participants = ParticipantsSpy(failing: [key(.receipt): [mailerDown, mailerDown]])

    let status = await checkout(participants).placeOrder(order)

    #expect(status == .completed)
    let requests = await participants.requests
    #expect(
      requests == [
        Sent.reservation, Sent.charge, Sent.dispatch, Sent.receipt, Sent.receipt, Sent.receipt,
      ])
  }

  @Test("needs an operator when the receipt fails every attempt, and undoes nothing")
  func receiptThatKeepsFailingNeedsAnOperator() async {
    let mailerDown = ParticipantError.unavailable(participant: "mailer")
    let participants = ParticipantsSpy(
      failing: [key(.receipt): Array(repeating: mailerDown, count: 3)])

    let status = await checkout(participants).placeOrder(order)

    #expect(
      status == .needsIntervention(reason: "order-42/receipt/forward failed 3 times", toUndo: []))
    let requests = await participants.requests
    #expect(
      requests == [
        Sent.reservation, Sent.charge, Sent.dispatch, Sent.receipt, Sent.receipt, Sent.receipt,
      ])
  }

  @Test("waits one second before the second attempt, twice as long before the third, and no more")
  func doublesThePauseBeforeEachAttempt() async {
    let mailerDown = ParticipantError.unavailable(participant: "mailer")
    let participants = ParticipantsSpy(
      failing: [key(.receipt): Array(repeating: mailerDown, count: 3)])

    _ = await checkout(participants).placeOrder(order)

    let delays = await pause.delays
    #expect(delays == [.seconds(1), .seconds(2)])
  }

  @Test("needs an operator when the refund fails every attempt, and leaves the stock reserved")
  func refundThatKeepsFailingNeedsAnOperator() async {
    let networkDown = ParticipantError.unavailable(participant: "card network")
    let participants = ParticipantsSpy(
      failing: [
        key(.dispatch): [.unavailable(participant: "carrier")],
        key(.charge, .compensate): Array(repeating: networkDown, count: 3),
      ])

    let status = await checkout(participants).placeOrder(order)

    let stuck = SagaStatus.needsIntervention(
      reason: "order-42/charge/compensate failed 3 times", toUndo: [.charge, .reserve])
    #expect(status == stuck)
    let requests = await participants.requests
    #expect(
      requests == [
        Sent.reservation, Sent.charge, Sent.dispatch, Sent.refund, Sent.refund, Sent.refund,
      ])
  }
}
