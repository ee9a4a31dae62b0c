import Lesson04ChicagoSchool
import Testing

/// An order for `quantity` items of `sku-1`, paid with `amount` cents from `card-1`.
private func order(quantity: Int = 2, amount: Int = 30_00) -> Order {
  Order(id: "order-42", sku: "sku-1", quantity: quantity, card: "card-1", amount: amount)
}

/// The key of `step`, run in `direction` by the saga of `order-42`.
private func key(_ step: SagaStep, _ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: step, direction: direction)
}

@Suite("A checkout saga")
struct CheckoutSagaTests {
  let inventory = InMemoryInventory(stock: ["sku-1": 5])
  let payments = InMemoryPaymentProvider(funds: ["card-1": 100_00])
  let shipping = InMemoryShipping()
  let receipts = InMemoryReceipts()

  /// A saga that checks `order` out with this test's participants.
  func checkout(_ order: Order) -> CheckoutSaga {
    CheckoutSaga(
      order: order, inventory: inventory, payments: payments, shipping: shipping,
      receipts: receipts)
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
}
