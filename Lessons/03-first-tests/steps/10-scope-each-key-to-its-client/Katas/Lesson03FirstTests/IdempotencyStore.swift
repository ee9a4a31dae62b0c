import Foundation

/// Remembers the response to each Idempotency-Key for a day, so that a retry replays the first
/// response instead of charging the card a second time.
public actor IdempotencyStore {
  /// What the store knows about a key.
  private enum Entry {
    /// The first request with the key is still running.
    case inFlight
    /// The first request finished with `response` at `time`.
    case finished(Response, at: Date)
  }

  /// A key as the store files it: the same key from two clients is two keys.
  private struct ScopedKey: Hashable {
    let client: ClientID
    let key: String
  }

  /// Where the store reads the time.
  private let now: @Sendable () -> Date
  private var entries: [ScopedKey: Entry] = [:]

  /// Creates an empty store that tells the time by `now`: `{ Date() }` in production, a clock
  /// the test moves in a test.
  public init(now: @escaping @Sendable () -> Date) {
    self.now = now
  }

  /// The response to the request with `key` from `client`: the stored one while it is fresh, a
  /// conflict while the first request with the key still runs, otherwise what `operation` answers.
  public func response(
    for key: String, from client: ClientID, orRun operation: @Sendable () async -> Response
  ) async -> Response {
    let key = ScopedKey(client: client, key: key)
    switch entries[key] {
    case .inFlight:
      return .requestInFlight
    case .finished(let response, let finished)
    where now().timeIntervalSince(finished) <= IdempotencyPolicy.timeToLive:
      return response
    case .finished, nil:
      break
    }
    entries[key] = .inFlight
    let response = await operation()
    entries[key] = .finished(response, at: now())
    return response
  }
}
