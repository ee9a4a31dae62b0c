import Foundation

/// Carries a change made at one step into the later steps' copies of the files it touches.
///
/// A step holds whole files, so when an earlier state changes (a step is amended, inserted or
/// dropped), each later step that holds a copy of a file must change too, or it takes the change
/// back. For each such copy the carry merges the step's own change to the file with the new
/// earlier state, line by line; when the step changed the same lines, its copy is kept as it was
/// and the conflict is reported.
public struct StepCarry: Sendable {
  /// The later steps' changes after the carry, in order: what each writes and deletes.
  public let changes: [(writes: [String: Data], deletes: [String])]
  /// The state after the last of the steps.
  public let finalState: Snapshot
  /// One sentence for each copy the change could not be carried into.
  public let conflicts: [String]

  /// Carries the change from `oldBase` to `newBase`, the states before the first of `steps`,
  /// into `steps`.
  public init(_ steps: some Sequence<Step>, from oldBase: Snapshot, onto newBase: Snapshot) {
    var old = oldBase
    var new = newBase
    var changes: [(writes: [String: Data], deletes: [String])] = []
    var conflicts: [String] = []
    for step in steps {
      let oldNext = step.applied(to: old)
      var newNext = new
      for path in Set(step.writes.keys).union(step.deletes).sorted() {
        let carried = Self.carry(
          base: old.files[path], ours: oldNext.files[path], theirs: new.files[path])
        newNext.files[path] = carried ?? oldNext.files[path]
        if carried == nil {
          conflicts.append(
            "step \(step.number) changed the same lines of \(path), so the change was not "
              + "carried into its copy; make it there by hand")
        }
      }
      let paths = step.writes.keys.filter { newNext.files[$0] != nil }
      changes.append(
        (
          writes: newNext.files.filter { path, data in
            paths.contains(path) && new.files[path] != data
          },
          deletes: step.deletes.filter { new.files[$0] != nil }.sorted()
        ))
      old = oldNext
      new = newNext
    }
    self.changes = changes
    finalState = new
    self.conflicts = conflicts
  }

  /// The step's file after the carry: its own change (`base` to `ours`) made on `theirs`, the
  /// new earlier state's file; nil when the two cannot be merged. A nil file is no file.
  private static func carry(base: Data?, ours: Data?, theirs: Data?) -> Data?? {
    if base == theirs || ours == theirs { return .some(ours) }
    if base == ours { return .some(theirs) }
    guard let base, let ours, let theirs else { return nil }
    // The earlier state's change goes in as the merge's first side, so that where both insert
    // lines at one place, the earlier step's lines come first.
    let merged = ThreeWayMerge.merge(
      base: String(decoding: base, as: UTF8.self), ours: String(decoding: theirs, as: UTF8.self),
      theirs: String(decoding: ours, as: UTF8.self))
    return merged.map { .some(Data($0.utf8)) }
  }
}
