import Foundation
import WorkbookCore

extension Workbook {
  /// Runs `check` now, and again each time a file of the current lesson is saved or the
  /// learner moves to another step.
  ///
  /// After each check it sums up in one line. A check that cannot run, say because a test
  /// crashed, is reported and watching goes on. A save during a check stops that check, so that
  /// fixing an endless loop takes effect at once, and the next check starts. It ends quietly
  /// when no lesson is in progress or practised any more, and on Ctrl-C, even in the middle of a check.
  ///
  /// - Parameters:
  ///   - pause: waits between two looks at the files; a tenth of a second by default.
  ///   - shouldStop: asked before each look and after a check fails; true once Ctrl-C is pressed.
  ///   - cancelRun: stops the running check when a file changes during it.
  func watch(
    pause: () -> Void = { Thread.sleep(forTimeInterval: 0.1) },
    shouldStop: () -> Bool = { Interrupt.wasPressed },
    cancelRun: @escaping @Sendable () -> Void = Interrupt.cancelRun
  ) throws -> Int32 {
    let watched = try watchedLesson()
    var seen = try watchedState()
    watchedCheck(shouldStop: shouldStop, cancelRun: cancelRun)
    if !shouldStop() {
      terminal.print(
        "Watching \(watched.kataFolder) and \(watched.testsFolder); press Ctrl-C to stop."
      )
    }
    while !shouldStop() {
      pause()
      guard let state = try watchedState() else {
        terminal.print("")
        terminal.print("No lesson is in progress now. Stopped watching.")
        return 0
      }
      guard state != seen else { continue }
      seen = state
      terminal.print("")
      terminal.print(String(repeating: "─", count: 72))
      watchedCheck(shouldStop: shouldStop, cancelRun: cancelRun)
    }
    terminal.print("Stopped watching.")
    return 0
  }

  /// The lesson whose files watch looks at: the current lesson, or the finished one the
  /// learner practises in.
  private func watchedLesson() throws -> Lesson {
    try practisedLesson()?.lesson ?? currentPosition().lesson
  }

  /// What watch looks at: the learner's position and the watched lesson's files; nil when no
  /// lesson is in progress or practised.
  private func watchedState() throws -> WatchedState? {
    let progress = try progress()
    guard let slug = try progress.lesson ?? practisedLesson()?.lesson.entry.slug else {
      return nil
    }
    let lesson = try workspace.lessons.lesson(named: slug)
    return WatchedState(
      lesson: slug, step: progress.step, files: try workspace.currentFiles(of: lesson))
  }

  private struct WatchedState: Equatable {
    let lesson: String
    let step: Int
    let files: Snapshot
  }

  /// Runs one check and its one-line summary; a check that cannot run is reported, not thrown.
  ///
  /// It holds the clone's lock only while the check runs, and waits as long as it takes for a
  /// command that holds it, such as a `next`, to end.
  private func watchedCheck(shouldStop: () -> Bool, cancelRun: @escaping @Sendable () -> Void) {
    let lock: WorkspaceLock
    do {
      lock = try holdLock(for: "watch", patience: .greatestFiniteMagnitude, shouldStop: shouldStop)
    } catch {
      guard !shouldStop() else { return }
      let message = (error as? WorkbookError)?.message ?? error.localizedDescription
      terminal.printError("Error: \(message)")
      return
    }
    defer { lock.release() }
    Interrupt.resumeRuns()
    var sentinel: ChangeSentinel?
    if let lesson = try? watchedLesson(),
      let files = try? workspace.currentFiles(of: lesson)
    {
      sentinel = ChangeSentinel(
        workspace: workspace, lesson: lesson, files: files, onChange: cancelRun)
    }
    defer { sentinel?.stop() }
    do {
      let check = try runCheck(predicting: nil)
      let lesson = try watchedLesson()
      let place =
        check.step.map { "Step \($0.number) of \(lesson.steps.count) (\($0.kind))" }
        ?? "Lesson \(lesson.paddedNumber), free practice"
      let note = check.hasNotes ? " · read the note above" : ""
      terminal.print("")
      terminal.print(
        terminal.paint("▶ \(place) · \(check.report.summary)" + note, check.report.colour))
    } catch WorkbookError.cancelled {
      terminal.print("")
      terminal.print("A file changed while the tests ran, so that run was stopped.")
    } catch {
      guard !shouldStop() else { return }
      let message = (error as? WorkbookError)?.message ?? error.localizedDescription
      terminal.printError("Error: \(message)")
    }
  }
}
