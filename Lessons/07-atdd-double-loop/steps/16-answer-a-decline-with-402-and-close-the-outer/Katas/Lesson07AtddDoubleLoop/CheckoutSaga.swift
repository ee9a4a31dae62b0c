/// Runs one checkout through its participants, in order, and says how it ended.
public struct CheckoutSaga: Sendable {
  private let payments: any PaymentProvider

  /// A saga that charges cards with `payments`.
  public init(payments: any PaymentProvider) {
    self.payments = payments
  }

  /// Runs the checkout of `payment` as the saga `sagaID`, and returns the answer for the client.
  public func run(_ payment: String, sagaID: String) async -> Response {
    switch await payments.charge(payment, idempotencyKey: "\(sagaID)/charge/forward") {
    case .approved:
      return Response(status: 201, body: "order created")
    case .declined(let reason):
      return Response(status: 402, body: "card declined: \(reason)")
    }
  }
}
