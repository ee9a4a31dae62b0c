import Foundation
import Testing

@testable import WorkbookCore

/// A clock that stands still at a given time and remembers how long it was asked to wait.
private final class StoppedClock: @unchecked Sendable {
  private let waits = Locked<[TimeInterval]>([])
  let time: TimeInterval

  init(at time: TimeInterval) {
    self.time = time
  }

  var pacer: Pacer {
    Pacer(
      now: { Date(timeIntervalSince1970: self.time) },
      wait: { seconds in self.waits.withLock { $0.append(seconds) } })
  }

  var waited: [TimeInterval] { waits.withLock { $0 } }
}

@Suite struct ScratchPackageTests {
  private func scratch(in fixture: TemporaryWorkspace, clock: StoppedClock) throws
    -> ScratchPackage
  {
    try fixture.addWellFormedLesson()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    return ScratchPackage(
      folder: fixture.root.appendingPathComponent(".build/scratch"), lesson: lesson,
      pacer: clock.pacer)
  }

  /// Updates a scratch package and runs its tests, with the build starting at `start`.
  private func buildStarted(at start: TimeInterval, in fixture: TemporaryWorkspace) throws {
    let clock = StoppedClock(at: start)
    let package = try scratch(in: fixture, clock: clock)
    try package.update(to: Snapshot(files: [TemporaryWorkspace.code: Data("v1\n".utf8)]))
    _ = try package.runTests(with: ScriptedRunner([.green()]))
  }

  @Test("A change written in the second its last build started waits for the next second")
  func waitsPastTheBuildSecond() throws {
    let fixture = try TemporaryWorkspace()
    try buildStarted(at: 1_000.3, in: fixture)
    let clock = StoppedClock(at: 1_000.6)
    let package = try scratch(in: fixture, clock: clock)

    // Same size as before: the edit SwiftPM would miss, as it rebuilds only files whose
    // modification time moved past the last build.
    try package.update(to: Snapshot(files: [TemporaryWorkspace.code: Data("v2\n".utf8)]))

    #expect(clock.waited.count == 1)
    #expect(abs((clock.waited.first ?? 0) - 0.41) < 0.001)
    #expect(fixture.read(".build/scratch/\(TemporaryWorkspace.code)") == "v2\n")
  }

  @Test("No wait when the last build started in an earlier second, or nothing changes")
  func noNeedlessWait() throws {
    let fixture = try TemporaryWorkspace()
    try buildStarted(at: 1_000.3, in: fixture)
    let sameFiles = StoppedClock(at: 1_000.6)
    let nextSecond = StoppedClock(at: 1_001.2)

    try scratch(in: fixture, clock: sameFiles).update(
      to: Snapshot(files: [TemporaryWorkspace.code: Data("v1\n".utf8)]))
    try scratch(in: fixture, clock: nextSecond).update(
      to: Snapshot(files: [TemporaryWorkspace.code: Data("v2\n".utf8)]))

    #expect(sameFiles.waited == [])
    #expect(nextSecond.waited == [])
  }

  @Test("A run that skips the build is not a build: a change in its second does not wait")
  func runWithoutBuildingIsNoBuild() throws {
    let fixture = try TemporaryWorkspace()
    try buildStarted(at: 1_000.3, in: fixture)
    let clock = StoppedClock(at: 1_005.3)
    let package = try scratch(in: fixture, clock: clock)
    let runner = ScriptedRunner([.green()])

    _ = try package.runTests(with: runner, building: false)
    try package.update(to: Snapshot(files: [TemporaryWorkspace.code: Data("v2\n".utf8)]))

    #expect(runner.buildingSeen == [false])
    #expect(clock.waited == [])
  }

  @Test("A change to production code gives the unchanged tests a fresh modification time")
  func touchesTestsWhenCodeChanges() throws {
    let fixture = try TemporaryWorkspace()
    let clock = StoppedClock(at: 2_000)
    let package = try scratch(in: fixture, clock: clock)
    let test = Data("test 1\n".utf8)
    try package.update(
      to: Snapshot(files: [
        TemporaryWorkspace.test: test, TemporaryWorkspace.code: Data("v1\n".utf8),
      ]))
    let later = StoppedClock(at: 3_000)

    try scratch(in: fixture, clock: later).update(
      to: Snapshot(files: [
        TemporaryWorkspace.test: test, TemporaryWorkspace.code: Data("v2\n".utf8),
      ]))

    let url = fixture.root.appendingPathComponent(".build/scratch/\(TemporaryWorkspace.test)")
    let stamp = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
    #expect((stamp as? Date) == Date(timeIntervalSince1970: 3_000))
  }

  @Test("A change inside a function's body leaves the unchanged tests' modification time alone")
  func leavesTestsWhenOnlyABodyChanges() throws {
    let fixture = try TemporaryWorkspace()
    let package = try scratch(in: fixture, clock: StoppedClock(at: 2_000))
    let test = Data("test 1\n".utf8)
    let code = { (body: String) in Data("func answer() -> Int {\n  \(body)\n}\n".utf8) }
    try package.update(
      to: Snapshot(files: [TemporaryWorkspace.test: test, TemporaryWorkspace.code: code("1")]))
    let url = fixture.root.appendingPathComponent(".build/scratch/\(TemporaryWorkspace.test)")
    let written = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]

    try scratch(in: fixture, clock: StoppedClock(at: 3_000)).update(
      to: Snapshot(files: [TemporaryWorkspace.test: test, TemporaryWorkspace.code: code("2")]))

    let stamp = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
    #expect(stamp as? Date == written as? Date)
    #expect(stamp as? Date != Date(timeIntervalSince1970: 3_000))
  }
}
