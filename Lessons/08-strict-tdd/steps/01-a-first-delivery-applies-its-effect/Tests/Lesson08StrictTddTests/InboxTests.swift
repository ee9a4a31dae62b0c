import Testing

@Suite("An idempotent consumer")
struct InboxTests {
  @Test("a first delivery applies the message's effect")
  func firstDeliveryAppliesTheEffect() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []

    #expect(ledger == ["credit acct-1 100"])
  }
}
