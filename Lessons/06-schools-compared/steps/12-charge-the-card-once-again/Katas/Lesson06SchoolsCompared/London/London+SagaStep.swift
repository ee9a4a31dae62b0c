extension London {
  /// The steps of a checkout saga, in the order they run forwards.
  ///
  /// Handing the parcel to the carrier is the saga's pivot, its point of no return. A failure up to
  /// and including the pivot undoes the steps before it, the most recent first. Once the parcel is
  /// on its way, the saga must finish forwards, so the step after the pivot is retried instead.
  public enum SagaStep: String, CaseIterable, Sendable {
    /// Reserve the ordered stock; releasing it undoes this step.
    case reserve
    /// Charge the customer's card; refunding the charge undoes this step.
    case charge
    /// Hand the parcel to the carrier: the pivot.
    case dispatch
    /// Send the customer a receipt.
    case receipt

    /// Whether the step comes after the pivot, so that a failure is retried, never undone.
    public var isRetriable: Bool {
      switch self {
      case .reserve, .charge, .dispatch: false
      case .receipt: true
      }
    }
  }
}
