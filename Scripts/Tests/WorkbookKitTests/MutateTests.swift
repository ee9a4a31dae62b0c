import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookGates
@testable import WorkbookKit

private let code = TemporaryWorkspace.code
private let test = TemporaryWorkspace.test
private let equivalents = "Lessons/01-red-green-refactor/equivalent-mutants.json"

/// The reference code of the fixture lesson. Its five mutants, in order: `return false`,
/// `>=` to `<`, `>=` to `>` (the boundary), `18` to `19` and `18` to `17`. The parameter's type,
/// `Age`, has no simple default, so no mutant ignores it; `MutatorTests` covers that operator.
private let adult = """
  func isAdult(_ age: Age) -> Bool {
    return age >= 18
  }

  """

/// Tests that check an adult and a child, but not an 18-year-old: they miss the boundary mutant.
@Sendable private func testsWithoutTheBoundary(_ code: String) -> Outcome {
  code.contains("age >= 18") || code.contains("age > 18")
    ? .green("AdultTests/adult()", "AdultTests/child()")
    : .red(["AdultTests/adult()"], message: "Expectation failed", of: ["AdultTests/adult()"])
}

/// A workspace whose lesson 01 ends with `code` as its production code, as on main.
private func lesson(ending code: String = adult) throws -> TemporaryWorkspace {
  let fixture = try TemporaryWorkspace()
  try fixture.addStep(
    "01-start",
    manifest: #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find 'isAdult'"}"#,
    files: [test: "test 1\n", TemporaryWorkspace.code: "// placeholder\n"])
  try fixture.addStep(
    "02-compare", manifest: #"{"kind": "green", "title": "Compare"}"#,
    files: [TemporaryWorkspace.code: code])
  try fixture.write(test, "test 1\n")
  try fixture.write(TemporaryWorkspace.code, code)
  return fixture
}

/// The `mutate 01` command with the default target.
private let mutateLessonOne = Command.mutate(lesson: "01", mine: false, target: 90)

@Suite struct MutateTests {
  @Test("A fixture whose tests miss a mutant reports it: file, line, operator and diff")
  func reportsTheSurvivor() throws {
    let fixture = try lesson()

    let (status, captured) = try fixture.run(
      mutateLessonOne, runner: JudgingRunner(testsWithoutTheBoundary))

    #expect(status == 1)
    let output = captured.output
    #expect(output.contains("Mutating lesson 01: 5 mutants of 1 production file."))
    #expect(output.contains("mutant 3 of 5  survived"))
    #expect(output.contains("Survived: mutant 3, boundary, \(code):2: `>=` becomes `>`"))
    #expect(output.contains("  -  return age >= 18\n  +  return age > 18"))
    #expect(output.contains("Score: 4 of 5 compiling mutants killed (80%); the target is 90%."))
    #expect(
      output.contains(
        #""operator": "boundary", "original": "return age >= 18", "mutated": "return age > 18""#))
  }

  @Test("Every mutant runs in the scratch package, and the working tree stays byte for byte")
  func neverWritesTheWorkingTree() throws {
    let fixture = try lesson()
    let before = try FileTree.read(fixture.root)
    let runner = JudgingRunner(testsWithoutTheBoundary)

    _ = try fixture.run(mutateLessonOne, runner: runner)

    #expect(try FileTree.read(fixture.root) == before)
    let scratch = fixture.root.appendingPathComponent(
      ".build/workbook/mutate/01-red-green-refactor")
    #expect(runner.packagesSeen.allSatisfy { $0.path == scratch.path })
    #expect(runner.codeSeen.first == adult)
    #expect(runner.codeSeen.count == 6)
    #expect(runner.codeSeen.dropFirst().allSatisfy { $0 != adult })
  }

  @Test("Two mutants of the same size each get built: the second waits for the next second")
  func sameSizeMutantsAreEachBuilt() throws {
    let source = """
      func same(_ a: Int, _ b: Int) -> Bool {
        return a == b
      }

      """
    let fixture = try lesson(
      ending: source + source.replacingOccurrences(of: "same", with: "other"))
    let waits = Locked<Int>(0)
    let stoppedClock = Pacer(
      now: { Date(timeIntervalSince1970: 5_000.5) }, wait: { _ in waits.withLock { $0 += 1 } })
    let runner = JudgingRunner { _ in .green("AdultTests/adult()") }

    _ = try fixture.run(mutateLessonOne, runner: runner, pacer: stoppedClock)

    // Each function gives four mutants: the comparison flipped, `return false`, and each of its
    // two parameters ignored. Three of them keep the size of the code.
    let mutated = runner.codeSeen.dropFirst()
    #expect(mutated.count == 8)
    #expect(Set(mutated).count == 8)
    #expect(mutated.contains { $0.contains("same(_ a: Int, _ b: Int) -> Bool {\n  return a != b") })
    #expect(
      mutated.contains { $0.contains("other(_ a: Int, _ b: Int) -> Bool {\n  return a != b") })
    #expect(waits.withLock { $0 } == 8)
  }

  @Test("Mutants that do not compile are counted apart and left out of the score")
  func nonCompilingMutantsCountApart() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { code in
      code.contains("age > 18") ? .amber("cannot convert value") : testsWithoutTheBoundary(code)
    }

    let (status, captured) = try fixture.run(mutateLessonOne, runner: runner)

    #expect(status == 0)
    #expect(captured.output.contains("mutant 3 of 5  did not compile"))
    #expect(captured.output.contains("Score: 4 of 4 compiling mutants killed (100%)"))
    #expect(captured.output.contains("1 mutant did not compile; it does not count."))
  }

  @Test("Without a lesson every lesson is mutated; with no mutant compiling there is no score")
  func nothingCompiles() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { code in code == adult ? .green("AdultTests/adult()") : .amber("no")
    }

    let (status, captured) = try fixture.run(
      .mutate(lesson: nil, mine: false, target: 90), runner: runner)

    #expect(status == 0)
    #expect(captured.output.contains("Mutating lesson 01: 5 mutants"))
    #expect(captured.output.contains("Score: no mutant compiled, so there is nothing to score."))
  }

  @Test("A test run that crashes kills its mutant")
  func crashKills() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { code in
      guard !code.contains("age > 18") else {
        throw WorkbookError.failure("swift test stopped before the tests finished")
      }
      return testsWithoutTheBoundary(code)
    }

    let (status, captured) = try fixture.run(mutateLessonOne, runner: runner)

    #expect(status == 0)
    #expect(captured.output.contains("mutant 3 of 5  killed (the tests crashed)"))
  }

  @Test("A mutant whose tests run past the time limit counts as killed and shows as timed out")
  func timeoutKills() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { code in
      guard !code.contains("age > 18") else { throw WorkbookError.testsTimedOut(after: 20) }
      return testsWithoutTheBoundary(code)
    }

    let (status, captured) = try fixture.run(mutateLessonOne, runner: runner)

    #expect(status == 0)
    let output = captured.output
    #expect(output.contains("mutant 3 of 5  killed (timed out)"))
    #expect(output.contains("Score: 5 of 5 compiling mutants killed (100%)"))
    #expect(output.contains("1 mutant ran longer than 20 s and was stopped; it counts as killed."))
  }

  @Test("Each mutant's run may take ten times as long as the unchanged run, and at least 20 s")
  func mutantTimeLimit() throws {
    let fixture = try lesson()
    let runner = JudgingRunner(testsWithoutTheBoundary)

    let (_, captured) = try fixture.run(mutateLessonOne, runner: runner)

    #expect(runner.limitsSeen == [20, 20, 20, 20, 20])
    #expect(
      captured.output.contains(
        "Each mutant may run for 20 s, building included; a longer run is stopped and counts "
          + "as killed."))
    #expect(MutationTester.timeLimit(afterUnchangedRunOf: 0.4) == 20)
    #expect(MutationTester.timeLimit(afterUnchangedRunOf: 6) == 60)
  }

  @Test("The time the mutants took comes from the workbook's clock")
  func mutantsAreTimedByThePacer() throws {
    let fixture = try lesson()
    let seconds = Locked<TimeInterval>(5_000)
    let clock = Pacer(
      now: { Date(timeIntervalSince1970: seconds.withLock { $0 }) }, wait: { _ in })
    let runner = JudgingRunner { code in
      seconds.withLock { $0 += 2 }
      return testsWithoutTheBoundary(code)
    }

    let (_, captured) = try fixture.run(mutateLessonOne, runner: runner, pacer: clock)

    #expect(captured.output.contains("  10.0 s, 2.0 s per mutant\n"))
  }

  @Test("Tests that do not pass on the unchanged code stop the run before any mutant")
  func failingTestsStopTheRun() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { _ in .red(["AdultTests/adult()"], message: "no", of: ["x"]) }

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(mutateLessonOne, runner: runner)
    }

    #expect(error?.exitCode == 1)
    #expect(
      error?.message.hasPrefix("the tests of lesson 01 do not pass on its code as it is") == true)
    #expect(runner.codeSeen.count == 1)
  }

  @Test("A recorded equivalent mutant is not run and does not count against the score")
  func equivalentMutantsDoNotCount() throws {
    let fixture = try lesson()
    try fixture.write(
      equivalents,
      #"""
      [
        {
          "file": "Katas/Lesson01RedGreenRefactor/Cache.swift",
          "operator": "boundary",
          "original": "return age >= 18",
          "mutated": "return age > 18",
          "reason": "for this fixture, 18 is treated as an age nobody has"
        }
      ]
      """#)
    let runner = JudgingRunner(testsWithoutTheBoundary)

    let (status, captured) = try fixture.run(mutateLessonOne, runner: runner)

    #expect(status == 0)
    #expect(runner.codeSeen.count == 5)
    #expect(captured.output.contains("5 mutants of 1 production file, 1 known to be equivalent."))
    #expect(captured.output.contains("mutant 3 of 5  equivalent"))
    #expect(captured.output.contains("Score: 4 of 4 compiling mutants killed (100%)"))
  }

  @Test("A malformed equivalents file is one clear error")
  func malformedEquivalents() throws {
    let fixture = try lesson()
    try fixture.write(equivalents, #"[{"file": "x"}]"#)

    let error = #expect(throws: WorkbookError.self) { try fixture.run(mutateLessonOne) }

    #expect(error?.message.hasPrefix("\(equivalents) is malformed: missing key") == true)
  }

  @Test("An equivalent entry that matches no mutant is pointed out")
  func staleEquivalent() throws {
    let fixture = try lesson()
    try fixture.write(
      equivalents,
      #"""
      [{"file": "Katas/Lesson01RedGreenRefactor/Cache.swift", "operator": "boundary",
        "original": "return age >= 21", "mutated": "return age > 21", "reason": "gone"}]
      """#)

    let (_, captured) = try fixture.run(
      mutateLessonOne, runner: JudgingRunner(testsWithoutTheBoundary))

    #expect(
      captured.output.contains(
        "Note: \(equivalents) lists a mutant that no longer exists: boundary in \(code), "
          + "`return age >= 21` → `return age > 21`."))
  }

  @Test("A lower --target lets a score below 90% pass")
  func lowerTarget() throws {
    let fixture = try lesson()

    let (status, captured) = try fixture.run(
      .mutate(lesson: "01", mine: false, target: 80), runner: JudgingRunner(testsWithoutTheBoundary)
    )

    #expect(status == 0)
    #expect(captured.output.contains("(80%); the target is 80%."))
  }

  @Test("--mine runs the learner's tests against the reference code, and says what they missed")
  func mineGradesTheLearnersTests() throws {
    let fixture = try lesson()
    _ = try fixture.run(.start(lesson: "01"))
    try fixture.write(test, "my own tests\n")
    try fixture.write(code, "func isAdult(_ age: Int) -> Bool { true }  // my attempt\n")
    let before = try FileTree.read(fixture.root)
    let runner = JudgingRunner(testsWithoutTheBoundary)

    let (status, captured) = try fixture.run(
      .mutate(lesson: nil, mine: true, target: 90), runner: runner)

    #expect(status == 1)
    #expect(runner.filesSeen.first == [code: adult, test: "my own tests\n"])
    #expect(try FileTree.read(fixture.root) == before)
    #expect(captured.output.contains("Your tests pass against the reference code."))
    #expect(captured.output.contains("Your tests caught 4 of 5 mutants (80%); the target is 90%."))
    #expect(
      captured.output.contains(
        "Your tests still pass when `>=` becomes `>` in Cache.swift line 2: "
          + "no test tries the value right at this boundary."))
  }

  @Test("--mine counts a mutant that runs past the time limit as caught, and says why")
  func mineCountsTimeouts() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { code in
      guard !code.contains("age > 18") else { throw WorkbookError.testsTimedOut(after: 20) }
      return testsWithoutTheBoundary(code)
    }

    let (status, captured) = try fixture.run(
      .mutate(lesson: "01", mine: true, target: 90), runner: runner)

    #expect(status == 0)
    #expect(captured.output.contains("Your tests caught 5 of 5 mutants (100%)"))
    #expect(
      captured.output.contains(
        "1 mutant ran longer than 20 s and was stopped; it counts as killed."))
    #expect(
      captured.output.contains(
        "They notice each of the 5 faults the workbook made of this code. "
          + "A score is a floor, not a proof:"))
  }

  @Test(
    "--mine runs the learner's tests against the reference's earlier versions too",
    arguments: [true, false])
  func mineChecksEarlierVersions(catchesTheFake: Bool) throws {
    let fixture = try TemporaryWorkspace()
    try fixture.addStep(
      "01-start",
      manifest:
        #"{"kind": "amber", "title": "Start", "diagnostic": "cannot find", "hints": ["h"]}"#,
      files: [test: "test 1\n", code: "// placeholder\n"])
    try fixture.addStep(
      "02-fake-it", manifest: #"{"kind": "green", "title": "Fake it", "hints": ["h"]}"#,
      files: [code: "fake\n"])
    try fixture.addStep(
      "03-second",
      manifest:
        #"{"kind": "red", "title": "Second example", "failing": ["T/second()"], "message": "x", "hints": ["h"]}"#,
      files: [test: "test 1\ntest 2\n"])
    try fixture.addStep(
      "04-general", manifest: #"{"kind": "green", "title": "General", "hints": ["h"]}"#,
      files: [code: adult])
    try fixture.write(test, "my own tests\n")
    try fixture.write(code, adult)
    let runner = JudgingRunner { code in
      code == adult || (code == "fake\n" && !catchesTheFake)
        ? .green("T/first()") : .red(["T/first()"], message: "x", of: ["T/first()"])
    }

    let (status, captured) = try fixture.run(
      .mutate(lesson: "01", mine: true, target: 90), runner: runner)

    #expect(runner.codeSeen.last == "fake\n")
    let missed =
      "Your tests pass the reference's code of step 2 (Fake it), which step 3's test rejects: "
      + "\"Second example\"."
    if catchesTheFake {
      #expect(status == 0)
      #expect(captured.output.contains("Your tests reject 1 of the 1 earlier version"))
      #expect(captured.output.contains("and reject each earlier version of it."))
      #expect(!captured.output.contains(missed))
    } else {
      #expect(status == 1)
      #expect(captured.output.contains("Your tests reject 0 of the 1 earlier version"))
      #expect(captured.output.contains(missed))
    }
  }

  @Test("--mine stops with exit 1 when the learner's tests fail against the reference code")
  func mineNeedsPassingTests() throws {
    let fixture = try lesson()
    _ = try fixture.run(.start(lesson: "01"))
    let runner = JudgingRunner { _ in
      .red(
        ["AdultTests/adult()"], message: "Expectation failed: 1 == 2", of: ["AdultTests/adult()"])
    }

    let (status, captured) = try fixture.run(
      .mutate(lesson: "01", mine: true, target: 90), runner: runner)

    #expect(status == 1)
    #expect(captured.output.contains("Your tests do not pass against the reference code"))
    #expect(captured.output.contains("AdultTests/adult()"))
    #expect(captured.output.contains("Expectation failed: 1 == 2"))
    #expect(
      captured.output.contains(
        "Tests of an exercise that asks for more than the lesson: set them aside with "
          + "@Test(.disabled(\"an exercise\")) while you grade the others."))
    #expect(runner.codeSeen.count == 1)
  }

  @Test("--mine says so when the learner's tests do not compile against the reference code")
  func mineNeedsCompilingTests() throws {
    let fixture = try lesson()
    let runner = JudgingRunner { _ in .amber("cannot find 'isGrownUp' in scope") }

    let (status, captured) = try fixture.run(
      .mutate(lesson: "01", mine: true, target: 90), runner: runner)

    #expect(status == 1)
    #expect(captured.output.contains("Your tests do not compile against the reference code"))
    #expect(captured.output.contains("cannot find 'isGrownUp' in scope"))
  }

  @Test("--mine without a lesson needs a current lesson")
  func mineNeedsALesson() throws {
    let fixture = try lesson()

    let error = #expect(throws: WorkbookError.self) {
      try fixture.run(.mutate(lesson: nil, mine: true, target: 90))
    }

    #expect(error?.message.contains("swift run workbook start 01") == true)
  }
}
