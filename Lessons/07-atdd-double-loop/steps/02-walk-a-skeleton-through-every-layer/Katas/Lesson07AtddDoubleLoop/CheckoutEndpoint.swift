/// `POST /checkout`: turns a customer's request into a run of the checkout saga.
public actor CheckoutEndpoint {
  private let saga: CheckoutSaga

  /// An endpoint that runs `saga` for each checkout.
  public init(saga: CheckoutSaga) {
    self.saga = saga
  }

  /// The answer to `request`.
  public func handle(_ request: Request) async -> Response {
    let key = request.headers["Idempotency-Key"] ?? ""
    return await saga.run(request.body, sagaID: key)
  }
}
