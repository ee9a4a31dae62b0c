import Lesson08StrictTdd
import Testing

@Suite("An idempotent consumer")
struct InboxTests {
  @Test("a first delivery applies the message's effect")
  func firstDeliveryAppliesTheEffect() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var inbox = Inbox()

    inbox.deliver(message, to: "ledger") { ledger.append($0) }

    #expect(ledger == ["credit acct-1 100"])
  }

  @Test("a redelivered message is acknowledged and skipped")
  func redeliveryIsSkipped() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var inbox = Inbox()

    inbox.deliver(message, to: "ledger") { ledger.append($0) }
    inbox.deliver(message, to: "ledger") { ledger.append($0) }

    #expect(ledger == ["credit acct-1 100"])
  }

  @Test("two consumers that share one inbox each process a message once")
  func eachConsumerProcessesAMessageOnce() {
    let message = (id: "M1", body: "credit acct-1 100")
    var ledger: [String] = []
    var receipts: [String] = []
    var inbox = Inbox()

    inbox.deliver(message, to: "ledger") { ledger.append($0) }
    inbox.deliver(message, to: "receipts") { receipts.append("receipt for " + $0) }

    #expect(ledger == ["credit acct-1 100"])
    #expect(receipts == ["receipt for credit acct-1 100"])
  }

  @Test("a message that reuses an id with other content is dead-lettered, not dropped")
  func changedContentIsDeadLettered() {
    let original = (id: "M1", body: "credit acct-1 100")
    let altered = (id: "M1", body: "credit acct-1 900")
    var ledger: [String] = []
    var deadLetters: [String] = []
    var inbox = Inbox()
    var bodies: [String: String] = [:]

    for message in [original, altered] {
      deadLetterIfChanged(message, bodies: &bodies, deadLetters: &deadLetters)
      inbox.deliver(message, to: "ledger") { ledger.append($0) }
    }

    #expect(ledger == ["credit acct-1 100"])
    #expect(deadLetters == ["credit acct-1 900"])
  }

  /// Puts `message` in `deadLetters` when its id arrived before with another body, and
  /// remembers in `bodies` the body each id first came with.
  private func deadLetterIfChanged(
    _ message: (id: String, body: String), bodies: inout [String: String],
    deadLetters: inout [String]
  ) {
    if let first = bodies[message.id], first != message.body {
      deadLetters.append(message.body)
    }
    bodies[message.id] = bodies[message.id] ?? message.body
  }
}
