import Foundation
import WorkbookCore

/// The mutants of the reference's code that the reference's own test for a step catches: the
/// faults a learner's test for that step must catch too.
///
/// A mutant counts when the step's own test fails on it, whether earlier tests fail too or not,
/// and a run that crashes counts for none: it cannot say which test noticed.
///
/// Finding them takes one run per mutant of the green step's code, so the answer is kept in the
/// scratch package, `catches.json`, with a fingerprint of the code and tests it was found for;
/// later grading of the same step only reads it.
struct ReferenceCatches {
  /// The lesson.
  let lesson: Lesson
  /// The step whose test is the learner's to write.
  let step: Step
  /// The green step whose code makes the step's test pass.
  let green: Step
  /// The scratch packages the mutants run in, as many at once as there are packages.
  let scratches: [ScratchPackage]
  /// What runs the tests.
  let runner: any TestRunner

  /// The production code the mutants are made of: the green step's.
  private var production: Snapshot {
    lesson.production(of: lesson.state(after: green.number))
  }

  /// The reference's tests at the green step.
  private var tests: Snapshot {
    lesson.tests(of: lesson.state(after: green.number))
  }

  /// The tests the reference adds at the step, named `Suite/function()`.
  var stepTests: [String] {
    NewTests.names(
      in: tests, given: lesson.tests(of: lesson.state(after: step.number - 1)))
  }

  /// The mutants the step's reference test catches, from the kept answer when it still holds,
  /// otherwise by running every mutant once.
  func mutants() throws -> [Mutant] {
    let all = Mutator().mutants(of: production.filtered { $0.hasSuffix(".swift") }.texts)
    // The way the answer is found, the step's number and the mutation operators are part of
    // what it was found for; raise `method` whenever the way changes.
    let method = 2
    let operators = MutationOperator.allCases.map(\.rawValue).joined(separator: ",")
    let fingerprint =
      "\(method) \(step.number) \(operators) " + production.merging(tests).fingerprint(under: "")
    if let kept = try? JSONDecoder().decode(Kept.self, from: Data(contentsOf: keptFile)),
      kept.fingerprint == fingerprint
    {
      let keys = Set(kept.mutants)
      return all.filter { keys.contains($0.key) }
    }
    let own = Set(stepTests)
    let files = production.merging(tests)
    let outcomes = try MutantRuns(files: files, scratches: scratches, runner: runner)
      .outcomes(of: all, timeLimit: try timeLimit(for: files))
    let caught = zip(all, outcomes).filter {
      guard case .ran(_, let failures) = $0.1 else { return false }
      return failures.contains { own.contains($0.test) }
    }.map(\.0)
    // A run that crashed or was stopped says nothing about the step's test, and a busy machine
    // may have stopped it: only an answer that every run gave is kept.
    if !outcomes.contains(where: { $0 == nil }) {
      let kept = Kept(fingerprint: fingerprint, mutants: caught.map(\.key))
      try FileTree.write(try JSONEncoder().encode(kept), to: keptFile)
    }
    return caught
  }

  /// How long a mutant's run may take: as `mutate` allows, from a timed run of `files` without
  /// a fault, so that a busy machine gives each run more time.
  private func timeLimit(for files: Snapshot) throws -> TimeInterval {
    let scratch = scratches[0]
    try scratch.update(to: files)
    let started = scratch.pacer.now()
    _ = try? scratch.runTests(with: runner)
    return MutationTester.timeLimit(
      afterUnchangedRunOf: scratch.pacer.now().timeIntervalSince(started))
  }

  private var keptFile: URL {
    scratches[0].folder.appendingPathComponent("catches-step-\(step.number).json")
  }

  /// The answer kept on disk.
  private struct Kept: Codable {
    let fingerprint: String
    let mutants: [MutantKey]
  }
}
