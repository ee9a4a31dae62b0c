extension Chicago {
  /// Money taken from a card.
  public struct Charge: Equatable, Sendable {
    /// The card charged.
    public let card: String
    /// The amount charged, in cents.
    public let amount: Int

    /// A charge of `amount` cents to `card`.
    public init(card: String, amount: Int) {
      self.card = card
      self.amount = amount
    }
  }
}
