/// `POST /checkout`, protected by an Idempotency-Key: the first request under a key runs the
/// checkout saga, and a retry gets the same answer without running it again.
public actor CheckoutEndpoint {
  private let saga: CheckoutSaga
  private var store = IdempotencyStore()

  /// An endpoint that runs `saga` for each new checkout.
  public init(saga: CheckoutSaga) {
    self.saga = saga
  }

  /// The answer to `request`.
  public func handle(_ request: Request) async -> Response {
    // Each client has keys of its own: another client's key never finds this client's answer.
    let client = request.headers["Authorization"] ?? ""
    let key = "\(client)/\(request.headers["Idempotency-Key"] ?? "")"
    switch store.begin(key, fingerprint: request.body) {
    case .proceed:
      let answer = await saga.run(request.body, sagaID: key)
      store.finish(key, with: answer)
      return answer
    case .replay(let answer):
      return answer
    case .mismatch:
      return Response(status: 422, body: "this Idempotency-Key was used for another request")
    case .conflict:
      return Response(status: 409, body: "a request under this Idempotency-Key is still running")
    }
  }
}
