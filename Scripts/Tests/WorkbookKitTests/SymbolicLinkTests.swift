import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// No command follows a symbolic link out of a lesson's folders, deletes through one or writes
/// through one; a step whose files the build cannot carry does not load.
@Suite struct SymbolicLinkTests {
  private let code = TemporaryWorkspace.code
  private let test = TemporaryWorkspace.test
  private let kata = "Katas/Lesson01RedGreenRefactor"

  /// A folder outside the workspace holding one file, removed by the caller's `defer`.
  private func outsideFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("precious\n".utf8).write(to: folder.appendingPathComponent("Precious.swift"))
    return folder
  }

  private func link(_ path: String, to destination: String, in fixture: TemporaryWorkspace) throws {
    try FileManager.default.createSymbolicLink(
      atPath: fixture.root.appendingPathComponent(path).path, withDestinationPath: destination)
  }

  /// Runs `command` and returns the one-line error it ends with, or nil when it did not fail.
  private func failure(of command: Command, in fixture: TemporaryWorkspace) -> String? {
    do {
      _ = try fixture.run(command)
      return nil
    } catch let error as WorkbookError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test(
    "A link in the kata folder to a folder outside the clone is refused, and the outside files stay",
    arguments: [Command.goto(lesson: "01", step: "2"), .start(lesson: "01"), .reset(lesson: "01")])
  func linkToOutsideFolder(command: Command) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let outside = try outsideFolder()
    defer { try? FileManager.default.removeItem(at: outside) }
    try link("\(kata)/Elsewhere", to: outside.path, in: fixture)

    let message = try #require(failure(of: command, in: fixture))

    #expect(message.contains("\(kata)/Elsewhere is a symbolic link"), "\(message)")
    #expect(!message.contains("\n"))
    let kept = FileManager.default.contents(
      atPath: outside.appendingPathComponent("Precious.swift").path)
    #expect(kept == Data("precious\n".utf8))
    #expect(fixture.read(code) == "v3\n")
  }

  @Test("A link to the lesson's own folder is refused, and no tracked file is deleted")
  func linkToOwnFolder() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try link("\(kata)/Again", to: ".", in: fixture)

    let message = try #require(failure(of: .goto(lesson: "01", step: "2"), in: fixture))

    #expect(message.contains("\(kata)/Again is a symbolic link"), "\(message)")
    #expect(fixture.read(code) == "v3\n")
    #expect(fixture.read(test) == "test 1\ntest 2\n")
  }

  @Test("A kata file that is a link to a file outside is never written through")
  func linkedFileIsNotWrittenThrough() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let outside = try outsideFolder()
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(code))
    try link(code, to: outside.appendingPathComponent("Precious.swift").path, in: fixture)

    let message = try #require(failure(of: .goto(lesson: "01", step: "2"), in: fixture))

    #expect(message.contains("\(code) is a symbolic link"), "\(message)")
    let kept = FileManager.default.contents(
      atPath: outside.appendingPathComponent("Precious.swift").path)
    #expect(kept == Data("precious\n".utf8))
  }

  @Test("A lesson folder that is itself a link to a folder outside is refused")
  func linkedLessonFolder() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let outside = try outsideFolder()
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(kata))
    try link(kata, to: outside.path, in: fixture)

    let message = try #require(failure(of: .goto(lesson: "01", step: "2"), in: fixture))

    #expect(message.contains("\(kata) is a symbolic link"), "\(message)")
    let kept = FileManager.default.contents(
      atPath: outside.appendingPathComponent("Precious.swift").path)
    #expect(kept == Data("precious\n".utf8))
  }

  @Test("A step file that is a link does not load, so verify and goto report it")
  func linkedStepFile() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let outside = try outsideFolder()
    defer { try? FileManager.default.removeItem(at: outside) }
    let stepFile = "Lessons/01-red-green-refactor/steps/02-fake-it/\(code)"
    try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(stepFile))
    try link(stepFile, to: outside.appendingPathComponent("Precious.swift").path, in: fixture)

    let verify = try #require(failure(of: .verify(lesson: "01"), in: fixture))
    let goto = try #require(failure(of: .goto(lesson: "01", step: "2"), in: fixture))

    #expect(verify.contains("\(stepFile) is a symbolic link"), "\(verify)")
    #expect(goto == verify)
    #expect(fixture.read(code) == "v3\n")
  }

  @Test(
    "A step file whose name the build cannot carry does not load",
    arguments: ["Bad\nName.swift", "Bad\rName.swift", "Bad\tName.swift"])
  func unbuildableName(name: String) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write("Lessons/01-red-green-refactor/steps/02-fake-it/\(kata)/\(name)", "x\n")

    let message = try #require(failure(of: .verify(lesson: "01"), in: fixture))

    let shown = name.debugDescription.dropFirst().dropLast()
    #expect(message.contains("'\(kata)/\(shown)'"), "\(message)")
    #expect(message.contains("rename it"))
  }
}
