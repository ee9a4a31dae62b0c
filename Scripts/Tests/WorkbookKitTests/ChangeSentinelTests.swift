import Foundation
import Testing

@testable import WorkbookCore

@Suite struct ChangeSentinelTests {
  /// The well-formed lesson, its files now, and a flag the sentinel raises.
  private func watchedLesson() throws -> (TemporaryWorkspace, Lesson, Snapshot, Locked<Int>) {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return (fixture, lesson, try fixture.workspace.currentFiles(of: lesson), Locked(0))
  }

  /// Waits up to two seconds for `condition`, looking every twentieth of a second.
  private func eventually(_ condition: () -> Bool) -> Bool {
    for _ in 0..<40 where !condition() {
      Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
  }

  @Test("A saved file makes the sentinel call once")
  func callsOnChange() throws {
    let (fixture, lesson, files, calls) = try watchedLesson()
    let sentinel = ChangeSentinel(
      workspace: fixture.workspace, lesson: lesson, files: files,
      onChange: { calls.withLock { $0 += 1 } })
    defer { sentinel.stop() }

    try fixture.write(TemporaryWorkspace.code, "saved\n")

    #expect(eventually { calls.withLock { $0 } == 1 })
    Thread.sleep(forTimeInterval: 0.5)
    #expect(calls.withLock { $0 } == 1)
  }

  @Test("A stopped sentinel never calls, whatever changes")
  func stopsCalling() throws {
    let (fixture, lesson, files, calls) = try watchedLesson()
    let sentinel = ChangeSentinel(
      workspace: fixture.workspace, lesson: lesson, files: files,
      onChange: { calls.withLock { $0 += 1 } })

    sentinel.stop()
    try fixture.write(TemporaryWorkspace.code, "saved\n")
    Thread.sleep(forTimeInterval: 0.5)

    #expect(calls.withLock { $0 } == 0)
  }
}
