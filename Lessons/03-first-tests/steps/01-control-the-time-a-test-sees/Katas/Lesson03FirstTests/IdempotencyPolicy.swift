import Foundation

/// The published rules for Idempotency-Keys: how long a response is kept.
public enum IdempotencyPolicy {
  /// How long the response to a finished request is replayed: 24 hours, in seconds.
  public static let timeToLive: TimeInterval = 24 * 60 * 60
}
