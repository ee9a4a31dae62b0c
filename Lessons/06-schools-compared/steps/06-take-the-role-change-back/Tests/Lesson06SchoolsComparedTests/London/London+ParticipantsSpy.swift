import Lesson06SchoolsCompared

extension London {
  /// Plays every participant of the saga in its tests: the warehouse, the payments, the carrier and
  /// the mailer.
  ///
  /// As a stub, it fails the requests it was told to fail: those failures are the saga's indirect
  /// inputs. As a spy, it writes down every request it receives, in order, one line each: those
  /// requests are the saga's indirect outputs, which a test reads back from `requests`.
  actor ParticipantsSpy: Warehouse, Payments, Carrier, Mailer {
    /// Every request received, failed or not, in order, such as
    /// `charge 3000 to card-1 with order-42/charge/forward`.
    private(set) var requests: [String] = []
    /// The errors still to throw for each key, the next one first.
    private var failures: [IdempotencyKey: [ParticipantError]]

    /// Participants that fail each request with a key in `failures`, once for each error listed,
    /// and do all else they are asked.
    init(failing failures: [IdempotencyKey: [ParticipantError]] = [:]) {
      self.failures = failures
    }

    func reserve(_ quantity: Int, of sku: String, key: IdempotencyKey) throws {
      try receive("reserve \(quantity) of \(sku)", key)
    }

    func release(_ quantity: Int, of sku: String, key: IdempotencyKey) throws {
      try receive("release \(quantity) of \(sku)", key)
    }

    func charge(_ amount: Int, to card: String, key: IdempotencyKey) throws {
      try receive("charge \(amount) to \(card)", key)
    }

    func refund(_ amount: Int, to card: String, key: IdempotencyKey) throws {
      try receive("refund \(amount) to \(card)", key)
    }

    func dispatch(_ order: Order, key: IdempotencyKey) throws {
      try receive("dispatch \(order.id)", key)
    }

    func sendReceipt(for order: Order, key: IdempotencyKey) throws {
      try receive("send the receipt for \(order.id)", key)
    }

    /// Writes `request` down with its key, then throws the next error planned for the key, if any.
    private func receive(_ request: String, _ key: IdempotencyKey) throws {
      requests.append("\(request) with \(key)")
      if let error = failures[key]?.first {
        failures[key]?.removeFirst()
        throw error
      }
    }
  }
}
