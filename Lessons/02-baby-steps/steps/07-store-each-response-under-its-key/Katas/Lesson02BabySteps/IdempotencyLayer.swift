/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// The response first given to each key.
  private var responses: [String?: Response] = [:]

  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`: the stored one when its key has been seen, otherwise the result
  /// of running `operation`, which is then stored.
  public func response(to request: Request, orRun operation: () -> Response) throws -> Response {
    if let stored = responses[request.idempotencyKey] {
      return stored
    }
    let response = operation()
    responses[request.idempotencyKey] = response
    return response
  }
}
