extension London {
  /// Which way a saga step runs: forwards to do its work, or back to undo it.
  public enum Direction: String, Sendable {
    /// The step does its work.
    case forward
    /// The step undoes work it did before.
    case compensate
  }

  /// The key a participant uses to act at most once on a request, however often the saga sends it.
  ///
  /// The same saga, step and direction always make the same key, so a retry carries the key of the
  /// attempt it repeats.
  public struct IdempotencyKey: Hashable, Sendable, CustomStringConvertible {
    /// The saga that sends the request, such as `order-42`.
    public let sagaID: String
    /// The step the request belongs to.
    public let step: SagaStep
    /// Whether the request does the step's work or undoes it.
    public let direction: Direction

    /// Creates the key of `step`, run in `direction`, by the saga `sagaID`.
    public init(sagaID: String, step: SagaStep, direction: Direction) {
      self.sagaID = sagaID
      self.step = step
      self.direction = direction
    }

    /// The key as participants receive it: `order-42/charge/forward`.
    public var description: String {
      "\(sagaID)/\(step.rawValue)/\(direction.rawValue)"
    }
  }
}
