/// A request to the shop's API, as the HTTP layer hands it over. Plain values: no network.
public struct Request: Equatable, Sendable {
  /// The HTTP method, such as `POST`.
  public let method: String
  /// The path, such as `/checkout`.
  public let path: String
  /// The headers, by name, such as `Idempotency-Key`.
  public let headers: [String: String]
  /// The body, as the client sent it.
  public let body: String

  /// A request with everything given.
  public init(method: String, path: String, headers: [String: String], body: String) {
    self.method = method
    self.path = path
    self.headers = headers
    self.body = body
  }
}

/// The shop's answer to a request: an HTTP status and a body.
public struct Response: Equatable, Sendable {
  /// The HTTP status code, such as 201 for an order that was created.
  public let status: Int
  /// The body of the answer.
  public let body: String

  /// An answer with `status` and `body`.
  public init(status: Int, body: String) {
    self.status = status
    self.body = body
  }
}
