/// Remembers each Idempotency-Key the shop has seen, and decides what a request under it may do.
public struct IdempotencyStore: Sendable {
  /// What a request under a key may do.
  public enum Decision: Equatable, Sendable {
    /// The key is new: run the checkout.
    case proceed
    /// The checkout under the key has finished: answer what it answered, and run nothing.
    case replay(Response)
  }

  /// The answer stored for each key whose checkout has finished.
  private var answers: [String: Response] = [:]

  /// An empty store.
  public init() {}

  /// Decides what the request with `fingerprint` under `key` may do.
  public mutating func begin(_ key: String, fingerprint: String) -> Decision {
    if let answer = answers[key] {
      return .replay(answer)
    }
    return .proceed
  }

  /// Stores `answer` as the answer to the checkout under `key`.
  public mutating func finish(_ key: String, with answer: Response) {
    answers[key] = answer
  }
}
