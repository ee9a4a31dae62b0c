import Foundation

/// Runs other programs, such as `swift` and `git`, and collects what they print.
enum Shell {
  /// The exit status of a finished program and everything it printed on stdout and stderr.
  struct Result {
    let status: Int32
    let output: String
  }

  /// Runs `program` with `arguments` in `directory`, found on the PATH.
  ///
  /// - Throws: `WorkbookError.failure` when the program cannot be found or started.
  static func run(
    _ program: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:]
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
    do {
      try process.run()
    } catch {
      throw WorkbookError.failure("could not start \(program): \(error.localizedDescription)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let output = String(decoding: data, as: UTF8.self)
    if process.terminationStatus == 127, output.contains("No such file or directory") {
      throw WorkbookError.failure("\(program) is not installed or not on the PATH")
    }
    return Result(status: process.terminationStatus, output: output)
  }
}
