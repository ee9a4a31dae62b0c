/// Remembers the response to each Idempotency-Key, so that a retry gets the same response back
/// instead of running its operation a second time.
public final class IdempotencyCache {
  /// The response first given to each key.
  private var responses: [String: Response] = [:]

  /// Creates an empty cache.
  public init() {}

  /// The response to the request with `key`: the stored one when the key has been seen,
  /// otherwise the result of running `operation`, which is then stored.
  public func response(for key: String, orRun operation: () -> Response) -> Response {
    if let stored = responses[key] {
      return stored
    }
    let response = operation()
    responses[key] = response
    return response
  }
}
