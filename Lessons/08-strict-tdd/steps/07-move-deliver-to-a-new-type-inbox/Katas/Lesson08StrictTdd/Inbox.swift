/// The inbox of a message consumer: it remembers the ids of the messages it has processed, so
/// that a message the broker delivers again is acknowledged and skipped instead of applied twice.
public struct Inbox {
  /// The ids of the messages processed so far.
  private var processed: Set<String> = []

  /// An inbox that has processed nothing yet.
  public init() {}

  /// Applies `message`'s body with `apply` the first time its id arrives, and remembers the id
  /// so that a redelivery is skipped.
  public mutating func deliver(_ message: (id: String, body: String), apply: (String) -> Void) {
    if processed.insert(message.id).inserted {
      apply(message.body)
    }
  }
}
