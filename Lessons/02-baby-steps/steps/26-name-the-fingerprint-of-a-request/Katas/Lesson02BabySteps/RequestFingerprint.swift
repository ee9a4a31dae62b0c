/// What makes a retry the same request as the first one: the method, the path and the body.
///
/// A key names one request. When a request comes with a key the layer has seen, its fingerprint
/// must match the first request's, or the client has reused the key by mistake.
struct RequestFingerprint: Equatable {
  /// The HTTP method, such as `POST`.
  let method: String
  /// The path of the endpoint, such as `/payments`.
  let path: String
  /// The form-encoded body.
  let body: String

  /// The fingerprint of `request`.
  init(of request: Request) {
    method = request.method
    path = request.path
    body = request.body
  }
}
