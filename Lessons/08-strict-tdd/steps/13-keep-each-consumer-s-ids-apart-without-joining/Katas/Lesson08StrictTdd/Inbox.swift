/// The inbox that message consumers share: it remembers which messages each consumer has
/// processed, so that a message the broker delivers again is acknowledged and skipped instead
/// of applied twice, while every other consumer still gets it once.
public struct Inbox {
  /// The ids of the messages each consumer has processed, by consumer.
  private var processed: [String: Set<String>] = [:]

  /// An inbox that has processed nothing yet.
  public init() {}

  /// Applies `message`'s body with `apply` the first time its id arrives for `consumer`, and
  /// skips it when it arrives for that consumer again.
  public mutating func deliver(
    _ message: (id: String, body: String), to consumer: String, apply: (String) -> Void
  ) {
    if processed[consumer, default: []].insert(message.id).inserted {
      apply(message.body)
    }
  }
}
