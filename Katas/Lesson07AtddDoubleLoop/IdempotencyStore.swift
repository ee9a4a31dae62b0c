/// Remembers each Idempotency-Key the shop has seen, and decides what a request under it may do.
public struct IdempotencyStore: Sendable {
  /// What a request under a key may do.
  public enum Decision: Equatable, Sendable {
    /// The key is new: run the checkout.
    case proceed
    /// The checkout under the key has finished: answer what it answered, and run nothing.
    case replay(Response)
    /// The key was used for another request: refuse, and run nothing.
    case mismatch
    /// The checkout under the key is still running: ask the client to retry later.
    case conflict
  }

  /// What the store knows about one key: the request that used it and, once the checkout has
  /// finished, its answer.
  private struct Entry {
    let fingerprint: String
    var answer: Response?
  }

  private var entries: [String: Entry] = [:]

  /// An empty store.
  public init() {}

  /// Decides what the request with `fingerprint` under `key` may do.
  public mutating func begin(_ key: String, fingerprint: String) -> Decision {
    guard let entry = entries[key] else {
      entries[key] = Entry(fingerprint: fingerprint)
      return .proceed
    }
    guard entry.fingerprint == fingerprint else { return .mismatch }
    guard let answer = entry.answer else { return .conflict }
    return .replay(answer)
  }

  /// Stores `answer` as the answer to the checkout under `key`.
  public mutating func finish(_ key: String, with answer: Response) {
    entries[key]?.answer = answer
  }
}
