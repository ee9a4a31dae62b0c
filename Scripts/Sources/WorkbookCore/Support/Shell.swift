import Foundation

/// Runs other programs, such as `swift` and `git`, and collects what they print.
public enum Shell {
  /// How a finished program ended, and everything it printed on stdout and stderr.
  public struct Result {
    /// The exit status, or the number of the signal that ended the program.
    public let status: Int32
    /// What the program printed on stdout and stderr, in the order it came.
    public let output: String
    /// Whether the program ran past its time limit and was stopped.
    public var timedOut = false
  }

  /// Runs `program` with `arguments` in `directory`, found on the PATH.
  ///
  /// A program still running after `timeLimit` seconds is stopped as Ctrl-C would stop it: its
  /// process group gets SIGINT. That lets a program such as `swift test` stop the processes it
  /// started in groups of their own, such as the test binary; SwiftPM kills those within 30
  /// seconds. Whatever is left of the group after `grace` seconds is killed.
  ///
  /// Ctrl-C, or a cancelled run, stops the program the same way, at once: `isInterrupted` and
  /// `isCancelled` are asked ten times a second.
  ///
  /// - Throws: `WorkbookError.failure` when the program cannot be found or started,
  ///   `WorkbookError.interrupted` when Ctrl-C stopped it, and `WorkbookError.cancelled` when
  ///   its run was cancelled.
  public static func run(
    _ program: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:], timeLimit: TimeInterval? = nil, grace: TimeInterval = 30,
    isInterrupted: () -> Bool = { Interrupt.wasPressed },
    isCancelled: () -> Bool = { Interrupt.isRunCancelled }
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    do {
      try process.run()
    } catch {
      throw WorkbookError.failure("could not start \(program): \(error.localizedDescription)")
    }
    let reader = PipeReader(pipe.fileHandleForReading)
    let deadline = timeLimit.map { DispatchTime.now() + $0 } ?? .distantFuture
    var timedOut = false
    while exited.wait(timeout: min(deadline, .now() + 0.1)) == .timedOut {
      if isInterrupted() {
        stop(process, exited: exited, grace: grace)
        throw WorkbookError.interrupted
      }
      if isCancelled() {
        stop(process, exited: exited, grace: grace)
        throw WorkbookError.cancelled
      }
      if DispatchTime.now() >= deadline {
        timedOut = true
        stop(process, exited: exited, grace: grace)
        break
      }
    }
    let data = reader.contents(by: timedOut ? .now() + grace : .distantFuture)
    let output = String(decoding: data, as: UTF8.self)
    if process.terminationStatus == 127, output.contains("No such file or directory") {
      throw WorkbookError.failure("\(program) is not installed or not on the PATH")
    }
    return Result(status: process.terminationStatus, output: output, timedOut: timedOut)
  }

  /// Sends SIGINT to the process group of `process`, waits up to `grace` seconds for the process
  /// to end, then kills whatever is left of the group.
  private static func stop(_ process: Process, exited: DispatchSemaphore, grace: TimeInterval) {
    let id = process.processIdentifier
    // Foundation starts each program as the leader of a process group of its own; should it
    // not, only the program itself is signalled.
    let group = getpgid(id) == id ? -id : id
    kill(group, SIGINT)
    let ended = exited.wait(timeout: .now() + grace) == .success
    // What is left of a group, say a child that ignores SIGINT, dies with it; a program that
    // has ended and has no group of its own is gone, and its number may be another's by now.
    if group < 0 || !ended {
      kill(group, SIGKILL)
    }
    if !ended {
      exited.wait()
    }
  }
}
