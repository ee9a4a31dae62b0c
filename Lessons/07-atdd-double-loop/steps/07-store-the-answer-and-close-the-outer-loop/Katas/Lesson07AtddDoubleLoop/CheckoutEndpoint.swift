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
    let key = request.headers["Idempotency-Key"] ?? ""
    switch store.begin(key, fingerprint: request.body) {
    case .proceed:
      let answer = await saga.run(request.body, sagaID: key)
      store.finish(key, with: answer)
      return answer
    case .replay(let answer):
      return answer
    }
  }
}
