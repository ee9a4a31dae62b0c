/// What the card network answers to a charge.
public enum ChargeResult: Equatable, Sendable {
  /// The card was charged; `chargeID` names the charge.
  case approved(chargeID: String)
  /// The card was refused, for `reason`: a definitive answer, not a fault to retry.
  case declined(reason: String)
}

/// The payment service provider that charges cards: the pivot of the checkout saga. Once a
/// charge is approved, the checkout goes forward, whatever happens next.
public protocol PaymentProvider: Sendable {
  /// Charges the card of `payment` once per `idempotencyKey`, however often it is asked.
  func charge(_ payment: String, idempotencyKey: String) async -> ChargeResult
}
