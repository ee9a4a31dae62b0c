import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

/// Grading a learner's test takes minutes on a real lesson, so `check` says on stderr which
/// phase it is in, and leaves the verdict on stdout as it was.
@Suite struct GradingProgressTests {
  /// The learner's code when they arrive at step 3: not the reference's.
  private let ownCode = "let compares = true\nfunc helper() {}\n"

  /// A check of a learner's test that passes every check, at step 3 of the lesson whose step 3
  /// the learner writes.
  ///
  /// - Parameter shipping: whether the lesson ships its catches, as `render` writes them.
  private func gradedCheck(shipping: Bool = false) throws -> CapturedTerminal {
    let fixture = try TemporaryWorkspace()
    try fixture.addLessonWithLearnerStep()
    if shipping {
      _ = try fixture.run(.render(lesson: "01"), runner: RuleRunner())
    }
    _ = try fixture.run(.start(lesson: "01"), runner: RuleRunner())
    try fixture.write(TemporaryWorkspace.code, ownCode)
    _ = try fixture.run(.next(force: false), runner: RuleRunner())
    try fixture.write(
      TemporaryWorkspace.test,
      TemporaryWorkspace.givenTests.replacingOccurrences(
        of: "}\n}", with: "}\n  @Test func mine() { #expect(stores) }\n}"))
    let (status, captured) = try fixture.run(.check(predicting: nil), runner: RuleRunner())
    try #require(status == 0, "\(captured.output)")
    return captured
  }

  @Test("Grading says on stderr that it runs the tests three ways, then each mutant, n of m")
  func phasesOnStderr() throws {
    let captured = try gradedCheck()

    let lines = captured.errors.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "Grading your tests: on your code, and on the reference's code before and after "
        + "step 4, at once …")
    let finding = lines.filter { $0.hasPrefix("Grading your tests: finding the faults") }
    let mutants = lines.filter { $0.hasPrefix("Grading your tests: against the ") }
    #expect(finding.first?.hasSuffix(" mutants, once for this step …") == true)
    #expect(mutants.first?.hasSuffix(" that the reference's test catches …") == true)
    let last = try #require(mutants.last)
    let counts = last.split(separator: " ").suffix(3)
    #expect(counts.count == 3 && counts.first == counts.last && counts.dropFirst().first == "of")
  }

  @Test("A lesson that ships its catches is graded without finding them first")
  func shippedCatchesSkipTheSearch() throws {
    let captured = try gradedCheck(shipping: true)

    #expect(!captured.errors.contains("finding the faults"), "\(captured.errors)")
    #expect(captured.errors.contains("that the reference's test catches"))
    #expect(captured.output.contains("Your test is red as intended (CacheTests/mine())"))
  }

  @Test("The grading verdict on stdout holds no progress line")
  func verdictUnbroken() throws {
    let captured = try gradedCheck()

    #expect(!captured.output.contains("Grading your tests"))
    #expect(captured.output.contains("Your test is red as intended (CacheTests/mine())"))
  }

  @Test(
    "Progress of many runs is shown at the start, the first, every quarter and the last",
    arguments: [
      (1, [0, 1]), (4, [0, 1, 2, 3, 4]), (20, [0, 1, 5, 10, 15, 20]), (9, [0, 1, 3, 6, 9]),
    ]
  )
  func milestones(total: Int, shown: [Int]) {
    #expect((0...total).filter { GradingPhase.isMilestone($0, of: total) } == shown)
  }
}
