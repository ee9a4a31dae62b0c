import Lesson06SchoolsCompared
import Testing

private typealias Charge = Chicago.Charge
private typealias CheckoutSaga = Chicago.CheckoutSaga
private typealias Direction = Chicago.Direction
private typealias IdempotencyKey = Chicago.IdempotencyKey
private typealias InMemoryInventory = Chicago.InMemoryInventory
private typealias InMemoryPaymentProvider = Chicago.InMemoryPaymentProvider
private typealias InMemoryReceipts = Chicago.InMemoryReceipts
private typealias InMemoryShipping = Chicago.InMemoryShipping
private typealias Order = Chicago.Order
private typealias SagaStatus = Chicago.SagaStatus
private typealias SagaStep = Chicago.SagaStep

/// An order for `quantity` items of `sku-1`, paid with `amount` cents from `card-1`.
private func order(quantity: Int = 2, amount: Int = 30_00) -> Order {
  Order(id: "order-42", sku: "sku-1", quantity: quantity, card: "card-1", amount: amount)
}

/// The key of `step`, run in `direction` by the saga of `order-42`.
private func key(_ step: SagaStep, _ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: step, direction: direction)
}

@Suite("Chicago: a checkout saga")
struct ChicagoCheckoutSagaTests {
  private let inventory = InMemoryInventory(stock: ["sku-1": 5])
  private let payments = InMemoryPaymentProvider(funds: ["card-1": 100_00])
  private let shipping = InMemoryShipping()
  private let receipts = InMemoryReceipts()

  /// A saga that checks `order` out with this test's participants, or with the inventory or the
  /// carrier given, and makes three attempts at a retried request.
  private func checkout(
    _ order: Order, inventory: InMemoryInventory? = nil, shipping: InMemoryShipping? = nil
  ) -> CheckoutSaga {
    CheckoutSaga(
      order: order, inventory: inventory ?? self.inventory, payments: payments,
      shipping: shipping ?? self.shipping, receipts: receipts, attempts: 3)
  }

  @Test("completes when every participant does its part, and each one shows it")
  func completesWhenEveryStepSucceeds() async {
    let state = await checkout(order()).run()

    #expect(state.status == .completed)
    #expect(
      state.log == [
        .succeeded(key(.reserve)), .succeeded(key(.charge)), .succeeded(key(.ship)),
        .succeeded(key(.receipt)),
      ])
    let stock = await inventory.stock(of: "sku-1")
    let charges = await payments.charges
    let shipments = await shipping.shipments
    let sent = await receipts.sent
    #expect(stock == 3)
    #expect(charges == [Charge(card: "card-1", amount: 30_00)])
    #expect(shipments == ["order-42"])
    #expect(sent == ["order-42"])
  }

  @Test("is compensated when the stock runs short, and nobody is charged or shipped anything")
  func outOfStockChargesNothing() async {
    let state = await checkout(order(quantity: 9)).run()

    #expect(state.status == .compensated)
    let charges = await payments.charges
    let shipments = await shipping.shipments
    #expect(charges.isEmpty)
    #expect(shipments.isEmpty)
  }

  @Test("puts the stock back on the shelf when the card is declined")
  func declinedCardReleasesTheStock() async {
    let state = await checkout(order(amount: 200_00)).run()

    #expect(state.status == .compensated)
    let stock = await inventory.stock(of: "sku-1")
    #expect(stock == 5)
  }

  @Test("retries a shipment that timed out with the same key, so the order ships once")
  func retriesATimedOutShipmentWithTheSameKey() async {
    let shipping = InMemoryShipping(timeouts: 2)

    let state = await checkout(order(), shipping: shipping).run()

    #expect(state.status == .completed)
    let shipments = await shipping.shipments
    #expect(shipments == ["order-42"])
  }

  @Test("needs intervention when every attempt at the shipment times out, and undoes nothing")
  func needsInterventionWhenTheShipmentKeepsFailing() async {
    let shipping = InMemoryShipping(timeouts: 3)

    let state = await checkout(order(), shipping: shipping).run()

    #expect(
      state.status == .needsIntervention(reason: "order-42/ship/forward failed 3 times", toUndo: [])
    )
    let stock = await inventory.stock(of: "sku-1")
    let charges = await payments.charges
    #expect(stock == 3)
    #expect(charges == [Charge(card: "card-1", amount: 30_00)])
  }

  @Test("retries a release that failed, and logs every attempt")
  func retriesAFailedRelease() async {
    let inventory = InMemoryInventory(stock: ["sku-1": 5], failingReleases: 1)

    let state = await checkout(order(amount: 200_00), inventory: inventory).run()

    #expect(state.status == .compensated)
    #expect(
      state.log == [
        .succeeded(key(.reserve)),
        .failed(key(.charge), reason: "card-1 was declined"),
        .failed(key(.reserve, .compensate), reason: "inventory is unavailable"),
        .succeeded(key(.reserve, .compensate)),
      ])
    let stock = await inventory.stock(of: "sku-1")
    #expect(stock == 5)
  }

  @Test("needs intervention when the stock cannot be put back, with the reservation still to undo")
  func needsInterventionWhenAReleaseKeepsFailing() async {
    let inventory = InMemoryInventory(stock: ["sku-1": 5], failingReleases: 3)

    let state = await checkout(order(amount: 200_00), inventory: inventory).run()

    let stuck = SagaStatus.needsIntervention(
      reason: "order-42/reserve/compensate failed 3 times", toUndo: [.reserve])
    #expect(state.status == stuck)
  }
}
