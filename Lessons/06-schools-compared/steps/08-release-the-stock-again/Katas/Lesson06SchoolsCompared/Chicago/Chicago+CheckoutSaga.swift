extension Chicago {
  /// Checks an order out: reserves its stock, charges the card, ships it and sends the receipt,
  /// and keeps the log of what ran.
  public actor CheckoutSaga {
    private let order: Order
    private let inventory: any Inventory
    private let payments: any PaymentProvider
    private let shipping: any Shipping
    private let receipts: any Receipts
    /// How many times a retried request is sent before the saga gives up.
    private let attempts: Int
    private var state: SagaState

    /// A saga that checks `order` out with these participants, and sends a retried request up to
    /// `attempts` times.
    public init(
      order: Order, inventory: any Inventory, payments: any PaymentProvider,
      shipping: any Shipping, receipts: any Receipts, attempts: Int
    ) {
      self.order = order
      self.inventory = inventory
      self.payments = payments
      self.shipping = shipping
      self.receipts = receipts
      self.attempts = attempts
      self.state = SagaState(sagaID: order.id)
    }

    /// Runs the saga's steps in order, and returns the state that leaves the saga in.
    ///
    /// A step up to the pivot runs once: when it fails, the saga undoes the steps done before it.
    /// A step after the pivot is retried, and when every attempt fails, the saga needs
    /// intervention.
    public func run() async -> SagaState {
      for step in SagaStep.allCases {
        let key = IdempotencyKey(sagaID: order.id, step: step, direction: .forward)
        guard await send(key, times: step.isRetriable ? attempts : 1) else {
          if step.isRetriable {
            state.escalate(because: "\(key) failed \(attempts) times")
          } else {
            await compensate()
          }
          return state
        }
      }
      return state
    }

    /// Undoes the steps done before a failure, the most recent first, retrying each. When one
    /// cannot be undone, the saga needs intervention, and the steps still to undo stay in its log.
    private func compensate() async {
      for step in state.stepsToUndo {
        let key = IdempotencyKey(sagaID: order.id, step: step, direction: .compensate)
        guard await send(key, times: attempts) else {
          return state.escalate(because: "\(key) failed \(attempts) times")
        }
      }
    }

    /// Sends the request with `key` until it succeeds, at most `times` times, and logs each
    /// outcome. Returns whether it succeeded.
    private func send(_ key: IdempotencyKey, times: Int) async -> Bool {
      for _ in 1...times {
        do {
          try await perform(key)
          state.record(.succeeded(key))
          return true
        } catch {
          state.record(.failed(key, reason: "\(error)"))
        }
      }
      return false
    }

    /// Asks the participant of the key's step to do what the key says. Only the reservation comes
    /// before the pivot, so releasing the stock is the only compensation there is.
    private func perform(_ key: IdempotencyKey) async throws {
      guard key.direction == .forward else {
        return try await inventory.release(order.quantity, of: order.sku, key: key)
      }
      switch key.step {
      case .reserve: try await inventory.reserve(order.quantity, of: order.sku, key: key)
      case .charge: try await payments.charge(order.amount, to: order.card, key: key)
      case .ship: try await shipping.arrangeShipment(of: order, key: key)
      case .receipt: try await receipts.sendReceipt(for: order, key: key)
      }
    }
  }
}
