import Foundation
import Testing

@testable import WorkbookCore

/// Runs `script` with `sh` under a time limit of half a second.
private func runForHalfASecond(_ script: String, grace: TimeInterval = 30) throws -> Shell.Result {
  try Shell.run(
    "sh", ["-c", script], in: FileManager.default.temporaryDirectory, timeLimit: 0.5, grace: grace)
}

@Suite struct ShellTests {
  @Test("A program that ends within its time limit runs as it would without one")
  func quickProgram() throws {
    let result = try Shell.run(
      "echo", ["hello"], in: FileManager.default.temporaryDirectory, timeLimit: 10)

    #expect(result.status == 0)
    #expect(result.output == "hello\n")
    #expect(!result.timedOut)
  }

  @Test("A program that runs past its time limit is stopped and reported as timed out")
  func slowProgram() throws {
    let result = try runForHalfASecond("echo started; sleep 5; echo finished")

    #expect(result.timedOut)
    #expect(result.output == "started\n")
  }

  @Test("The programs a stopped program started are stopped with it, as by Ctrl-C")
  func childrenAreStopped() throws {
    // The shell catches Ctrl-C, so it lives on to say how its child, `sleep`, ended.
    let result = try runForHalfASecond(
      #"trap 'echo interrupted' INT; sleep 5; echo "sleep ended with status $?""#)

    #expect(result.timedOut)
    #expect(result.output.contains("sleep ended with status 130"))
  }

  @Test("A program that ignores Ctrl-C is killed once the grace period is over")
  func ignoringCtrlC() throws {
    let result = try runForHalfASecond(
      "trap '' INT; echo started; sleep 5; echo finished", grace: 0.2)

    #expect(result.timedOut)
    #expect(result.output == "started\n")
  }

  @Test("Ctrl-C stops a running program at once and is reported as an interruption")
  func interruptedProgram() {
    let started = Date()
    let pressed = { Date().timeIntervalSince(started) > 0.3 }

    #expect(throws: WorkbookError.interrupted) {
      try Shell.run(
        "sh", ["-c", "sleep 5"], in: FileManager.default.temporaryDirectory,
        isInterrupted: pressed)
    }
    #expect(Date().timeIntervalSince(started) < 3)
  }

  @Test("A cancelled run stops the program at once and is reported as cancelled")
  func cancelledProgram() {
    let started = Date()

    #expect(throws: WorkbookError.cancelled) {
      try Shell.run(
        "sh", ["-c", "sleep 5"], in: FileManager.default.temporaryDirectory,
        isCancelled: { Date().timeIntervalSince(started) > 0.3 })
    }
    #expect(Date().timeIntervalSince(started) < 3)
  }
}
