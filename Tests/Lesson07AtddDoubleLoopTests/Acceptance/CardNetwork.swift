import Lesson07AtddDoubleLoop

/// A card network in memory: it approves every card but `tok_declined`, and remembers the
/// idempotency key of each charge it received. It can hold its answer to the first charge until
/// a test says so, to leave a checkout running while the test acts.
actor CardNetwork: PaymentProvider {
  /// The idempotency key of each charge, in the order they came in.
  private(set) var charges: [String] = []
  private let holdsTheFirstCharge: Bool
  private let arrivals: AsyncStream<Void>
  private let arrived: AsyncStream<Void>.Continuation
  private let answers: AsyncStream<Void>
  private let answer: AsyncStream<Void>.Continuation

  /// A card network that answers at once, or, with `holdsTheFirstCharge`, answers the first
  /// charge only when `answerTheFirstCharge()` is called.
  init(holdsTheFirstCharge: Bool = false) {
    self.holdsTheFirstCharge = holdsTheFirstCharge
    (arrivals, arrived) = AsyncStream.makeStream()
    (answers, answer) = AsyncStream.makeStream()
  }

  func charge(_ payment: String, idempotencyKey: String) async -> ChargeResult {
    charges.append(idempotencyKey)
    arrived.yield()
    if holdsTheFirstCharge, charges.count == 1 {
      _ = await answers.first { _ in true }
    }
    return payment.contains("tok_declined")
      ? .declined(reason: "insufficient funds") : .approved(chargeID: "ch_\(charges.count)")
  }

  /// Returns once the first charge has come in.
  func waitForTheFirstCharge() async {
    _ = await arrivals.first { _ in true }
  }

  /// Answers the first charge, which was held.
  func answerTheFirstCharge() {
    answer.yield()
  }
}
