extension Chicago {
  /// The steps of a checkout saga, in the order they run forwards.
  ///
  /// Charging the card is the saga's pivot, its point of no return. A failure up to and including
  /// the pivot undoes the steps before it. Once the card is charged, the saga must finish
  /// forwards, so the steps after the pivot are retried instead.
  public enum SagaStep: String, CaseIterable, Sendable {
    /// Reserve the ordered stock; releasing it undoes this step.
    case reserve
    /// Charge the customer's card: the pivot.
    case charge
    /// Arrange the shipment of the order.
    case ship
    /// Send the customer a receipt.
    case receipt

    /// Whether the step comes after the pivot, so that a failure is retried, never compensated.
    public var isRetriable: Bool {
      switch self {
      case .reserve, .charge: false
      case .ship, .receipt: true
      }
    }
  }
}
