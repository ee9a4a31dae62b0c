extension Chicago {
  /// What a saga has done so far, and where that leaves it.
  public struct SagaState: Equatable, Sendable {
    /// The saga's id, such as `order-42`.
    public let sagaID: String
    /// Where the saga stands.
    public private(set) var status: SagaStatus = .running
    /// Every step the saga ran, in order, with its outcome.
    public private(set) var log: [SagaEvent] = []

    /// The state of the saga `sagaID` before it runs anything.
    public init(sagaID: String) {
      self.sagaID = sagaID
    }

    /// The steps done and not yet undone, the most recent first, as the log tells them: none once
    /// the pivot is done, as the saga then only goes forwards.
    var stepsToUndo: [SagaStep] {
      let succeeded = log.compactMap { event -> IdempotencyKey? in
        guard case .succeeded(let key) = event else { return nil }
        return key
      }
      guard !succeeded.contains(where: { $0.step == .charge }) else { return [] }
      let undone = Set(succeeded.filter { $0.direction == .compensate }.map(\.step))
      let done = succeeded.filter { $0.direction == .forward && !undone.contains($0.step) }
      return done.map(\.step).reversed()
    }

    /// Adds `event` to the log, and moves the saga on: a failure up to the pivot starts undoing the
    /// steps done before it, and the saga is compensated once none is left.
    public mutating func record(_ event: SagaEvent) {
      log.append(event)
      switch event {
      case .succeeded(let key) where key.direction == .compensate:
        if stepsToUndo.isEmpty {
          status = .compensated
        }
      case .succeeded(let key):
        if key.step == .receipt {
          status = .completed
        }
      case .failed(let key, _) where key.step.isRetriable:
        break
      case .failed:
        status = stepsToUndo.isEmpty ? .compensated : .compensating
      }
    }

    /// Gives up for `reason`: an operator must finish the saga, undoing what is still to undo.
    mutating func escalate(because reason: String) {
      status = .needsIntervention(reason: reason, toUndo: stepsToUndo)
    }
  }
}
