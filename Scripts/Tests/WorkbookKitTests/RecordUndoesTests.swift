import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct RecordUndoesTests {
  /// The well-formed lesson with the production code put back as step 4 left it, which takes
  /// back step 5's change.
  private func takingBackStep5() throws -> TemporaryWorkspace {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    try fixture.write(TemporaryWorkspace.code, "v2\n")
    return fixture
  }

  @Test("record --undoes takes the numbers of the steps whose change the new step takes back")
  func parsesUndoes() throws {
    #expect(
      try Command.parse(["record", "green", "Take it back", "--undoes", "3", "--undoes", "5"])
        == .record(kind: .green, title: "Take it back", lesson: nil, undoes: [3, 5]))
  }

  @Test("record --undoes without a step number is a usage error that shows one")
  func rejectsUndoesWithoutNumber() {
    for words in [
      ["record", "green", "T", "--undoes"], ["record", "green", "T", "--undoes", "x"],
    ] {
      let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }
      #expect(
        error
          == .usage("--undoes needs the number of the step it takes back, as in --undoes 3"))
    }
  }

  @Test("A step that takes back an earlier change is recorded with undoes when told to")
  func recordsUndoes() throws {
    let fixture = try takingBackStep5()

    let (status, terminal) = try fixture.run(
      .record(kind: .green, title: "Take it back", lesson: "01", hints: ["h"], undoes: [5]),
      runner: ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")]))

    #expect(status == 0, "\(terminal.errors)")
    let manifest = try #require(
      fixture.read("Lessons/01-red-green-refactor/steps/06-take-it-back/step.json"))
    #expect(manifest.contains(#""undoes" : ["#), "\(manifest)")
    #expect(try fixture.workspace.lessons.lesson(named: "01").steps[5].undoes == [5])
  }

  @Test("A step that takes back an earlier change without undoes is refused, saying how to mean it")
  func refusesWithoutUndoes() throws {
    let fixture = try takingBackStep5()

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(
        .record(kind: .green, title: "Take it back", lesson: "01", hints: ["h"]),
        runner: ScriptedRunner([.green("CacheTests/first()", "CacheTests/second()")]))
    }

    let message = try #require(error?.message)
    #expect(message.contains("takes back step 5's change"), "\(message)")
    #expect(message.contains("if it takes that change back on purpose, add --undoes 5"))
    #expect(fixture.read("Lessons/01-red-green-refactor/steps/06-take-it-back/step.json") == nil)
  }
}
