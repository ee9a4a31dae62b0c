/// Remembers the response to each Idempotency-Key, so that a retry gets the same response back
/// instead of running its operation a second time.
public final class IdempotencyCache {
  private var last: (key: String, response: Response)?

  /// Creates an empty cache.
  public init() {}

  /// The response to the request with `key`.
  public func response(for key: String, orRun operation: () -> Response) -> Response {
    if let last, last.key == key {
      return last.response
    }
    let response = operation()
    last = (key, response)
    return response
  }
}
