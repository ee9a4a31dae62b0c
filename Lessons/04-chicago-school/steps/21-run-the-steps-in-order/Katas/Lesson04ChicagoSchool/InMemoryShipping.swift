/// A carrier kept in memory: a fake that books a shipment for each order it is given.
public actor InMemoryShipping {
  /// The ids of the orders booked for shipment, in order.
  public private(set) var shipments: [String] = []

  /// A carrier that has booked nothing yet.
  public init() {}

  /// Books the shipment of `order`.
  public func arrangeShipment(of order: Order, key: IdempotencyKey) {
    shipments.append(order.id)
  }
}
