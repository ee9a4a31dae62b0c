extension Chicago {
  /// A carrier kept in memory: a fake that books one shipment for each order it is given.
  public actor InMemoryShipping: Shipping {
    /// The ids of the orders booked for shipment, in order.
    public private(set) var shipments: [String] = []
    /// The keys of the shipments already booked, so that a retry books nothing twice.
    private var processed: Set<IdempotencyKey> = []
    /// How many of the next requests time out after booking, as if the answer were lost.
    private var timeouts: Int

    /// A carrier that has booked nothing yet, and whose answers to the next `timeouts` requests
    /// are lost.
    public init(timeouts: Int = 0) {
      self.timeouts = timeouts
    }

    /// Books the shipment of `order`, unless a request with `key` already did.
    ///
    /// - Throws: `ParticipantError.timedOut` while answers are lost, after booking.
    public func arrangeShipment(of order: Order, key: IdempotencyKey) throws {
      if processed.insert(key).inserted {
        shipments.append(order.id)
      }
      if timeouts > 0 {
        timeouts -= 1
        throw ParticipantError.timedOut(participant: "shipping")
      }
    }
  }
}
