import WorkbookCore

/// A version of a lesson's production code from before one of its red steps: a naive solution
/// that the reference wrote on the way and that a later test then rejected, such as a fake.
///
/// A learner's own tests should reject it too. When they do not, the red step that did names the
/// behaviour their tests leave out.
public struct EarlierVersion {
  /// The step whose production code this is.
  public let step: Step
  /// The red step whose tests fail this code.
  public let rejectedBy: Step
  /// The production code.
  public let production: Snapshot

  /// The production code before each of `lesson`'s red steps, once each, leaving out code that
  /// equals the reference solution.
  public static func all(of lesson: Lesson) -> [EarlierVersion] {
    let solution = lesson.production(of: lesson.state(after: lesson.steps.count))
    var seen: [Snapshot] = [solution]
    var versions: [EarlierVersion] = []
    for red in lesson.steps where red.kind == .red && red.number > 1 {
      let production = lesson.production(of: lesson.state(after: red.number - 1))
      guard !production.files.isEmpty, !seen.contains(production) else { continue }
      seen.append(production)
      versions.append(
        EarlierVersion(
          step: lesson.steps[red.number - 2], rejectedBy: red, production: production))
    }
    return versions
  }
}
