extension London {
  /// Places orders: runs the checkout saga by telling each participant, in turn, what to do.
  ///
  /// The saga reserves the stock, charges the card, dispatches the parcel and sends the receipt.
  /// When a step up to the dispatch, the pivot, fails, it undoes the steps done before it, the most
  /// recent first. A step after the pivot, and every compensation, is retried with a growing pause,
  /// and the saga asks for an operator when every attempt fails.
  public struct Checkout: Sendable {
    private let warehouse: any Warehouse
    private let payments: any Payments
    private let carrier: any Carrier
    private let mailer: any Mailer
    /// How many times a retried request is sent before the saga gives up.
    private let attempts: Int
    private let pause: any Pause

    /// The pause before the second attempt at a request; each later pause is twice the one before.
    private static let firstBackoff = Duration.seconds(1)

    /// A checkout with these participants that sends a retried request up to `attempts` times,
    /// with `pause` between two attempts.
    public init(
      warehouse: any Warehouse, payments: any Payments, carrier: any Carrier, mailer: any Mailer,
      attempts: Int, pause: any Pause
    ) {
      self.warehouse = warehouse
      self.payments = payments
      self.carrier = carrier
      self.mailer = mailer
      self.attempts = attempts
      self.pause = pause
    }

    /// Runs the checkout saga for `order`, and says how it ended.
    public func placeOrder(_ order: Order) async -> SagaStatus {
      var done: [SagaStep] = []
      for step in SagaStep.allCases {
        let key = IdempotencyKey(sagaID: order.id, step: step, direction: .forward)
        let succeeded = await send(times: step.isRetriable ? attempts : 1) {
          try await perform(key, for: order)
        }
        guard succeeded else {
          guard step.isRetriable else { return await undo(done.reversed(), of: order) }
          return needsIntervention(because: key, toUndo: [])
        }
        done.append(step)
      }
      return .completed
    }

    /// Undoes `steps`, in the order given, each with its compensation's key. Stops at a
    /// compensation that fails on every attempt, and leaves it and the steps after it to an
    /// operator.
    private func undo(_ steps: [SagaStep], of order: Order) async -> SagaStatus {
      for (index, step) in steps.enumerated() {
        let key = IdempotencyKey(sagaID: order.id, step: step, direction: .compensate)
        let succeeded = await send(times: attempts) { try await compensate(key, for: order) }
        guard succeeded else {
          return needsIntervention(because: key, toUndo: Array(steps[index...]))
        }
      }
      return .compensated
    }

    /// How a saga ends when the request with `key` failed on every attempt: an operator must
    /// finish it, undoing `steps`.
    private func needsIntervention(because key: IdempotencyKey, toUndo steps: [SagaStep])
      -> SagaStatus
    {
      .needsIntervention(reason: "\(key) failed \(attempts) times", toUndo: steps)
    }

    /// Sends a request until it succeeds, at most `times` times, and waits longer before each new
    /// attempt. Returns whether it succeeded.
    private func send(times: Int, _ request: () async throws -> Void) async -> Bool {
      var backoff = Self.firstBackoff
      for attempt in 1...times {
        do {
          try await request()
          return true
        } catch {
          guard attempt < times else { break }
          await pause.wait(for: backoff)
          backoff *= 2
        }
      }
      return false
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

    /// Asks the participant of the key's step to undo its work. Only the steps before the pivot
    /// are ever undone.
    private func compensate(_ key: IdempotencyKey, for order: Order) async throws {
      switch key.step {
      case .reserve: break
      case .charge: try await payments.refund(order.amount, to: order.card, key: key)
      case .dispatch, .receipt: preconditionFailure("\(key.step) is never undone")
      }
    }
  }
}
