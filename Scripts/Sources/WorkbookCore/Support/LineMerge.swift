/// Merges two changes made to the same text, line by line, much as `git merge` merges a file
/// that both sides changed.
public enum LineMerge {
  /// `base` with both the changes that turn it into `ours` and those that turn it into
  /// `theirs`, or nil when the two change a line in common.
  ///
  /// Lines that both insert at the same place are kept, those of `theirs` first: when a change
  /// is carried into a later step, `theirs` is the earlier step's, and its lines come first.
  public static func merge(base: String, ours: String, theirs: String) -> String? {
    let mine = TextDiff(old: base, new: ours).changes
    let other = TextDiff(old: base, new: theirs).changes.filter { !mine.contains($0) }
    let clashes = other.contains { change in
      mine.contains { conflict($0.oldLines, change.oldLines) }
    }
    guard !clashes else { return nil }
    let ordered = (other.map { ($0, 0) } + mine.map { ($0, 1) }).sorted { one, two in
      let first = (one.0.oldLines.lowerBound, one.0.oldLines.isEmpty ? 0 : 1, one.1)
      let second = (two.0.oldLines.lowerBound, two.0.oldLines.isEmpty ? 0 : 1, two.1)
      return first < second
    }
    var lines = TextDiff.lines(of: base)
    for (change, _) in ordered.reversed() {
      lines.replaceSubrange(change.oldLines, with: change.added)
    }
    return lines.joined()
  }

  /// Whether two changes cannot both be made: they replace a line in common, or one inserts
  /// lines inside the lines the other replaces.
  private static func conflict(_ one: Range<Int>, _ other: Range<Int>) -> Bool {
    if one.isEmpty || other.isEmpty {
      let (point, range) = one.isEmpty ? (one.lowerBound, other) : (other.lowerBound, one)
      return range.lowerBound < point && point < range.upperBound
    }
    return one.overlaps(other)
  }
}
