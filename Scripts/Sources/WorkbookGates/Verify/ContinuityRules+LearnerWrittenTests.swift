import WorkbookCore

extension ContinuityRules {
  /// The rule that keeps a learner's own tests their own: no step changes or removes a test
  /// that an earlier learner-written step added.
  ///
  /// A learner who writes a step's test has their own version of it, which the reference's
  /// later change cannot be merged into: `next` leaves it alone. So the reference's test of
  /// such a step must be final when it is written, or the learner's file and the reference's
  /// drift apart, and later steps may depend on what only the reference's version holds.
  ///
  /// Under strict rules the rule does not hold: there a green step writes its code inside the
  /// learner's test and a refactoring moves it out, so later steps change those tests by design,
  /// and the learner makes each change to their own from what `next` shows.
  struct LearnerWrittenTests {
    /// The tests each learner-written step added, by name: the step and the test's source.
    private var owned: [String: (step: Int, source: String)] = [:]
    /// Whether the lesson's rules let later steps change a learner-written step's tests.
    private let laterStepsMayChangeThem: Bool

    /// The rule for a lesson that follows `rules`.
    init(rules: LessonRules) {
      laterStepsMayChangeThem = rules == .strict
    }

    /// Checks that `step`, which turns the tests `before` into `after` (by name, with their
    /// source), leaves the tests of earlier learner-written steps as they were; then, when
    /// `step` is learner-written, remembers the tests it adds.
    mutating func check(_ step: Step, before: [String: String], after: [String: String])
      -> [Breach]
    {
      guard !laterStepsMayChangeThem else { return [] }
      var touched: [String] = []
      // Only the step that makes a change is named, not every step after it.
      for (name, test) in owned.sorted(by: { $0.key < $1.key })
      where after[name] != test.source && after[name] != before[name] {
        let change = after[name] == nil ? "removes" : "changes"
        touched.append("\(change) \(name), which step \(test.step) leaves to the learner to write")
      }
      if step.isLearnerWritten {
        for (name, source) in after where before[name] == nil {
          owned[name] = (step.number, source)
        }
      }
      guard !touched.isEmpty else { return [] }
      return [
        Breach(
          rule: "no step changes the tests of a learner-written step",
          seen: "it " + touched.joined(separator: "; it ")
            + "; the learner has their own version, which the change cannot reach: make the "
            + "reference's test final in the step that adds it")
      ]
    }
  }
}
