extension London {
  /// Why a participant of the saga refused or failed a request.
  public enum ParticipantError: Error, Equatable {
    /// The warehouse holds fewer items of `sku` than the order asks for.
    case outOfStock(sku: String)
    /// The card network refused to move money on `card`.
    case declined(card: String)
    /// The participant could not be reached, and did nothing.
    case unavailable(participant: String)
  }
}
