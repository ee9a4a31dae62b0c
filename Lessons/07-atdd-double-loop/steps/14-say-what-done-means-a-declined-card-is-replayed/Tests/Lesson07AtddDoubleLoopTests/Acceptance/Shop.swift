import Lesson07AtddDoubleLoop

/// A basket of 42 euros, paid with a card the network approves.
let basket = #"{"amount": 4200, "currency": "EUR", "card": "tok_visa"}"#
/// Another basket, of 99 euros, paid with the same card.
let biggerBasket = #"{"amount": 9900, "currency": "EUR", "card": "tok_visa"}"#
/// A basket paid with a card the network declines.
let declinedBasket = #"{"amount": 4200, "currency": "EUR", "card": "tok_declined"}"#

/// The shop as its customers see it: the checkout endpoint, wired to a card network that
/// answers in memory. The acceptance tests speak only through it, in the words of the business.
struct Shop {
  /// The card network the shop charges; it remembers every charge it received.
  let cardNetwork: CardNetwork
  private let endpoint: CheckoutEndpoint

  /// A shop whose checkout charges `cardNetwork`.
  init(cardNetwork: CardNetwork = CardNetwork()) {
    self.cardNetwork = cardNetwork
    endpoint = CheckoutEndpoint(saga: CheckoutSaga(payments: cardNetwork))
  }

  /// A customer of the shop, who signs every request with their own credentials.
  func customer(_ name: String) -> Customer {
    Customer(name: name, endpoint: endpoint)
  }
}

/// A customer who talks to the shop over its HTTP API.
struct Customer {
  let name: String
  let endpoint: CheckoutEndpoint

  /// Sends `basket` to `POST /checkout` under the Idempotency-Key `key`: a first try or a
  /// retry, the shop cannot tell until it looks the key up.
  func checksOut(_ basket: String, key: String) async -> Response {
    await endpoint.handle(
      Request(
        method: "POST", path: "/checkout",
        headers: ["Authorization": "Bearer \(name)", "Idempotency-Key": key], body: basket))
  }
}
