extension Chicago {
  /// One entry of a saga's log: a step ran in one direction, and it succeeded or failed.
  public enum SagaEvent: Equatable, Sendable {
    /// The participant did what the request with this key asked.
    case succeeded(IdempotencyKey)
    /// The participant refused or failed the request with this key, for `reason`.
    case failed(IdempotencyKey, reason: String)
  }
}
