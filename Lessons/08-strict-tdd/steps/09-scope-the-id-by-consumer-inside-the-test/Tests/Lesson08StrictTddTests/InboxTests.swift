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

  @Test("two consumers that share one inbox each process a message once")
  func eachConsumerProcessesAMessageOnce() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var receipts: [String] = []
    var inbox = Inbox()

    inbox.deliver((id: "ledger/" + message.id, body: message.body)) { ledger.append($0) }
    inbox.deliver((id: "receipts/" + message.id, body: message.body)) {
      receipts.append("receipt for " + $0)
    }

    #expect(ledger == ["credit acct-1 100"])
    #expect(receipts == ["receipt for credit acct-1 100"])
  }
}
