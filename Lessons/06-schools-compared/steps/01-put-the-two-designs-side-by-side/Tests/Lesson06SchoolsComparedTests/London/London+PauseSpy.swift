import Lesson06SchoolsCompared

extension London {
  /// A pause that waits for nothing and writes down each delay it was asked for: a spy, so that
  /// the saga's tests see its backoff without waiting for it.
  actor PauseSpy: Pause {
    /// Every delay asked for, in order.
    private(set) var delays: [Duration] = []

    func wait(for delay: Duration) {
      delays.append(delay)
    }
  }
}
