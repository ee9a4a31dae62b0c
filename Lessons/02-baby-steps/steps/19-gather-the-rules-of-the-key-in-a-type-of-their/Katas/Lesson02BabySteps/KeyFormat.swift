/// The form an `Idempotency-Key` must have before the layer looks anything up with it.
///
/// The IETF draft asks servers to check the key first: a key that breaks the format never reaches
/// the storage, so it can neither probe it nor fill it.
enum KeyFormat {
  /// How many characters a key may have: fewer would make keys easy to guess, and 255 is the
  /// most that Stripe accepts.
  static let lengths = 16...255
  /// The characters a key may hold: printable ASCII, from the space to the tilde.
  static let characters: ClosedRange<Character> = " "..."~"

  /// The key of `request`, once it has passed every rule of the format.
  ///
  /// - Throws: ``Problem/missingKey`` when the request has no key, ``Problem/malformedKey`` when
  ///   its key breaks a rule.
  static func validKey(of request: Request) throws(Problem) -> String {
    guard let key = request.idempotencyKey else {
      throw Problem.missingKey
    }
    guard lengths.contains(key.count), key.allSatisfy(characters.contains) else {
      throw Problem.malformedKey
    }
    return key
  }
}
