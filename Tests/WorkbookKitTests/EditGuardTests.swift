import Foundation
import Testing

@testable import WorkbookKit

@Suite struct EditGuardTests {
  private func modificationDate(_ path: String, in fixture: TemporaryWorkspace) throws -> Date? {
    let url = fixture.root.appendingPathComponent(path)
    return try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
  }

  @Test(
    "A file edited since the last run gets a fresh modification time, an unchanged one does not")
  func restampsEditedFiles() throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    let lesson = try fixture.workspace.lessons.lesson(named: "01")
    let guardian = EditGuard(workspace: fixture.workspace)
    try guardian.prepare(lesson)
    let testStamp = try modificationDate(TemporaryWorkspace.test, in: fixture)
    // The same size as before, written at once: the edit SwiftPM would miss.
    try fixture.write(TemporaryWorkspace.code, "v4\n")
    let editStamp = try #require(try modificationDate(TemporaryWorkspace.code, in: fixture))

    try guardian.prepare(lesson)

    let restamped = try #require(try modificationDate(TemporaryWorkspace.code, in: fixture))
    #expect(restamped > editStamp.addingTimeInterval(0.9))
    #expect(try modificationDate(TemporaryWorkspace.test, in: fixture) == testStamp)
  }

  @Test("Fingerprints are stable from run to run and tell contents apart")
  func fingerprints() {
    #expect(EditGuard.fingerprint(Data("v1\n".utf8)) == 0x6860_e019_4e46_9cc6)
    #expect(EditGuard.fingerprint(Data("v1\n".utf8)) != EditGuard.fingerprint(Data("v2\n".utf8)))
  }
}
