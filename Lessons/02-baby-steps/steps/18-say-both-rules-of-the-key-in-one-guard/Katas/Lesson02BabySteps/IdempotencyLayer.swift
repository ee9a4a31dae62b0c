/// Decides what the payments API does with a request before anything runs: run it, replay the
/// response to an earlier request, or refuse it.
public final class IdempotencyLayer {
  /// How many characters a key may have: fewer would make keys easy to guess, and 255 is the
  /// most that Stripe accepts.
  private static let keyLengths = 16...255
  /// The characters a key may hold: printable ASCII, from the space to the tilde.
  private static let keyCharacters: ClosedRange<Character> = " "..."~"

  /// The response first given to each key.
  private var responses: [String: Response] = [:]

  /// Creates a layer that has seen no request yet.
  public init() {}

  /// The response to `request`: the stored one when its key has been seen, otherwise the result
  /// of running `operation`, which is then stored.
  ///
  /// - Throws: a ``Problem`` when the request has no key, or a malformed one; then nothing runs.
  public func response(to request: Request, orRun operation: () -> Response) throws(Problem)
    -> Response
  {
    guard let key = request.idempotencyKey else {
      throw Problem.missingKey
    }
    guard Self.keyLengths.contains(key.count), key.allSatisfy(Self.keyCharacters.contains) else {
      throw Problem.malformedKey
    }
    if let stored = responses[key] {
      return stored
    }
    let response = operation()
    responses[key] = response
    return response
  }
}
