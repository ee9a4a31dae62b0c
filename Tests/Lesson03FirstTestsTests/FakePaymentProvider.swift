import Lesson03FirstTests

/// A payment provider for tests: each charge succeeds with the next payment id, `pay_1`, `pay_2`
/// and so on, and the provider counts the charges it made.
///
/// Each test makes its own, so no test sees another test's charges.
actor FakePaymentProvider {
  /// How many charges the provider made.
  private(set) var charges = 0

  /// Charges €10.00 and answers with the payment it made.
  func charge() -> Response {
    charges += 1
    return .created(payment("pay_\(charges)"))
  }
}

/// The payment of €10.00 with `id`, as `FakePaymentProvider` makes it.
func payment(_ id: String) -> Payment {
  Payment(id: id, amount: 1000, currency: "EUR")
}
