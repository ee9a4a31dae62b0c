import Testing

@Suite("An idempotent consumer")
struct InboxTests {
  @Test("a first delivery applies the message's effect")
  func firstDeliveryAppliesTheEffect() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []

    ledger.append(message.body)

    #expect(ledger == ["credit acct-1 100"])
  }

  @Test("a redelivered message is acknowledged and skipped")
  func redeliveryIsSkipped() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var processed: Set<String> = []

    deliver(message, processed: &processed) { ledger.append($0) }
    deliver(message, processed: &processed) { ledger.append($0) }

    #expect(ledger == ["credit acct-1 100"])
  }

  /// Applies `message`'s body with `apply` the first time its id arrives, and remembers the id
  /// in `processed` so that a redelivery is skipped.
  private func deliver(
    _ message: (id: String, body: String), processed: inout Set<String>,
    apply: (String) -> Void
  ) {
    if processed.insert(message.id).inserted {
      apply(message.body)
    }
  }
}
