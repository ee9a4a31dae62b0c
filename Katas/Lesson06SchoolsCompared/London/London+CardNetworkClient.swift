extension London {
  /// The client a card network ships for taking and returning money, in its sandbox mode.
  ///
  /// This file stands in for a vendor's SDK. The lesson treats it as code we do not own: we do not
  /// change it, and no test replaces it with a double. Our own code reaches it only through
  /// `CardNetworkPayments`, the adapter that turns our `Payments` role into its API.
  public actor CardNetworkClient {
    /// Which way money moves.
    public enum Kind: Sendable {
      /// From the card to the merchant.
      case sale
      /// From the merchant back to the card.
      case refund
    }

    /// Money to move between a card and the merchant.
    public struct Transfer: Equatable, Sendable {
      /// Which way the money moves.
      public let kind: Kind
      /// The card's token.
      public let card: String
      /// How much, in the currency's minor unit.
      public let minorUnits: Int

      /// A transfer of `minorUnits` to or from `card`.
      public init(kind: Kind, card: String, minorUnits: Int) {
        self.kind = kind
        self.card = card
        self.minorUnits = minorUnits
      }
    }

    /// The network's answer to a transfer.
    public enum Answer: Equatable, Sendable {
      /// The money moved.
      case approved
      /// The issuer refused, for the reason `code`.
      case declined(code: String)
    }

    /// The sandbox's test cards that the issuer always refuses.
    private let decliningCards: Set<String>
    /// The answer given to each idempotency key, replayed when the key comes again.
    private var answers: [String: Answer] = [:]
    /// The transfers the sandbox approved, in order: its ledger.
    public private(set) var ledger: [Transfer] = []

    /// A sandbox in which every card but `decliningCards` is approved.
    public init(decliningCards: Set<String> = []) {
      self.decliningCards = decliningCards
    }

    /// Moves the money of `transfer`, unless a transfer with `idempotencyKey` was answered
    /// already: then it answers as it did then, and moves nothing.
    public func submit(_ transfer: Transfer, idempotencyKey: String) -> Answer {
      if let answer = answers[idempotencyKey] {
        return answer
      }
      let answer =
        decliningCards.contains(transfer.card) ? Answer.declined(code: "do_not_honor") : .approved
      if answer == .approved {
        ledger.append(transfer)
      }
      answers[idempotencyKey] = answer
      return answer
    }
  }
}
