extension Chicago {
  /// A mailer kept in memory: a fake that records each receipt it sends.
  public actor InMemoryReceipts: Receipts {
    /// The ids of the orders whose receipt was sent, in order.
    public private(set) var sent: [String] = []

    /// A mailer that has sent nothing yet.
    public init() {}

    /// Sends the customer the receipt for `order`.
    public func sendReceipt(for order: Order, key: IdempotencyKey) {
      sent.append(order.id)
    }
  }
}
