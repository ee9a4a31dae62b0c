/// Remembers each Idempotency-Key the shop has seen, and decides what a request under it may do.
public struct IdempotencyStore: Sendable {
  /// What a request under a key may do.
  public enum Decision: Equatable, Sendable {
    /// The key is new: run the checkout.
    case proceed
  }

  /// An empty store.
  public init() {}

  /// Decides what the request with `fingerprint` under `key` may do.
  public mutating func begin(_ key: String, fingerprint: String) -> Decision {
    .proceed
  }
}
