/// Remembers the response to each Idempotency-Key, so that a retry gets the same response back
/// instead of running its operation a second time.
public final class IdempotencyCache {
  private var entries: [(key: String, response: Response)] = []

  /// Creates an empty cache.
  public init() {}

  /// The response to the request with `key`.
  public func response(for key: String, orRun operation: () -> Response) -> Response {
    if let entry = entries.first(where: { $0.key == key }) {
      return entry.response
    }
    let response = operation()
    entries.append((key, response))
    return response
  }
}
