/// A payment the payment provider made: what a successful `POST /payments` creates.
public struct Payment: Equatable, Sendable {
  /// The provider's id for the payment, such as `pay_1`.
  public let id: String
  /// The amount in the currency's smallest unit: 1000 is €10.00.
  public let amount: Int
  /// The ISO 4217 currency code, such as `EUR`.
  public let currency: String

  /// Creates a payment with `id` for `amount` of `currency`.
  public init(id: String, amount: Int, currency: String) {
    self.id = id
    self.amount = amount
    self.currency = currency
  }
}
