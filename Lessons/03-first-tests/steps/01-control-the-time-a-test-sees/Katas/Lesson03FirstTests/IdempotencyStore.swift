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

  /// How long a response is replayed, in seconds.
  private let timeToLive: TimeInterval
  private var entries: [String: Entry] = [:]

  /// Creates an empty store that replays each response for `timeToLive` seconds.
  public init(timeToLive: TimeInterval = IdempotencyPolicy.timeToLive) {
    self.timeToLive = timeToLive
  }

  /// The response to the request with `key` from `client`: the stored one while it is fresh, a
  /// conflict while the first request with the key still runs, otherwise what `operation` answers.
  public func response(
    for key: String, from client: ClientID, orRun operation: @Sendable () async -> Response
  ) async -> Response {
    switch entries[key] {
    case .inFlight:
      return .requestInFlight
    case .finished(let response, let finished)
    where Date().timeIntervalSince(finished) <= timeToLive:
      return response
    case .finished, nil:
      break
    }
    entries[key] = .inFlight
    let response = await operation()
    entries[key] = .finished(response, at: Date())
    return response
  }
}
