import Foundation

/// A clock for tests: it stands still until the test moves it on, so a test can be a day later
/// in no time at all.
///
/// The store reads the clock from its own isolation domain and the test moves it from another, so
/// every read and write holds a lock. The compiler cannot see the lock, hence `@unchecked Sendable`.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  /// 1 January 2026, 09:00 UTC: any fixed time will do.
  private var current = Date(timeIntervalSince1970: 1_767_258_000)

  /// The time the clock shows.
  func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Moves the clock on by `interval` seconds.
  func advance(by interval: TimeInterval) {
    lock.lock()
    defer { lock.unlock() }
    current += interval
  }
}

/// An hour, in seconds.
let hour: TimeInterval = 60 * 60
