/// What a red or amber step asks of a learner who writes its test: the behaviour to test, and
/// what a good failure of that test looks like. The step's own test, the reference's, is not
/// handed out at first; the workbook grades the learner's instead.
///
/// It is the `learnerWrites` object of a `step.json`:
///
/// ```json
/// "learnerWrites": {
///   "behaviour": "A retry with the same key gets the stored response back …",
///   "goodFailure": "The test fails on an expectation that the operation ran once …"
/// }
/// ```
public struct LearnerWrites: Codable, Equatable, Sendable {
  /// Which behaviour to test, in the words of the lesson.
  public let behaviour: String
  /// What a good failure of the learner's test looks like.
  public let goodFailure: String

  /// Creates what a step asks of the learner who writes its test.
  public init(behaviour: String, goodFailure: String) {
    self.behaviour = behaviour
    self.goodFailure = goodFailure
  }

  /// Whether both texts say something.
  var isComplete: Bool {
    [behaviour, goodFailure].allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
  }
}
