import WorkbookCore

/// The rules about what a step keeps of the steps before it, as pure functions of two states.
///
/// Steps hold whole files, so a file copied into a step before an earlier step was changed can
/// quietly take that change back. These rules catch it: a step that is not a refactor keeps
/// every test it found, a refactor adds no test, and no step undoes an earlier step's change
/// unless its `step.json` says so with `"undoes": [N]`.
enum ContinuityRules {
  /// Every test of `snapshot`'s test files, by name (`Suite/function()`), with its source.
  static func tests(of snapshot: Snapshot, in lesson: Lesson) -> [String: String] {
    let scan = TestSourceScan(files: lesson.tests(of: snapshot).texts)
    return Dictionary(scan.tests.map { ($0.name, $0.source) }) { first, _ in first }
  }

  /// Checks the tests of a step against those before it: an amber, red or green step keeps
  /// each as it was, and a refactor adds none. Under strict rules a green step writes its code
  /// in the tests, so it may change them, though not remove one (`StrictRules` guards their
  /// expectations).
  static func tests(
    of step: Step, before: [String: String], after: [String: String],
    rules: LessonRules = .standard
  ) -> [Breach] {
    let removed = before.keys.filter { after[$0] == nil }.sorted()
    let added = after.keys.filter { before[$0] == nil }.sorted()
    guard step.kind != .refactor else {
      guard added.count > removed.count else { return [] }
      return [
        Breach(
          rule: "a refactor adds no test",
          seen: "it adds \(added.joined(separator: ", ")), which never failed; "
            + "record a new test as a red or amber step")
      ]
    }
    let mayChange = rules == .strict && step.kind == .green
    let changed = before.keys.filter { !mayChange && after[$0] != nil && after[$0] != before[$0] }
      .sorted()
    guard !removed.isEmpty || !changed.isEmpty else { return [] }
    let seen = [("changes", changed), ("removes", removed)].filter { !$0.1.isEmpty }
      .map { "\($0.0) \($0.1.joined(separator: ", "))" }
    return [
      Breach(
        rule: "\(step.kind) keeps every earlier test as it was; only a refactor may change one",
        seen: "it " + seen.joined(separator: " and ")
          + "; if a step's copy of the file is stale, take the change back out of it")
    ]
  }

  /// The changes of earlier steps, file by file, to tell when a step takes one back.
  struct History {
    private var changes: [(step: Int, path: String, change: TextDiff.Change)] = []

    /// Checks that `step`, which turns `before` into `after`, undoes no earlier step's change
    /// it does not name in `undoes`, then remembers its changes.
    mutating func check(_ step: Step, from before: Snapshot, to after: Snapshot) -> [Breach] {
      var undone: [String] = []
      var undoneSteps: [Int] = []
      for path in after.changedPaths(since: before).sorted() {
        let diff = TextDiff(old: before.text(at: path) ?? "", new: after.text(at: path) ?? "")
        for change in diff.changes {
          let earlier = changes.first { earlier in
            earlier.path == path && !earlier.change.removed.isEmpty
              && !earlier.change.added.isEmpty && earlier.change.removed == change.added
              && earlier.change.added == change.removed && !step.undoes.contains(earlier.step)
          }
          if let earlier {
            let line = change.oldLines.lowerBound + 1
            undone.append("step \(earlier.step)'s change to \(path) (line \(line))")
            if !undoneSteps.contains(earlier.step) { undoneSteps.append(earlier.step) }
          }
          changes.append((step.number, path, change))
        }
      }
      guard !undone.isEmpty else { return [] }
      return [
        Breach(
          rule: "no step undoes an earlier step's change unless its step.json says \"undoes\"",
          seen: "it takes back " + undone.joined(separator: ", ")
            + "; if it takes that change back on purpose, add --undoes "
            + undoneSteps.map(String.init).joined(separator: " --undoes ")
            + " (\"undoes\": [\(undoneSteps.map(String.init).joined(separator: ", "))] in its step.json)"
        )
      ]
    }
  }
}
