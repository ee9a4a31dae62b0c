/// A request to the payments API, as the idempotency layer sees it before anything runs.
public struct Request: Equatable, Sendable {
  /// The HTTP method, such as `POST`.
  public let method: String
  /// The path of the endpoint, such as `/payments`.
  public let path: String
  /// The value of the `Idempotency-Key` header, or nil when the client sent none.
  public let idempotencyKey: String?
  /// The form-encoded body, such as `amount=1000&currency=eur`.
  public let body: String

  /// Creates a request from its method, path, `Idempotency-Key` header and body.
  public init(method: String, path: String, idempotencyKey: String?, body: String) {
    self.method = method
    self.path = path
    self.idempotencyKey = idempotencyKey
    self.body = body
  }
}
