import Dispatch
import Foundation

/// Ctrl-C, caught instead of ending the process, so that a long-running command can stop
/// cleanly.
public enum Interrupt {
  /// Starts catching Ctrl-C and returns a check that says whether it has been pressed.
  ///
  /// Only the first call installs the handler; later calls share it.
  public static func listen() -> @Sendable () -> Bool {
    _ = source
    return { pressed.withLock { $0 } }
  }

  private static let pressed = Locked(false)

  /// The signal source, kept alive for the life of the process.
  nonisolated(unsafe) private static let source: any DispatchSourceSignal = {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { pressed.withLock { $0 = true } }
    source.resume()
    return source
  }()
}
