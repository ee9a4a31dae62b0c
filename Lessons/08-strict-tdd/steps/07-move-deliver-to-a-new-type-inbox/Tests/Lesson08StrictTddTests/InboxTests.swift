import Lesson08StrictTdd
import Testing

@Suite("An idempotent consumer")
struct InboxTests {
  @Test("a first delivery applies the message's effect")
  func firstDeliveryAppliesTheEffect() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var inbox = Inbox()

    inbox.deliver(message) { ledger.append($0) }

    #expect(ledger == ["credit acct-1 100"])
  }

  @Test("a redelivered message is acknowledged and skipped")
  func redeliveryIsSkipped() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var inbox = Inbox()

    inbox.deliver(message) { ledger.append($0) }
    inbox.deliver(message) { ledger.append($0) }

    #expect(ledger == ["credit acct-1 100"])
  }
}
