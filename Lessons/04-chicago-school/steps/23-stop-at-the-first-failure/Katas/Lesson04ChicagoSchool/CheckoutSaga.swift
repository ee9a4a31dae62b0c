/// Checks an order out: reserves its stock, charges the card, ships it and sends the receipt,
/// and keeps the log of what ran.
public actor CheckoutSaga {
  private let order: Order
  private let inventory: InMemoryInventory
  private let payments: InMemoryPaymentProvider
  private let shipping: InMemoryShipping
  private let receipts: InMemoryReceipts
  private var state: SagaState

  /// A saga that checks `order` out with these participants.
  public init(
    order: Order, inventory: InMemoryInventory, payments: InMemoryPaymentProvider,
    shipping: InMemoryShipping, receipts: InMemoryReceipts
  ) {
    self.order = order
    self.inventory = inventory
    self.payments = payments
    self.shipping = shipping
    self.receipts = receipts
    self.state = SagaState(sagaID: order.id)
  }

  /// Runs the saga's steps in order until one fails, and returns the state they leave it in.
  public func run() async -> SagaState {
    for step in SagaStep.allCases {
      let key = IdempotencyKey(sagaID: order.id, step: step, direction: .forward)
      do {
        try await perform(key)
        state.record(.succeeded(key))
      } catch {
        state.record(.failed(key, reason: "\(error)"))
        return state
      }
    }
    return state
  }

  /// Asks the participant of the key's step to do what the key says.
  private func perform(_ key: IdempotencyKey) async throws {
    switch key.step {
    case .reserve: try await inventory.reserve(order.quantity, of: order.sku, key: key)
    case .charge: try await payments.charge(order.amount, to: order.card, key: key)
    case .ship: await shipping.arrangeShipment(of: order, key: key)
    case .receipt: await receipts.sendReceipt(for: order, key: key)
    }
  }
}
