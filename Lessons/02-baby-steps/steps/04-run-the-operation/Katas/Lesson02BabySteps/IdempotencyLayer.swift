/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`.
  public func response(to request: Request, orRun operation: () -> Response) throws -> Response {
    operation()
  }
}
