/// Places orders: runs the checkout saga by telling each participant, in turn, what to do.
public struct Checkout: Sendable {
  private let warehouse: any Warehouse
  private let payments: any Payments
  private let carrier: any Carrier
  private let mailer: any Mailer

  /// A checkout with these participants.
  public init(
    warehouse: any Warehouse, payments: any Payments, carrier: any Carrier, mailer: any Mailer
  ) {
    self.warehouse = warehouse
    self.payments = payments
    self.carrier = carrier
    self.mailer = mailer
  }

  /// Runs the checkout saga for `order`: reserves the stock, charges the card, dispatches the
  /// parcel and sends the receipt, and says how it ended. When a step fails, the saga undoes the
  /// steps done before it, the most recent first.
  public func placeOrder(_ order: Order) async -> SagaStatus {
    var done: [SagaStep] = []
    for step in SagaStep.allCases {
      let key = IdempotencyKey(sagaID: order.id, step: step, direction: .forward)
      do {
        try await perform(key, for: order)
      } catch {
        return await undo(done.reversed(), of: order)
      }
      done.append(step)
    }
    return .completed
  }

  /// Undoes `steps`, in the order given, each with its compensation's key.
  private func undo(_ steps: [SagaStep], of order: Order) async -> SagaStatus {
    for step in steps {
      let key = IdempotencyKey(sagaID: order.id, step: step, direction: .compensate)
      try? await compensate(key, for: order)
    }
    return .compensated
  }

  /// Asks the participant of the key's step to do its work.
  private func perform(_ key: IdempotencyKey, for order: Order) async throws {
    switch key.step {
    case .reserve: try await warehouse.reserve(order.quantity, of: order.sku, key: key)
    case .charge: try await payments.charge(order.amount, to: order.card, key: key)
    case .dispatch: try await carrier.dispatch(order, key: key)
    case .receipt: try await mailer.sendReceipt(for: order, key: key)
    }
  }

  /// Asks the participant of the key's step to undo its work. Only releasing the stock has been
  /// asked for so far.
  private func compensate(_ key: IdempotencyKey, for order: Order) async throws {
    switch key.step {
    case .reserve: try await warehouse.release(order.quantity, of: order.sku, key: key)
    case .charge, .dispatch, .receipt: return
    }
  }
}
