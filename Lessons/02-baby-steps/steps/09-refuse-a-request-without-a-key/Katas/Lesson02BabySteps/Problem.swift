/// Why the payments API refuses a request, told the way RFC 9457 problem details tell it: an HTTP
/// status, a title that names the problem, and a detail for the developer who sent the request.
public struct Problem: Error, Equatable, Sendable {
  /// The HTTP status code, such as 400 for a request the client must correct.
  public let status: Int
  /// A short summary of the problem, the same each time it occurs.
  public let title: String
  /// What went wrong with this request, and how to correct it.
  public let detail: String

  /// Creates a problem with `status`, `title` and `detail`.
  public init(status: Int, title: String, detail: String) {
    self.status = status
    self.title = title
    self.detail = detail
  }
}

extension Problem {
  /// The request has no `Idempotency-Key` header, and the endpoint requires one.
  static let missingKey = Problem(
    status: 400, title: "Idempotency-Key is missing",
    detail: "Send an Idempotency-Key header: a new key for each payment, the same for its retries.")
}
