import Foundation
import WorkbookCore

/// The mutants of the reference's code that the reference's own test for a step catches: the
/// faults a learner's test for that step must catch too.
///
/// A mutant counts when the step's own test fails on it, whether earlier tests fail too or not,
/// and a run that crashes counts for none: it cannot say which test noticed.
///
/// Finding them takes one run per mutant of the green step's code, so the answer is kept in the
/// scratch package, with a fingerprint of the code and tests it was found for; later grading of
/// the same step only reads it. A lesson may also ship the answer (`ShippedCatches`), so that
/// even the first grading only reads it.
struct ReferenceCatches {
  /// The lesson.
  let lesson: Lesson
  /// The step whose test is the learner's to write.
  let step: Step
  /// The green step whose code makes the step's test pass; under strict rules, the lesson's
  /// last step, by when that code has moved out of the tests into production code.
  let green: Step
  /// The scratch packages the mutants run in, as many at once as there are packages.
  let scratches: [ScratchPackage]
  /// What runs the tests.
  let runner: any TestRunner
  /// Told how many of how many mutants have run so far, when the answer is not kept yet.
  var onRun: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }
  /// The answer the lesson ships for the step, read by `mutants` when it fits the step's code
  /// and tests; `catchAny`, which `verify` uses to prove the step, never reads it.
  var shipped: ShippedCatches.Entry?

  /// The production code the mutants are made of: the green step's.
  private var production: Snapshot {
    lesson.production(of: lesson.state(after: green.number))
  }

  /// The reference's tests at the green step.
  private var tests: Snapshot {
    lesson.tests(of: lesson.state(after: green.number))
  }

  /// The tests the reference adds at the step, named `Suite/function()`: not those of later
  /// steps, which the tests of `green` may hold when it is not the next green step.
  var stepTests: [String] {
    NewTests.names(
      in: lesson.tests(of: lesson.state(after: step.number)),
      given: lesson.tests(of: lesson.state(after: step.number - 1)))
  }

  /// The mutants the step's reference test catches, from the kept answer when it still holds,
  /// otherwise by running every mutant once.
  ///
  /// - Parameters:
  ///   - timeLimit: how long a mutant's run may take, when the caller knows it from a run of the
  ///     green step's code; otherwise one more run, without a fault, times it.
  ///   - keepingStoppedRuns: whether to keep the answer even when a run was stopped at its time
  ///     limit, as a mutant that loops forever always is. Such a mutant counts as not caught, so
  ///     the answer may ask less of a learner's test, never more: what `render` ships.
  func mutants(timeLimit: TimeInterval? = nil, keepingStoppedRuns: Bool = false) throws
    -> [Mutant]
  {
    let all = allMutants()
    if let kept = keptAnswer(for: all) ?? shippedAnswer(for: all) {
      return kept
    }
    let total = all.count
    let onRun = self.onRun
    onRun(0, total)
    let endings = try MutantRuns(
      files: files, scratches: scratches, runner: runner, onRun: { onRun($0, total) }
    )
    .endings(of: all, timeLimit: try timeLimit ?? self.timeLimit(for: files))
    let caught = zip(all, endings).filter { isCaught($0.1.outcome) }.map(\.0)
    // A run that crashed or was stopped says nothing about the step's test. A mutant that
    // crashes the tests does so every time, but a busy machine may have stopped a run that
    // would have ended: an answer is kept unless a run was stopped.
    if keepingStoppedRuns || !endings.contains(.stopped) {
      let kept = ShippedCatches.Entry(fingerprint: fingerprint, mutants: caught.map(\.key))
      try FileTree.write(try JSONEncoder().encode(kept), to: keptFile)
    }
    return caught
  }

  /// Whether the step's reference test catches at least one mutant, which is all `verify` needs
  /// to know. It reads the kept answer when that still holds. Otherwise it runs first the
  /// mutants of lines the green step wrote, which the step's test is most likely to notice, one
  /// batch of as many as there are scratch packages at a time, and stops at the first batch
  /// with a catch, so that proving a step seldom costs more than a run or two.
  func catchAny() throws -> Bool {
    let all = allMutants()
    if let kept = keptAnswer(for: all) {
      return !kept.isEmpty
    }
    let written = linesWritten
    let isWritten = { (mutant: Mutant) in
      mutant.originalLines.split(separator: "\n").contains { written.contains(String($0)) }
    }
    let ordered = all.filter(isWritten) + all.filter { !isWritten($0) }
    let runs = MutantRuns(files: files, scratches: scratches, runner: runner)
    let limit = try timeLimit(for: files)
    for start in stride(from: 0, to: ordered.count, by: max(1, scratches.count)) {
      let batch = Array(ordered[start..<min(start + scratches.count, ordered.count)])
      if try runs.outcomes(of: batch, timeLimit: limit).contains(where: isCaught) {
        return true
      }
    }
    return false
  }

  /// Every mutant of the green step's production code.
  private func allMutants() -> [Mutant] {
    Mutator().mutants(of: production.filtered { $0.hasSuffix(".swift") }.texts)
  }

  /// The production code and tests of the green step, which the mutants run against.
  private var files: Snapshot { production.merging(tests) }

  /// What the kept answer is found for: the way it is found, the step's number, the mutation
  /// operators and the green step's files. Raise `method` whenever the way changes.
  var fingerprint: String {
    let method = 2
    let operators = MutationOperator.allCases.map(\.rawValue).joined(separator: ",")
    return "\(method) \(step.number) \(operators) " + files.fingerprint(under: "")
  }

  /// The answer kept in the scratch package, when it was found for these files.
  private var keptEntry: ShippedCatches.Entry? {
    guard
      let kept = try? JSONDecoder().decode(
        ShippedCatches.Entry.self, from: Data(contentsOf: keptFile)),
      kept.fingerprint == fingerprint
    else { return nil }
    return kept
  }

  /// The caught mutants among `all` as the kept answer gives them, or nil when there is no kept
  /// answer for these files.
  private func keptAnswer(for all: [Mutant]) -> [Mutant]? {
    keptEntry.map { caught(among: all, by: $0) }
  }

  /// The caught mutants among `all` as the shipped answer gives them, or nil when the lesson
  /// ships none for these files.
  private func shippedAnswer(for all: [Mutant]) -> [Mutant]? {
    guard let shipped, shipped.fingerprint == fingerprint else { return nil }
    return caught(among: all, by: shipped)
  }

  /// The mutants among `all` that `entry` says the step's test catches.
  private func caught(among all: [Mutant], by entry: ShippedCatches.Entry) -> [Mutant] {
    let keys = Set(entry.mutants)
    return all.filter { keys.contains($0.key) }
  }

  /// Whether a mutant's run shows the step's own test failing; a crashed or stopped run shows
  /// nothing.
  private func isCaught(_ outcome: Outcome?) -> Bool {
    guard case .ran(_, let failures) = outcome else { return false }
    let own = Set(stepTests)
    return failures.contains { own.contains($0.test) }
  }

  /// The trimmed lines of production code the green step has and the code before the step did
  /// not: what the step's test asked for.
  private var linesWritten: Set<String> {
    let before = lesson.production(of: lesson.state(after: step.number - 1))
    let trimmed = { (snapshot: Snapshot) in
      Set(
        snapshot.texts.values.flatMap { $0.split(separator: "\n") }
          .map { $0.trimmingCharacters(in: .whitespaces) })
    }
    return trimmed(production).subtracting(trimmed(before))
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
}
