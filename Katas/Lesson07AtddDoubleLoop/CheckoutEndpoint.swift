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
    let key = Self.scopedKey(of: request)
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

  /// The key the store and the saga know the checkout of `request` by: the client's
  /// Idempotency-Key, scoped to the client, so that another client's key never finds its answer.
  private static func scopedKey(of request: Request) -> String {
    let client = request.headers["Authorization"] ?? ""
    return "\(client)/\(request.headers["Idempotency-Key"] ?? "")"
  }
}
