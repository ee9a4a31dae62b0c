/// A gate the test opens: the first task that passes it waits there until the test calls
/// `open()`. Any task after the first goes straight through, so a store that runs an operation
/// twice makes the test fail instead of hang.
///
/// With it, a test holds a request in flight for exactly as long as it needs, without a sleep.
actor Gate {
  private var isOpen = false
  private var someoneArrived = false
  private var held: CheckedContinuation<Void, Never>?
  private var watchers: [CheckedContinuation<Void, Never>] = []

  /// Waits until the test opens the gate, if this is the first task to arrive; returns at once
  /// otherwise.
  func pass() async {
    guard !someoneArrived, !isOpen else { return }
    someoneArrived = true
    for watcher in watchers { watcher.resume() }
    watchers = []
    await withCheckedContinuation { held = $0 }
  }

  /// Returns once a task waits at the gate, or has passed it.
  func waitForArrival() async {
    guard !someoneArrived else { return }
    await withCheckedContinuation { watchers.append($0) }
  }

  /// Lets the waiting task, and every task after it, through.
  func open() {
    isOpen = true
    held?.resume()
    held = nil
  }
}
