/// The steps of a checkout saga, in the order they run forwards.
public enum SagaStep: String, CaseIterable, Sendable {
  /// Reserve the ordered stock; releasing it undoes this step.
  case reserve
  /// Charge the customer's card.
  case charge
  /// Arrange the shipment of the order.
  case ship
  /// Send the customer a receipt.
  case receipt
}
