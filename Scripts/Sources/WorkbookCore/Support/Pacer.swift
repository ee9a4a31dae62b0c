import Foundation

/// How the workbook tells the time and waits, so that tests can do both without a real clock.
public struct Pacer: Sendable {
  /// The current time.
  public var now: @Sendable () -> Date
  /// Waits for a number of seconds.
  var wait: @Sendable (TimeInterval) -> Void

  /// The real clock, and real waiting.
  public static let realTime = Pacer(now: { Date() }, wait: { Thread.sleep(forTimeInterval: $0) })
}
