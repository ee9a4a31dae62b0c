/// What a test depends on that it should not, and which FIRST property that breaks.
enum HazardKind: Equatable {
  /// Mutable state every test can see: a `static var` or a `var` at file scope.
  case sharedState
  /// The real time of day or a real clock.
  case wallClock
  /// A real sleep.
  case realSleep
  /// Random values, shuffles or fresh UUIDs.
  case randomness

  /// What a test does when it has this hazard, as the end of "a test …".
  var habit: String {
    switch self {
    case .sharedState: "keeps state every test shares"
    case .wallClock: "reads the real clock"
    case .realSleep: "sleeps for real"
    case .randomness: "uses randomness"
    }
  }

  /// Why it matters, in one short sentence.
  var why: String {
    switch self {
    case .sharedState:
      "Tests that share state can pass or fail depending on which runs first."
    case .wallClock:
      "A test that reads the real clock may give another result tomorrow; inject a clock."
    case .realSleep:
      "A real sleep makes the suite slow and ties its result to timing."
    case .randomness:
      "A random value makes each run a different test; use fixed values."
    }
  }

  /// Token sequences that show a hazard, each starting with a word not preceded by a dot.
  static let patterns: [(kind: HazardKind, words: [String])] = [
    (.wallClock, ["Date", "(", ")"]),
    (.wallClock, ["Date", ".", "now"]),
    (.wallClock, ["ContinuousClock", "(", ")"]),
    (.wallClock, ["ContinuousClock", ".", "now"]),
    (.wallClock, ["SuspendingClock", "(", ")"]),
    (.wallClock, ["SuspendingClock", ".", "now"]),
    (.wallClock, ["DispatchTime", ".", "now"]),
    (.wallClock, ["CFAbsoluteTimeGetCurrent"]),
    (.realSleep, ["Task", ".", "sleep"]),
    (.realSleep, ["Thread", ".", "sleep"]),
    (.realSleep, ["sleep", "("]),
    (.realSleep, ["usleep", "("]),
    (.realSleep, ["nanosleep", "("]),
    (.randomness, ["UUID", "(", ")"]),
    (.randomness, ["SystemRandomNumberGenerator"]),
    (.randomness, ["arc4random"]),
    (.randomness, ["arc4random_uniform"]),
    (.randomness, ["drand48"]),
  ]
}
