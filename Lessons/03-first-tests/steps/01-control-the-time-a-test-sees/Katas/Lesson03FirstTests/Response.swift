/// What the payments API answers to a request: an HTTP status, header fields and a body.
public struct Response: Equatable, Sendable {
  /// The HTTP status code, such as 201 for a payment that was created.
  public let status: Int
  /// The header fields, by name, such as `Retry-After`.
  public let headers: [String: String]
  /// The body: the payment, or the problem that stopped it.
  public let body: Body

  /// Creates a response with `status`, `headers` and `body`.
  public init(status: Int, headers: [String: String] = [:], body: Body) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The answer to a payment that was created: 201 with the payment.
  public static func created(_ payment: Payment) -> Response {
    Response(status: HTTPStatus.created, body: .payment(payment))
  }

  /// The answer to a request whose key belongs to a request that is still running.
  public static let requestInFlight = Response(
    status: HTTPStatus.conflict, body: .problem(.requestInFlight))
}

/// The body of a response.
public enum Body: Equatable, Sendable {
  /// The payment the request created.
  case payment(Payment)
  /// What went wrong, as problem details (RFC 9457) put it.
  case problem(Problem)
}

/// A problem the payments API reports instead of a payment: a short title that is the same for
/// every occurrence of the problem, and a detail that tells the client what to do.
public struct Problem: Equatable, Sendable {
  /// What went wrong, in a few words.
  public let title: String
  /// What the client can do about it.
  public let detail: String

  /// Creates a problem with `title` and `detail`.
  public init(title: String, detail: String) {
    self.title = title
    self.detail = detail
  }

  /// A request with the same Idempotency-Key from the same client is still running.
  public static let requestInFlight = Problem(
    title: "A request is outstanding for this Idempotency-Key",
    detail: "Retry after the first request with this key has finished.")
}

/// The HTTP status codes the payments API answers with.
public enum HTTPStatus {
  /// 201 Created: the payment was made.
  public static let created = 201
  /// 409 Conflict: a request with the same Idempotency-Key is still running.
  public static let conflict = 409
}
