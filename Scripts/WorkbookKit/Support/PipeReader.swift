import Foundation

/// Collects what a program writes to a pipe, on a thread of its own, so that whoever waits for
/// the program stays free to stop it.
final class PipeReader: Sendable {
  private let data = Locked(Data())
  private let finished = DispatchSemaphore(value: 0)

  /// Starts reading `handle` until every writer has closed it.
  init(_ handle: FileHandle) {
    Thread { [data, finished] in
      while case let chunk = handle.availableData, !chunk.isEmpty {
        data.withLock { $0.append(chunk) }
      }
      finished.signal()
    }.start()
  }

  /// Everything read by `deadline`: all of it, when every writer has closed the pipe by then.
  func contents(by deadline: DispatchTime = .distantFuture) -> Data {
    _ = finished.wait(timeout: deadline)
    return data.withLock { $0 }
  }
}
