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

    if processed.insert(message.id).inserted {
      ledger.append(message.body)
    }
    if processed.insert(message.id).inserted {
      ledger.append(message.body)
    }

    #expect(ledger == ["credit acct-1 100"])
  }
}
