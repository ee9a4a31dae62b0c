/// The inbox that message consumers share: it remembers which messages each consumer has
/// processed, so that a message the broker delivers again is acknowledged and skipped instead
/// of applied twice, while every other consumer still gets it once.
public struct Inbox {
  /// The ids of the messages each consumer has processed, by consumer.
  private var processed: [String: Set<String>] = [:]
  /// The body each message id first came with.
  private var bodies: [String: String] = [:]
  /// The bodies of messages that came again under a known id with other content: a bug in the
  /// producer, or worse, that someone must look at, so they are never silently dropped.
  public private(set) var deadLetters: [String] = []

  /// An inbox that has processed nothing yet.
  public init() {}

  /// Applies `message`'s body with `apply` the first time its id arrives for `consumer`, and
  /// skips it when it arrives for that consumer again.
  public mutating func deliver(
    _ message: (id: String, body: String), to consumer: String, apply: (String) -> Void
  ) {
    deadLetterIfChanged(message)
    if processed[consumer, default: []].insert(message.id).inserted {
      apply(message.body)
    }
  }

  /// Puts `message` in `deadLetters` when its id arrived before with another body, and
  /// remembers the body each id first came with.
  private mutating func deadLetterIfChanged(_ message: (id: String, body: String)) {
    if let first = bodies[message.id], first != message.body {
      deadLetters.append(message.body)
    }
    bodies[message.id] = bodies[message.id] ?? message.body
  }
}
