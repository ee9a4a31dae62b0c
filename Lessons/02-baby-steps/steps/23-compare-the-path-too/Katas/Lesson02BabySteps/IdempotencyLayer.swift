/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// The response first given to each key, and the path and body of the request that got it.
  private var entries: [String: (path: String, body: String, response: Response)] = [:]

  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`: the stored one when its key has been seen, otherwise the result
  /// of running `operation`, which is then stored.
  ///
  /// - Throws: a ``Problem`` when the request has no key, or a malformed one; then nothing runs.
  public func response(to request: Request, orRun operation: () -> Response) throws(Problem)
    -> Response
  {
    let key = try KeyFormat.validKey(of: request)
    if let entry = entries[key] {
      guard entry.path == request.path, entry.body == request.body else {
        throw Problem.keyReused
      }
      return entry.response
    }
    let response = operation()
    entries[key] = (request.path, request.body, response)
    return response
  }
}
