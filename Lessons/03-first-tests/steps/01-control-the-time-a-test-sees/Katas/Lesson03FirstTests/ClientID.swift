/// The authenticated client a request comes from, such as a merchant's account.
///
/// Idempotency keys are made up by clients, so two clients can send the same key. The store keeps
/// each client's keys apart.
public struct ClientID: Hashable, Sendable {
  /// The client's id as the authentication layer gives it.
  public let rawValue: String

  /// Creates the id of the client called `rawValue`.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }
}
