import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

/// A learner who wrote a test keeps it compiling as the code changes: `check` and `next` count
/// a file that holds their own tests as edited only when its expectations change.
@Suite struct OwnTestEditTests {
  private let test = TemporaryWorkspace.test

  /// The learner's file at the well-formed lesson's step 3: the given test and one of theirs.
  private let own = """
    @Test func first() {
      #expect(cache.answer == 1)
    }
    @Test func mine() {
      cache.store(2)
      #expect(cache.answer == 2)
    }

    """

  /// Progress at step 3 after the learner's own test was graded and they moved on.
  private func progress(at lesson: Lesson) -> LearnerProgress {
    var progress = LearnerProgress(
      lesson: lesson.entry.slug, step: 3, hintsShown: 0, finished: [])
    progress.ownTests = [test: own]
    return progress
  }

  private func lesson() throws -> (TemporaryWorkspace, Lesson) {
    let fixture = try TemporaryWorkspace()
    try fixture.addWellFormedLesson()
    return (fixture, try fixture.workspace.lessons.lesson(named: "01"))
  }

  @Test("A change to the calls in the learner's own file, not to its expectations, is not an edit")
  func callChangeIsNoEdit() throws {
    let (fixture, lesson) = try lesson()
    let changed = own.replacingOccurrences(of: "cache.store(2)", with: "try cache.store(2)")

    let edited = progress(at: lesson).editedTests(
      in: Snapshot(files: [test: Data(changed.utf8)]), at: lesson.steps[2], of: lesson)

    #expect(edited.isEmpty)
    withExtendedLifetime(fixture) {}
  }

  @Test("A change to an expectation in the learner's own file is an edit")
  func expectationChangeIsAnEdit() throws {
    let (fixture, lesson) = try lesson()
    let changed = own.replacingOccurrences(of: "answer == 1", with: "answer == 3")

    let edited = progress(at: lesson).editedTests(
      in: Snapshot(files: [test: Data(changed.utf8)]), at: lesson.steps[2], of: lesson)

    #expect(edited == [test])
    withExtendedLifetime(fixture) {}
  }

  @Test("Any change to a test file as the reference gives it is an edit")
  func referenceFileChangeIsAnEdit() throws {
    let (fixture, lesson) = try lesson()
    var progress = progress(at: lesson)
    progress.ownTests = nil

    let edited = progress.editedTests(
      in: Snapshot(files: [test: Data("test 1\ntry test 2\n".utf8)]), at: lesson.steps[2],
      of: lesson)

    #expect(edited == [test])
    withExtendedLifetime(fixture) {}
  }
}
