import Dispatch
import Foundation

/// Ctrl-C, caught instead of ending the process, so that a command can stop the programs it
/// started before it ends.
///
/// Programs such as `swift test` run in process groups of their own, so Ctrl-C in the terminal
/// does not reach them: `Shell.run` stops them when `wasPressed` turns true.
public enum Interrupt {
  /// Starts catching Ctrl-C for the rest of the process; later calls change nothing.
  public static func catchCtrlC() {
    _ = source
  }

  /// Whether Ctrl-C has been pressed since `catchCtrlC()`.
  public static var wasPressed: Bool { pressed.withLock { $0 } }

  /// Asks the program running now to stop, because what it works on has changed; `Shell.run`
  /// stops it and throws `WorkbookError.cancelled`. It holds until `resumeRuns()`.
  @Sendable public static func cancelRun() {
    cancelled.withLock { $0 = true }
  }

  /// Lets programs run again after `cancelRun()`.
  public static func resumeRuns() {
    cancelled.withLock { $0 = false }
  }

  /// Whether the running program was asked to stop by `cancelRun()`.
  public static var isRunCancelled: Bool { cancelled.withLock { $0 } }

  private static let pressed = Locked(false)
  private static let cancelled = Locked(false)

  /// The signal source, kept alive for the life of the process.
  nonisolated(unsafe) private static let source: any DispatchSourceSignal = {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { pressed.withLock { $0 = true } }
    source.resume()
    return source
  }()
}
