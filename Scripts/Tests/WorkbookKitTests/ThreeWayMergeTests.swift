import Foundation
import Testing

@testable import WorkbookCore

@Suite struct ThreeWayMergeTests {
  private let given = """
    struct CacheTests {
      @Test func first() {
        #expect(cache.answer("key-1") == one)
      }
    }
    """

  @Test("A side that changed nothing takes the other side's changes")
  func oneSideChanged() {
    let theirs = given.replacingOccurrences(of: "key-1", with: "key-9")

    #expect(ThreeWayMerge.merge(base: given, ours: given, theirs: theirs) == theirs)
    #expect(ThreeWayMerge.merge(base: given, ours: theirs, theirs: given) == theirs)
  }

  @Test("The learner's test replaces the reference's, and the reference's next test follows it")
  func learnerTestKeptNextTestAdded() {
    let referenceTest = """
        @Test func retry() {
          let cache = Cache()
          #expect(runs == 1)
        }
      """
    let learnerTest = """
        @Test func retryRunsOnce() {
          let cache = Cache()
          #expect(count == 1, "ran twice")
        }
      """
    let nextTest = """
        @Test func eachKey() {
          let cache = Cache()
          #expect(replay == one)
        }
      """
    let base = given.replacingOccurrences(of: "  }\n}", with: "  }\n\n\(referenceTest)\n}")
    let ours = given.replacingOccurrences(of: "  }\n}", with: "  }\n\n\(learnerTest)\n}")
    let theirs = given.replacingOccurrences(
      of: "  }\n}", with: "  }\n\n\(referenceTest)\n\n\(nextTest)\n}")

    let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)

    #expect(
      merged
        == given.replacingOccurrences(of: "  }\n}", with: "  }\n\n\(learnerTest)\n\n\(nextTest)\n}")
    )
  }

  @Test("A refactoring of the given tests and the learner's new test merge")
  func refactoringAndNewTest() {
    let ours = given.replacingOccurrences(
      of: "  }\n}", with: "  }\n\n  @Test func mine() {\n    #expect(true)\n  }\n}")
    let theirs = given.replacingOccurrences(of: "== one", with: "== paymentOne")

    let merged = ThreeWayMerge.merge(base: given, ours: ours, theirs: theirs)

    #expect(merged == ours.replacingOccurrences(of: "== one", with: "== paymentOne"))
  }

  @Test("Two different changes to the same line are a conflict, and there is no merge")
  func conflict() {
    let ours = given.replacingOccurrences(of: "key-1", with: "key-2")
    let theirs = given.replacingOccurrences(of: "key-1", with: "key-3")

    #expect(ThreeWayMerge.merge(base: given, ours: ours, theirs: theirs) == nil)
  }

  @Test("Snapshots merge file by file; a file that conflicts takes theirs and is named")
  func snapshots() {
    let conflicting = "Tests/A.swift"
    let merging = "Tests/B.swift"
    let snapshot = { (a: String, b: String) in
      Snapshot(files: [conflicting: Data(a.utf8), merging: Data(b.utf8)])
    }
    let mine = given.replacingOccurrences(of: "}\n}", with: "}\n  @Test func mine() {}\n}")

    let (merged, conflicts) = ThreeWayMerge.merge(
      base: snapshot(given, given), ours: snapshot(given + "// ours", mine),
      theirs: snapshot(given + "// theirs", given.replacingOccurrences(of: "one", with: "two")))

    #expect(conflicts == [conflicting])
    #expect(merged.text(at: conflicting) == given + "// theirs")
    #expect(merged.text(at: merging) == mine.replacingOccurrences(of: "one", with: "two"))
  }
}
