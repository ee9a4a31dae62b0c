import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// A command that changes the lesson's files and fails half-way leaves them, and the progress,
/// as they were, says where the learner's work went, and says why in one line that names the
/// file: never a raw system error.
@Suite struct FailedCommandTests {
  private let code = TemporaryWorkspace.code
  private let test = TemporaryWorkspace.test
  private let notes = "Katas/Lesson01RedGreenRefactor/Notes.swift"

  /// The well-formed lesson, started, so that progress points at step 1.
  private func startedWorkspace() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    _ = try fixture.run(.start(lesson: "01"))
    return fixture
  }

  /// Runs the command line `arguments` as the terminal does, in `fixture`.
  private func main(_ arguments: [String], in fixture: TemporaryWorkspace) -> (
    status: Int32, terminal: CapturedTerminal
  ) {
    let captured = CapturedTerminal()
    let status = Workbook.main(
      arguments: arguments, folder: fixture.root, terminal: captured.terminal)
    return (status, captured)
  }

  /// Makes `path` a folder that holds only a hidden file, which the workbook does not read, so
  /// that a file cannot be written there.
  private func block(_ path: String, in fixture: TemporaryWorkspace) throws {
    try? FileManager.default.removeItem(at: fixture.root.appendingPathComponent(path))
    try fixture.write("\(path)/.hidden", "")
  }

  private func expectRawErrorsAbsent(from errors: String) {
    #expect(!errors.contains("NSCocoaErrorDomain"), "\(errors)")
    #expect(!errors.contains("The operation could not be completed"), "\(errors)")
    #expect(!errors.contains("The file doesn"), "\(errors)")
    #expect(errors.split(separator: "\n").count == 1, "\(errors)")
  }

  @Test(
    "A command that cannot write a step's file puts the learner's files back and says where they were saved",
    arguments: [["goto", "01", "3"], ["start", "01"], ["reset", "01"]])
  func failingHalfWay(arguments: [String]) throws {
    let fixture = try startedWorkspace()
    try fixture.write(code, "my code\n")
    try fixture.write(notes, "my notes\n")
    try block(test, in: fixture)
    let progressBefore = fixture.read(".workbook/progress.json")

    let (status, captured) = main(arguments, in: fixture)

    #expect(status == 1)
    #expect(fixture.read(notes) == "my notes\n")
    #expect(fixture.read(code) == "my code\n")
    #expect(fixture.read(".workbook/progress.json") == progressBefore)
    #expect(captured.output.contains("Your changes were saved to .workbook/saved/"))
    expectRawErrorsAbsent(from: captured.errors)
    #expect(captured.errors.contains(test), "\(captured.errors)")
    #expect(captured.errors.contains("put back as they were"), "\(captured.errors)")
  }

  @Test("goto whose progress cannot be saved puts the lesson's files back")
  func gotoFailingOnProgress() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try block(".workbook/progress.json", in: fixture)

    let (status, captured) = main(["goto", "01", "2"], in: fixture)

    #expect(status == 1)
    #expect(fixture.read(code) == "v3\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
    expectRawErrorsAbsent(from: captured.errors)
    #expect(captured.errors.contains(".workbook/progress.json"), "\(captured.errors)")
    #expect(captured.errors.contains("put back as they were"), "\(captured.errors)")
  }

  @Test(
    "A .workbook that is a file gets one line that says what to do, and nothing changes",
    arguments: [["start", "01"], ["goto", "01", "2"], ["reset", "01"], ["check"]])
  func workbookFolderIsAFile(arguments: [String]) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(".workbook", "not a folder\n")

    let (status, captured) = main(arguments, in: fixture)

    #expect(status == 1)
    #expect(fixture.read(code) == "v3\n")
    expectRawErrorsAbsent(from: captured.errors)
    #expect(captured.errors.contains(".workbook is a file"), "\(captured.errors)")
    #expect(captured.errors.contains("mv .workbook .workbook.old"), "\(captured.errors)")
  }

  @Test(
    "Ctrl-C before a command changes the files stops it, and nothing changes",
    arguments: [
      Command.goto(lesson: "01", step: "3"), .start(lesson: "01"), .reset(lesson: "01"), .restore,
    ])
  func ctrlCBeforeChanging(command: Command) throws {
    let fixture = try startedWorkspace()
    try fixture.write(test, "my edited test\n")
    let progressBefore = fixture.read(".workbook/progress.json")
    var workbook = Workbook(
      workspace: fixture.workspace, terminal: CapturedTerminal().terminal,
      runner: ScriptedRunner([.green()]))
    workbook.isInterrupted = { true }

    #expect(throws: WorkbookError.interrupted) {
      _ = try workbook.run(command)
    }

    #expect(fixture.read(test) == "my edited test\n")
    #expect(fixture.read(code) == "// placeholder\n")
    #expect(fixture.read(".workbook/progress.json") == progressBefore)
    let saved = try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent(".workbook").path)
    #expect(!saved.contains("saved"), "nothing is saved for a command that does not run")
  }

  @Test("A system error names the file, relative to the clone, and says what went wrong")
  func systemErrorNamesTheFile() throws {
    let fixture = try TemporaryWorkspace()
    let missing = fixture.root.appendingPathComponent("Katas/Gone.swift")
    let error = CocoaError(
      .fileNoSuchFile,
      userInfo: [
        NSFilePathErrorKey: missing.path,
        NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)),
      ])

    let line = SystemError.describe(error, in: fixture.workspace.root)

    #expect(line == "Katas/Gone.swift: No such file or directory")
  }
}
