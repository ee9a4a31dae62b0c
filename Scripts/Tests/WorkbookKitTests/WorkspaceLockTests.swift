import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// Commands that read or change the lessons' files or the progress never run at once.
@Suite struct WorkspaceLockTests {
  /// The well-formed lesson, started, so that progress points at step 1.
  private func startedWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.start(lesson: "01"))
    return fixture
  }

  private func lockFile(of fixture: TemporaryWorkspace) -> URL {
    fixture.root.appendingPathComponent(".workbook/lock")
  }

  /// Takes the clone's lock as another command would, without waiting.
  private func holdLock(of fixture: TemporaryWorkspace, as command: String = "check") throws
    -> WorkspaceLock
  {
    try WorkspaceLock.acquire(lockFile(of: fixture), for: command, patience: 0)
  }

  private func workbook(
    in fixture: TemporaryWorkspace, patience: TimeInterval, captured: CapturedTerminal
  ) -> Workbook {
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: captured.terminal,
      runner: ScriptedRunner([.green(), .green()]))
    workbook.pacer = .instant
    workbook.lockPatience = patience
    return workbook
  }

  /// The lesson's files and the progress file, byte for byte.
  private func state(of fixture: TemporaryWorkspace) -> [String?] {
    [
      fixture.read(TemporaryWorkspace.code), fixture.read(TemporaryWorkspace.test),
      fixture.read(".workbook/progress.json"),
    ]
  }

  @Test(
    "While another command holds the lock, a command refuses in one line and changes nothing",
    arguments: [
      Command.goto(lesson: "01", step: "3"), .start(lesson: "01"), .reset(lesson: "01"),
      .restore, .check(predicting: .amber), .next(force: true), .predict(.red), .hint,
    ])
  func refusesWhileHeld(command: Command) throws {
    let fixture = try startedWorkspace()
    try fixture.write(TemporaryWorkspace.test, "my edit\n")
    let before = state(of: fixture)
    let held = try holdLock(of: fixture)
    defer { held.release() }

    let error = #expect(throws: WorkbookError.self) {
      _ = try workbook(in: fixture, patience: 0, captured: CapturedTerminal()).run(command)
    }

    let message = try #require(error?.message)
    let name = try #require(command.lockedName)
    #expect(message.contains("another workbook command, check (pid \(getpid())),"), "\(message)")
    #expect(message.hasSuffix("then run '\(name)' again"))
    #expect(!message.contains("\n"))
    #expect(state(of: fixture) == before)
  }

  @Test("A command waits for the one that holds the lock, says so, and runs once it ends")
  func waitsForHolder() throws {
    let fixture = try startedWorkspace()
    let held = try holdLock(of: fixture, as: "goto")
    let captured = CapturedTerminal()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { held.release() }

    let status = try workbook(in: fixture, patience: 10, captured: captured)
      .run(.goto(lesson: "01", step: "3"))

    #expect(status == 0)
    #expect(captured.output.contains("Waiting for goto (pid \(getpid())) to end…"))
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
  }

  @Test("The lock is let go when a command ends, also when it fails")
  func releasedAfterCommand() throws {
    let fixture = try startedWorkspace()
    _ = try? fixture.run(.goto(lesson: "01", step: "99"))

    let lock = try holdLock(of: fixture)

    lock.release()
  }

  @Test("The lock holds against another process, and is free for it once released")
  func holdsAgainstOtherProcesses() throws {
    let fixture = try startedWorkspace()
    let held = try holdLock(of: fixture)
    let path = lockFile(of: fixture).path

    let whileHeld = try Shell.run("flock", ["-n", path, "true"], in: fixture.root)
    held.release()
    let afterwards = try Shell.run("flock", ["-n", path, "true"], in: fixture.root)

    #expect(whileHeld.status != 0)
    #expect(afterwards.status == 0)
  }

  @Test("watch does not hold the lock while it waits for a save, so next can run beside it")
  func watchIsFreeWhileIdle() throws {
    let fixture = try startedWorkspace()
    let captured = CapturedTerminal()
    let watching = workbook(in: fixture, patience: 0, captured: captured)
    var looks = 0
    var movedOn: Int32?

    _ = try watching.watch(
      pause: {
        looks += 1
        movedOn = try? workbook(in: fixture, patience: 0, captured: CapturedTerminal())
          .run(.next(force: true))
      },
      shouldStop: { looks == 1 }, cancelRun: {})

    #expect(movedOn == 0)
    #expect(try LearnerProgress.load(from: fixture.workspace).step == 3)
  }

  @Test("watch waits for a command that holds the lock, then checks")
  func watchWaitsForHolder() throws {
    let fixture = try startedWorkspace()
    let held = try holdLock(of: fixture, as: "next")
    let captured = CapturedTerminal()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { held.release() }

    _ = try workbook(in: fixture, patience: 0, captured: captured)
      .watch(pause: {}, shouldStop: { captured.output.contains("▶") }, cancelRun: {})

    #expect(captured.output.contains("Waiting for next (pid \(getpid())) to end…"))
    #expect(captured.output.contains("▶ Step 1 of 5"), "\(captured.output)")
    #expect(captured.errors.isEmpty, "\(captured.errors)")
  }
}
