import Foundation
import WorkbookCore

/// The mutants of the reference's code that the reference's own test for a step catches and
/// the tests before it do not: the faults a learner's test for that step must catch too.
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

  /// The mutants the step's reference test catches alone, from the kept answer when it still
  /// holds, otherwise by running every mutant once.
  func mutants() throws -> [Mutant] {
    let all = Mutator().mutants(of: production.filtered { $0.hasSuffix(".swift") }.texts)
    let fingerprint = production.merging(tests).fingerprint(under: "")
    if let kept = try? JSONDecoder().decode(Kept.self, from: Data(contentsOf: keptFile)),
      kept.fingerprint == fingerprint
    {
      let keys = Set(kept.mutants)
      return all.filter { keys.contains($0.key) }
    }
    let own = Set(stepTests)
    let files = production.merging(tests)
    let lanes = scratches.prefix(max(1, min(scratches.count, all.count)))
    let runner = runner
    let caught = try inParallel(
      lanes.indices.map { lane in
        { @Sendable in
          try stride(from: lane, to: all.count, by: lanes.count).filter { index in
            var mutated = files
            mutated.files[all[index].file] = Data(all[index].mutatedFile.utf8)
            try lanes[lane].update(to: mutated)
            guard case .ran(_, let failures) = try? lanes[lane].runTests(with: runner).outcome
            else { return false }
            return !failures.isEmpty && failures.allSatisfy { own.contains($0.test) }
          }
        }
      }
    ).joined().sorted().map { all[$0] }
    let kept = Kept(fingerprint: fingerprint, mutants: caught.map(\.key))
    try FileTree.write(try JSONEncoder().encode(kept), to: keptFile)
    return caught
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
