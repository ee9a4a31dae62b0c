/// The word a user most likely meant when they mistyped one, as in "did you mean 'check'?".
enum Suggestion {
  /// The candidate nearest to `word` by edit distance, ignoring case, or nil when every candidate
  /// is too far to be a slip of the fingers: more than two edits, or more than half the word.
  static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
    let typed = Array(word.lowercased())
    let allowed = min(2, max(1, typed.count / 2))
    let scored = candidates.map {
      (name: $0, distance: editDistance(typed, Array($0.lowercased())))
    }
    let best = scored.filter { $0.distance <= allowed }
      .min { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return best?.name
  }

  /// The Levenshtein distance: how many insertions, deletions and substitutions turn `a` into `b`.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        let substitution = previous[j] + (left == right ? 0 : 1)
        current.append(min(substitution, previous[j + 1] + 1, current[j] + 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
