/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// The response first given to each key, with the fingerprint of the request that got it.
  private var entries: [String: (fingerprint: RequestFingerprint, response: Response)] = [:]

  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`: the stored one when its key has been seen, otherwise the result
  /// of running `operation`, which is then stored.
  ///
  /// - Parameter operation: the endpoint's work, such as charging a card. It throws a ``Problem``
  ///   when it refuses the request before it starts, such as for an invalid amount; then nothing
  ///   is stored, and a corrected retry with the same key runs.
  /// - Throws: a ``Problem`` when the request has no key or a malformed one, or when its key came
  ///   with another request, and then nothing runs; or the problem `operation` throws.
  public func response(to request: Request, orRun operation: () throws(Problem) -> Response)
    throws(Problem) -> Response
  {
    let key = try KeyFormat.validKey(of: request)
    let fingerprint = RequestFingerprint(of: request)
    if let entry = entries[key] {
      guard entry.fingerprint == fingerprint else {
        throw Problem.keyReused
      }
      return entry.response
    }
    let response = try operation()
    entries[key] = (fingerprint, response)
    return response
  }
}
