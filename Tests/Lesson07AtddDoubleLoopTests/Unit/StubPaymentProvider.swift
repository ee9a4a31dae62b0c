import Lesson07AtddDoubleLoop

/// A payment provider that gives every charge the same answer, and remembers the idempotency
/// key each charge came with.
actor StubPaymentProvider: PaymentProvider {
  private let result: ChargeResult
  /// The idempotency key of each charge, in order.
  private(set) var keys: [String] = []

  /// A provider that answers every charge with `result`.
  init(answering result: ChargeResult) {
    self.result = result
  }

  func charge(_ payment: String, idempotencyKey: String) async -> ChargeResult {
    keys.append(idempotencyKey)
    return result
  }
}
