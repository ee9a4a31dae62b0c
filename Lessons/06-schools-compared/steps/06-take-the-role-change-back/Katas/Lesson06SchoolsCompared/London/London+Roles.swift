// The roles the checkout saga needs filled, named from what the saga asks of each, not from the
// systems that play them. Each participant acts at most once per idempotency key, so that the
// saga may safely send a request again.

extension London {
  /// Holds stock for orders.
  public protocol Warehouse: Sendable {
    /// Sets `quantity` items of `sku` aside for an order.
    func reserve(_ quantity: Int, of sku: String, key: IdempotencyKey) async throws
    /// Puts `quantity` items of `sku` back on sale, undoing a reservation.
    func release(_ quantity: Int, of sku: String, key: IdempotencyKey) async throws
  }

  /// Takes money from cards and gives it back.
  public protocol Payments: Sendable {
    /// Takes `amount` cents from `card`.
    func charge(_ amount: Int, to card: String, key: IdempotencyKey) async throws
    /// Gives `amount` cents back to `card`, undoing a charge.
    func refund(_ amount: Int, to card: String, key: IdempotencyKey) async throws
  }

  /// Takes parcels to customers.
  public protocol Carrier: Sendable {
    /// Takes the parcel of `order` on its way to the customer.
    func dispatch(_ order: Order, key: IdempotencyKey) async throws
  }

  /// Writes to customers.
  public protocol Mailer: Sendable {
    /// Sends the customer the receipt for `order`.
    func sendReceipt(for order: Order, key: IdempotencyKey) async throws
  }

  /// Waits between two attempts at a request.
  ///
  /// The saga never reads a clock or sleeps by itself: it asks for a pause, and the app passes one
  /// that waits on a real clock, where a test passes one that only writes the pause down.
  public protocol Pause: Sendable {
    /// Waits for `delay` before the saga tries again.
    func wait(for delay: Duration) async
  }
}
