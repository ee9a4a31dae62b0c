import Foundation

/// Looks at a lesson's files on a thread of its own, five times a second, and calls `onChange`
/// once when they differ from the files it was given, until it is stopped.
///
/// `watch` uses it to stop a test run whose files the learner changed, say to fix an endless
/// loop, instead of waiting for the run to end.
public final class ChangeSentinel: Sendable {
  private let stopped = Locked(false)

  /// Starts looking at `lesson`'s files in `workspace`, which are `files` now.
  public init(
    workspace: Workspace, lesson: Lesson, files: Snapshot,
    onChange: @escaping @Sendable () -> Void
  ) {
    Thread.detachNewThread { [stopped] in
      var done = false
      while !done {
        Thread.sleep(forTimeInterval: 0.2)
        let changed = (try? workspace.currentFiles(of: lesson)).map { $0 != files } ?? false
        // Deciding under the lock means that once stop() returns, onChange is never called.
        done = stopped.withLock { stopped in
          if !stopped, changed { onChange() }
          return stopped || changed
        }
      }
    }
  }

  /// Stops looking; `onChange` is not called after this returns.
  public func stop() {
    stopped.withLock { $0 = true }
  }
}
