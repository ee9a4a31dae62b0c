/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// The response first given to each key.
  private var responses: [String: Response] = [:]

  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`: the stored one when its key has been seen, otherwise the result
  /// of running `operation`, which is then stored.
  ///
  /// - Throws: a ``Problem`` when the request has no key; then nothing runs.
  public func response(to request: Request, orRun operation: () -> Response) throws(Problem)
    -> Response
  {
    guard let key = request.idempotencyKey else {
      throw Problem.missingKey
    }
    if let stored = responses[key] {
      return stored
    }
    let response = operation()
    responses[key] = response
    return response
  }
}
