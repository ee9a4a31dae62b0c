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

  /// The `Idempotency-Key` header is there, but its value cannot be a key.
  static let malformedKey = Problem(
    status: 400, title: "Idempotency-Key is malformed",
    detail: "Send a key of \(KeyFormat.lengths.lowerBound) to \(KeyFormat.lengths.upperBound) "
      + "printable ASCII characters, such as a UUID.")

  /// The status of ``keyReused``: 422 Unprocessable Content, as the IETF draft says.
  ///
  /// Not every API agrees: Brandur Leach's Stripe-like design answers 409 Conflict. The name keeps
  /// that choice in one place, and says what the number means.
  static let keyReusedStatus = 422

  /// The key came before with another request, which it still names.
  static let keyReused = Problem(
    status: keyReusedStatus, title: "Idempotency-Key is already used",
    detail: "This key came with another request. Send a new key for a new payment.")
}
