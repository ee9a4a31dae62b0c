import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates

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

  /// The reference's test of a step whose test the learner wrote, and the learner's version:
  /// another name and another variable, but one line in common.
  private let referenceTest = """
      @Test func conflict() {
        let second = answer()
        #expect(second.retryAfter == "1")
      }
    """
  private let learnerTest = """
      @Test func conflictSaysWhenToRetry() {
        let reply = answerTwice()
        #expect(second.retryAfter == "1")
      }
    """

  /// `given` with `tests` added at the end of its suite.
  private func given(with tests: String...) -> String {
    given.replacingOccurrences(
      of: "  }\n}", with: "  }\n\n" + tests.joined(separator: "\n\n") + "\n}")
  }

  @Test("A kept passage of ours is never changed: a change to the lines it replaced is a conflict")
  func keptPassageUntouched() {
    let base = given(with: referenceTest)
    let ours = given(with: learnerTest)
    let theirs = given(
      with: referenceTest.replacingOccurrences(
        of: "== \"1\")\n", with: "== \"1\")\n    #expect(second.body == busy)\n"))
    let kept = String(learnerTest.drop { $0 == " " })

    #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs) != nil)
    #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, keeping: [kept]) == nil)
  }

  @Test("A kept passage of ours comes through whole, with theirs' changes around it")
  func keptPassageWithNextTest() {
    let next = "  @Test func eachKey() {\n    #expect(replay == one)\n  }"
    let kept = String(learnerTest.drop { $0 == " " })

    let merged = ThreeWayMerge.merge(
      base: given(with: referenceTest), ours: given(with: learnerTest),
      theirs: given(with: referenceTest, next).replacingOccurrences(of: "key-1", with: "key-9"),
      keeping: [kept])

    #expect(
      merged == given(with: learnerTest, next).replacingOccurrences(of: "key-1", with: "key-9"))
  }

  @Test("Snapshots keep the passages named for each file")
  func snapshotsKeepPassages() {
    let path = "Tests/A.swift"
    let kept = String(learnerTest.drop { $0 == " " })
    let snapshot = { (text: String) in Snapshot(files: [path: Data(text.utf8)]) }
    let theirs = given(
      with: referenceTest.replacingOccurrences(of: "answer()", with: "answer(twice: false)"))

    let (merged, conflicts) = ThreeWayMerge.merge(
      base: snapshot(given(with: referenceTest)), ours: snapshot(given(with: learnerTest)),
      theirs: snapshot(theirs), keeping: [path: [kept]])

    #expect(conflicts == [path])
    #expect(merged.text(at: path) == theirs)
  }

  @Test("The tests a learner added, as source: those the given files do not hold as they are")
  func learnersOwnSources() {
    let path = "Tests/A.swift"
    let kept = String(learnerTest.drop { $0 == " " })
    let files = Snapshot(files: [path: Data(given(with: learnerTest).utf8)])
    let handed = Snapshot(files: [path: Data(given(with: referenceTest).utf8)])

    #expect(NewTests.sources(in: files, given: handed) == [path: [kept]])
    #expect(NewTests.sources(in: handed, given: handed) == [:])
  }

  @Test("Changes to different lines are both made")
  func differentLines() {
    let merged = ThreeWayMerge.merge(
      base: "a\nb\nc\nd\n", ours: "a\nb\nc\nD\n", theirs: "A\nb\nc\nd\n")

    #expect(merged == "A\nb\nc\nD\n")
  }

  @Test("Lines both sides insert at one place are kept, ours first")
  func insertionsAtOnePlace() {
    let merged = ThreeWayMerge.merge(
      base: "a\n}\n", ours: "a\nours\n}\n", theirs: "a\ntheirs\n}\n")

    #expect(merged == "a\nours\ntheirs\n}\n")
  }

  @Test("Two sides that make the same change agree")
  func sameChange() {
    #expect(ThreeWayMerge.merge(base: "a\nb\n", ours: "a\nB\n", theirs: "a\nB\n") == "a\nB\n")
  }

  @Test("Lines inserted inside lines the other side replaces are a conflict")
  func insertionInsideAReplacement() {
    #expect(
      ThreeWayMerge.merge(
        base: "a\nb\nc\nd\n", ours: "a\nB\nC\nd\n", theirs: "a\nb\nnew\nc\nd\n") == nil)
  }

  @Test("Removed lines next to lines the other side adds are merged")
  func removalNextToInsertion() {
    let merged = ThreeWayMerge.merge(
      base: "a\nb1\nb2\n", ours: "a\nb1\nb2\nc1\n", theirs: "a\n")

    #expect(merged == "a\nc1\n")
  }
}
