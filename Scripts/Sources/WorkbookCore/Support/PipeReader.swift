import Foundation

/// Collects what a program writes to a pipe, on a thread of its own, so that whoever waits for
/// the program stays free to stop it.
///
/// It is `@unchecked Sendable` because `FileHandle` is not `Sendable` on every platform: once
/// started, only the reading thread touches the handle, and the data sits behind a lock.
final class PipeReader: @unchecked Sendable {
  private let handle: FileHandle
  private let data = Locked(Data())
  private let finished = DispatchSemaphore(value: 0)

  /// Starts reading `handle` until every writer has closed it.
  init(_ handle: FileHandle) {
    self.handle = handle
    Thread { self.readToEnd() }.start()
  }

  /// Everything read by `deadline`: all of it, when every writer has closed the pipe by then.
  func contents(by deadline: DispatchTime = .distantFuture) -> Data {
    _ = finished.wait(timeout: deadline)
    return data.withLock { $0 }
  }

  private func readToEnd() {
    while case let chunk = handle.availableData, !chunk.isEmpty {
      data.withLock { $0.append(chunk) }
    }
    finished.signal()
  }
}
