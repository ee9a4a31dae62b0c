/// What the payments API answers to a request it ran: an HTTP status and a body.
public struct Response: Equatable, Sendable {
  /// The HTTP status code, such as 201 for a payment that was created.
  public let status: Int
  /// The body of the response.
  public let body: String

  /// Creates a response with `status` and `body`.
  public init(status: Int, body: String) {
    self.status = status
    self.body = body
  }
}
