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

  /// Adds `event` to the log, and moves the saga on: a failure ends it compensated.
  public mutating func record(_ event: SagaEvent) {
    log.append(event)
    switch event {
    case .succeeded(let key) where key.step == .receipt:
      status = .completed
    case .succeeded:
      break
    case .failed:
      status = .compensated
    }
  }
}
