extension Chicago {
  /// A payment provider kept in memory: a fake that really takes money from cards and records each
  /// charge, for tests and demos.
  public actor InMemoryPaymentProvider: PaymentProvider {
    /// The money left on each card, in cents.
    private var funds: [String: Int]
    /// Every charge made, in order.
    public private(set) var charges: [Charge] = []
    /// The keys of the charges already made, so that a retry charges nothing twice.
    private var processed: Set<IdempotencyKey> = []

    /// A provider whose cards hold `funds`: how many cents each.
    public init(funds: [String: Int]) {
      self.funds = funds
    }

    /// Takes `amount` cents from `card`, unless a request with `key` already did.
    ///
    /// - Throws: `ParticipantError.declined` when the card holds less or is unknown, and then
    ///   charges nothing.
    public func charge(_ amount: Int, to card: String, key: IdempotencyKey) throws {
      guard !processed.contains(key) else { return }
      guard let available = funds[card], amount <= available else {
        throw ParticipantError.declined(card: card)
      }
      funds[card] = available - amount
      charges.append(Charge(card: card, amount: amount))
      processed.insert(key)
    }
  }
}
