import Foundation

/// A line-by-line three-way merge, as `git merge-file` does it: the changes from `base` to
/// `theirs` are applied to `ours`, which has changes of its own.
///
/// Where both sides changed the same lines, one side's change may still contain the other's:
/// when `theirs` only added lines before or after what `base` had there, those lines are added
/// around `ours`' version, and the other way round. So two sides that each add a test at the end
/// of a suite merge into a suite with both tests; lines both sides insert at one place are
/// kept, ours first. Anything else is a conflict, and there is no merge.
///
/// Passages of `ours` can be kept whole, such as the tests a learner wrote: each stands in the
/// merge as one line that no other line matches, so no change of `theirs` can reach inside it,
/// even where it shares lines with the text it replaced. A change to those lines is a conflict.
public enum ThreeWayMerge {
  /// The merged text, or nil when the two sides change the same lines in different ways.
  ///
  /// - Parameter keeping: passages of `ours` that come through as they are, or not at all.
  public static func merge(base: String, ours: String, theirs: String, keeping: [String] = [])
    -> String?
  {
    var ours = ours
    var placeholders: [(line: String, passage: String)] = []
    for (index, passage) in keeping.enumerated() {
      guard let range = ours.range(of: passage) else { continue }
      let line = "\u{1}kept passage \(index)\u{1}"
      ours.replaceSubrange(range, with: line)
      placeholders.append((line, passage))
    }
    guard var merged = merge(base: base, ours: ours, theirs: theirs) else { return nil }
    for (line, passage) in placeholders {
      guard let range = merged.range(of: line) else { return nil }
      merged.replaceSubrange(range, with: passage)
    }
    return merged
  }

  /// `merge(base:ours:theirs:keeping:)` with no passage kept.
  private static func merge(base: String, ours: String, theirs: String) -> String? {
    let baseLines = lines(of: base)
    let oursLines = lines(of: ours)
    let theirsLines = lines(of: theirs)
    let inOurs = matches(baseLines, oursLines)
    let inTheirs = matches(baseLines, theirsLines)
    var merged: [Substring] = []
    var (b, o, t) = (0, 0, 0)
    while true {
      // The next base line that both sides kept, where the two sides line up again.
      let stable = (b..<baseLines.count).lazy.compactMap { line in
        inOurs[line].flatMap { mine in inTheirs[line].map { (line, mine, $0) } }
      }.first
      let end = stable ?? (baseLines.count, oursLines.count, theirsLines.count)
      guard
        let chunk = resolve(
          base: baseLines[b..<end.0], ours: oursLines[o..<end.1], theirs: theirsLines[t..<end.2])
      else { return nil }
      merged += chunk
      guard let stable else { break }
      merged.append(baseLines[stable.0])
      (b, o, t) = (end.0 + 1, end.1 + 1, end.2 + 1)
    }
    return merged.joined(separator: "\n")
  }

  /// Merges two changed versions of a set of files, file by file: `theirs` where a file of `ours`
  /// cannot be merged, and the paths of those files, sorted.
  ///
  /// - Parameter keeping: for each path, the passages of `ours` that come through as they are.
  public static func merge(
    base: Snapshot, ours: Snapshot, theirs: Snapshot, keeping: [String: [String]] = [:]
  ) -> (merged: Snapshot, conflicts: [String]) {
    var merged = Snapshot()
    var conflicts: [String] = []
    let paths = Set(base.files.keys).union(ours.files.keys).union(theirs.files.keys)
    for path in paths.sorted() {
      let (old, mine, new) = (base.text(at: path), ours.text(at: path), theirs.text(at: path))
      let result: String??
      if mine == old {
        result = new
      } else if new == old || mine == new {
        result = mine
      } else if let old, let mine, let new {
        result = merge(base: old, ours: mine, theirs: new, keeping: keeping[path] ?? []).map { $0 }
      } else {
        result = nil
      }
      guard let result else {
        conflicts.append(path)
        merged.files[path] = theirs.files[path]
        continue
      }
      merged.files[path] = result.map { Data($0.utf8) }
    }
    return (merged, conflicts)
  }

  /// One stretch where the sides may differ from the base: the side that changed it wins, and
  /// two changes merge when one only adds lines around the base's.
  private static func resolve(
    base: ArraySlice<Substring>, ours: ArraySlice<Substring>, theirs: ArraySlice<Substring>
  ) -> [Substring]? {
    if ours.elementsEqual(base) { return Array(theirs) }
    if theirs.elementsEqual(base) || ours.elementsEqual(theirs) { return Array(ours) }
    if let (before, after) = around(base, in: theirs) { return before + ours + after }
    if let (before, after) = around(base, in: ours) { return before + theirs + after }
    return nil
  }

  /// The lines `side` adds before and after `base`, when it holds `base` whole and in one piece.
  private static func around(_ base: ArraySlice<Substring>, in side: ArraySlice<Substring>)
    -> ([Substring], [Substring])?
  {
    guard side.count >= base.count else { return nil }
    for start in side.startIndex...(side.endIndex - base.count)
    where side[start..<(start + base.count)].elementsEqual(base) {
      return (Array(side[..<start]), Array(side[(start + base.count)...]))
    }
    return nil
  }

  /// For each line of `base`, the line of `side` it is matched with in a longest common
  /// subsequence, or nil when `side` does not keep it.
  private static func matches(_ base: [Substring], _ side: [Substring]) -> [Int?] {
    let (n, m) = (base.count, side.count)
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i][j] =
          base[i] == side[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var result = [Int?](repeating: nil, count: n)
    var (i, j) = (0, 0)
    while i < n, j < m {
      if base[i] == side[j] {
        result[i] = j
        (i, j) = (i + 1, j + 1)
      } else if lengths[i + 1][j] >= lengths[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }

  private static func lines(of text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
  }
}
