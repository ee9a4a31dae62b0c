extension Chicago {
  /// Where a saga stands.
  public enum SagaStatus: Equatable, Sendable {
    /// Its steps are running forwards.
    case running
    /// Every step succeeded.
    case completed
    /// A step failed before the saga could finish, and the steps done so far are being undone.
    case compensating
    /// A step failed, and every step done before it has been undone.
    case compensated
    /// A request failed on every attempt: an operator must finish the saga, undoing `toUndo`,
    /// the most recent first.
    case needsIntervention(reason: String, toUndo: [SagaStep])
  }
}
