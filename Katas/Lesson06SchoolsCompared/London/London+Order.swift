extension London {
  /// What a customer checks out: some items of one product, paid with one card.
  public struct Order: Sendable {
    /// The order's id, which is also the id of the saga that checks it out.
    public let id: String
    /// The product ordered.
    public let sku: String
    /// How many items of the product.
    public let quantity: Int
    /// The card that pays.
    public let card: String
    /// The price, in cents.
    public let amount: Int

    /// An order `id` for `quantity` items of `sku`, paid with `amount` cents from `card`.
    public init(id: String, sku: String, quantity: Int, card: String, amount: Int) {
      self.id = id
      self.sku = sku
      self.quantity = quantity
      self.card = card
      self.amount = amount
    }
  }
}
