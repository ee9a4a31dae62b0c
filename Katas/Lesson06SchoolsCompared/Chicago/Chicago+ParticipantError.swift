extension Chicago {
  /// Why a participant of the saga refused or failed a request.
  public enum ParticipantError: Error, Equatable, CustomStringConvertible {
    /// The shelf holds fewer items of `sku` than the order asks for.
    case outOfStock(sku: String)
    /// The card has too little money left for the charge.
    case declined(card: String)
    /// The participant could not be reached, and did nothing.
    case unavailable(participant: String)
    /// The participant did not answer in time: it may have done the work or not.
    case timedOut(participant: String)

    /// The reason as the saga's log gives it, such as `card-1 was declined`.
    public var description: String {
      switch self {
      case .outOfStock(let sku): "\(sku) is out of stock"
      case .declined(let card): "\(card) was declined"
      case .unavailable(let participant): "\(participant) is unavailable"
      case .timedOut(let participant): "\(participant) timed out"
      }
    }
  }
}
