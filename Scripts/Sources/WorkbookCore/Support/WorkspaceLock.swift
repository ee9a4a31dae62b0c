import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A lock that lets one command at a time read or change a clone's lessons and progress.
///
/// It is an exclusive `flock` on a file, `.workbook/lock`, which also names the command that
/// holds it. The kernel lets the lock go when its holder ends in any way, Ctrl-C and crashes
/// included, so a lock is never left stale; the file is opened close-on-exec, so that a program
/// the command starts, such as `swift test`, does not keep it after the command ends.
public final class WorkspaceLock: Sendable {
  /// The open lock file; the lock goes with it.
  private let descriptor: Locked<Int32?>

  private init(descriptor: Int32) {
    self.descriptor = Locked(descriptor)
  }

  deinit {
    release()
  }

  /// Who holds a lock another command asked for.
  public struct Held: Error, Equatable {
    /// The command that holds it and its process id, as it wrote them, such as `check (pid 42)`.
    public let holder: String
  }

  /// Takes the lock of the file at `url`, waiting up to `patience` seconds while another
  /// command holds it.
  ///
  /// - Parameters:
  ///   - command: what the lock file says holds it, such as `goto 01 2`.
  ///   - onWait: called once, with the holder, when the lock is held and waiting begins.
  ///   - shouldStop: asked while waiting; waiting ends with `WorkbookError.interrupted` once
  ///     it is true.
  /// - Throws: `Held` when the lock is still held after `patience`; `WorkbookError.failure`
  ///   when the lock file cannot be opened or is a symbolic link.
  public static func acquire(
    _ url: URL, for command: String, patience: TimeInterval,
    onWait: (String) -> Void = { _ in }, shouldStop: () -> Bool = { Interrupt.wasPressed }
  ) throws -> WorkspaceLock {
    let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw WorkbookError.failure(
        "cannot open the lock file \(url.path) (\(reason)); make sure .workbook is a folder you "
          + "can write to, then run this again")
    }
    let deadline = Date().addingTimeInterval(patience)
    var waited = false
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let holder = Self.holder(of: descriptor)
      guard Date() < deadline else {
        close(descriptor)
        throw Held(holder: holder)
      }
      if !waited {
        onWait(holder)
        waited = true
      }
      if shouldStop() {
        close(descriptor)
        throw WorkbookError.interrupted
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    let line = Data("\(command) (pid \(getpid()))\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, line.count, 0) }
    return WorkspaceLock(descriptor: descriptor)
  }

  /// Lets the lock go; later calls change nothing.
  public func release() {
    descriptor.withLock { descriptor in
      guard let open = descriptor else { return }
      close(open)
      descriptor = nil
    }
  }

  /// What the lock file says about its holder, or "another command" when it says nothing.
  private static func holder(of descriptor: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 200)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? "another command" : text
  }
}
