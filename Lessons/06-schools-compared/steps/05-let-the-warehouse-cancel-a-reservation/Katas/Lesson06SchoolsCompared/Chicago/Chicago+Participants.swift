// The roles the checkout saga needs filled. Each participant acts at most once per idempotency
// key, so that the saga may safely send a request again.

extension Chicago {
  /// A warehouse that holds stock for orders.
  public protocol Inventory: Sendable {
    /// Takes `quantity` items of `sku` off the shelf for an order.
    func reserve(_ quantity: Int, of sku: String, key: IdempotencyKey) async throws
    /// Puts back on the shelf the stock that the reservation sent with `reservation` took off it.
    func cancelReservation(_ reservation: IdempotencyKey, key: IdempotencyKey) async throws
  }

  /// A payment service that takes money from cards.
  public protocol PaymentProvider: Sendable {
    /// Takes `amount` cents from `card`.
    func charge(_ amount: Int, to card: String, key: IdempotencyKey) async throws
  }

  /// A carrier that ships orders.
  public protocol Shipping: Sendable {
    /// Books the shipment of `order`.
    func arrangeShipment(of order: Order, key: IdempotencyKey) async throws
  }

  /// A mailer that sends customers their receipts.
  public protocol Receipts: Sendable {
    /// Sends the customer the receipt for `order`.
    func sendReceipt(for order: Order, key: IdempotencyKey) async throws
  }
}
