extension London {
  /// How a checkout saga ended.
  public enum SagaStatus: Equatable, Sendable {
    /// Every step succeeded: the order is paid, on its way, and the customer has a receipt.
    case completed
    /// A step up to the pivot failed, and every step done before it has been undone.
    case compensated
    /// A request failed on every attempt: an operator must finish the saga for `reason`, undoing
    /// `toUndo`, the most recent first.
    case needsIntervention(reason: String, toUndo: [SagaStep])
  }
}
