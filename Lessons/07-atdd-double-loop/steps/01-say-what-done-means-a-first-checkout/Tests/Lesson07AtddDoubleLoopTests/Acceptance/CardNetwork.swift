import Lesson07AtddDoubleLoop

/// A card network in memory: it approves every card but `tok_declined`, and remembers the
/// idempotency key of each charge it received.
actor CardNetwork: PaymentProvider {
  /// The idempotency key of each charge, in the order they came in.
  private(set) var charges: [String] = []

  func charge(_ payment: String, idempotencyKey: String) async -> ChargeResult {
    charges.append(idempotencyKey)
    return payment.contains("tok_declined")
      ? .declined(reason: "insufficient funds") : .approved(chargeID: "ch_\(charges.count)")
  }
}
