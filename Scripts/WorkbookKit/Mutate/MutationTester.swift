import Foundation

/// What became of one mutant.
enum Verdict: Equatable, Sendable {
  /// A test failed: the tests noticed the fault.
  case killed
  /// The test run crashed or stopped, which also means the tests noticed.
  case crashed
  /// Every test passed: the tests did not notice the fault.
  case survived
  /// The mutant did not compile, so it says nothing about the tests.
  case didNotCompile
  /// The lesson records this mutant as equivalent, for this reason; it is not run.
  case equivalent(String)

  /// The verdict in a progress line.
  var label: String {
    switch self {
    case .killed: "killed"
    case .crashed: "killed (the tests crashed)"
    case .survived: "survived"
    case .didNotCompile: "does not compile"
    case .equivalent: "equivalent, not run"
    }
  }
}

/// Runs a lesson's tests against mutants of its production code, one at a time, in a scratch
/// package: the working tree is only ever read.
struct MutationTester {
  /// The package the mutants are written to and tested in.
  let scratch: ScratchPackage
  /// What runs the tests.
  let runner: any TestRunner
  /// The lesson's files without any fault: production code and tests.
  let files: Snapshot

  /// Runs the tests on the files as they are, which must pass before any mutant means anything.
  func runUnchanged() throws -> Outcome {
    try scratch.update(to: files)
    return try scratch.runTests(with: runner).outcome
  }

  /// Runs the tests with `mutant` in place of its file.
  func verdict(of mutant: Mutant) throws -> Verdict {
    var mutated = files
    mutated.files[mutant.file] = Data(mutant.source.utf8)
    try scratch.update(to: mutated)
    let outcome: Outcome
    do {
      outcome = try scratch.runTests(with: runner).outcome
    } catch {
      return .crashed
    }
    switch outcome {
    case .doesNotCompile: return .didNotCompile
    case .ran(_, let failures): return failures.isEmpty ? .survived : .killed
    }
  }
}
