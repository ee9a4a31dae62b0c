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

  /// Adds `event` to the log.
  public mutating func record(_ event: SagaEvent) {
    log.append(event)
    if case .succeeded(let key) = event, key.step == .receipt {
      status = .completed
    }
  }
}
