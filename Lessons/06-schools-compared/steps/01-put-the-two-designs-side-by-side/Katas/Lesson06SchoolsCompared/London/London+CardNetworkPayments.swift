extension London {
  /// Payments through the card network: our adapter around the vendor's `CardNetworkClient`.
  ///
  /// It is the only code that knows the network's API. The saga talks to the `Payments` role, which
  /// we own and which tests can replace; this adapter is tested against the vendor's sandbox.
  public struct CardNetworkPayments: Payments {
    private let client: CardNetworkClient

    /// Payments that move money through `client`.
    public init(client: CardNetworkClient) {
      self.client = client
    }

    /// Takes `amount` cents from `card`, sending `key` as the network's idempotency key.
    ///
    /// - Throws: `ParticipantError.declined` when the issuer refuses.
    public func charge(_ amount: Int, to card: String, key: IdempotencyKey) async throws {
      try await submit(CardNetworkClient.Transfer(kind: .sale, card: card, minorUnits: amount), key)
    }

    /// Gives `amount` cents back to `card`, sending `key` as the network's idempotency key.
    ///
    /// - Throws: `ParticipantError.declined` when the issuer refuses.
    public func refund(_ amount: Int, to card: String, key: IdempotencyKey) async throws {
      try await submit(
        CardNetworkClient.Transfer(kind: .refund, card: card, minorUnits: amount), key)
    }

    /// Sends `transfer` to the network with `key`, and turns a refusal into our own error.
    private func submit(_ transfer: CardNetworkClient.Transfer, _ key: IdempotencyKey) async throws
    {
      let answer = await client.submit(transfer, idempotencyKey: "\(key)")
      guard answer == .approved else {
        throw ParticipantError.declined(card: transfer.card)
      }
    }
  }
}
