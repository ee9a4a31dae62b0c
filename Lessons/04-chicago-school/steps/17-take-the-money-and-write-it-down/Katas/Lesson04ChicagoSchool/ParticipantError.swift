/// Why a participant of the saga refused or failed a request.
public enum ParticipantError: Error, Equatable {
  /// The shelf holds fewer items of `sku` than the order asks for.
  case outOfStock(sku: String)
  /// The card has too little money left for the charge.
  case declined(card: String)
}
