import Foundation

/// The published rules for Idempotency-Keys: how long a response is kept, and how long a client
/// waits before it retries a request that is still running.
public enum IdempotencyPolicy {
  /// How long the response to a finished request is replayed: 24 hours, in seconds.
  public static let timeToLive: TimeInterval = 24 * 60 * 60
  /// How many seconds a client waits before it retries a request whose key is still in flight.
  public static let retryAfter = 1
}
