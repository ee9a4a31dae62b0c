import Lesson02BabySteps

// The example keys, bodies and responses that the tests share.

/// A key as a client makes one up for a payment, and sends again with each retry of it.
let keyOne = "payment-key-0001"
/// A key for another payment.
let keyTwo = "payment-key-0002"
/// The form-encoded body of a payment of 10.00 EUR.
let tenEuros = "amount=1000&currency=eur"
/// The response to a first payment request, as the payments API would send it.
let paymentOne = Response(status: 201, body: "payment pay_1")

/// A request to create a payment, `POST /payments`, with `key` and `body`.
func payment(key: String?, body: String = tenEuros) -> Request {
  Request(method: "POST", path: "/payments", idempotencyKey: key, body: body)
}

/// An operation that stands in for charging a card: it answers `paymentOne`, and counts how often
/// it runs.
final class Charge {
  /// How often the operation has run.
  private(set) var runs = 0

  /// Charges the card, as far as a test can tell.
  func run() -> Response {
    runs += 1
    return paymentOne
  }
}
