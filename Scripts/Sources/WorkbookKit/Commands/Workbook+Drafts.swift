import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Fails, saying what to do, when `draft` (turning `previous` into `current`) breaks a rule
  /// that `verify` would find: the rules of its kind, the continuity rules, and the rule that a
  /// new test records an expectation.
  ///
  /// - Parameter what: what the author asked for, as in "record a red step".
  func refuseBreaches(
    of draft: Step, from previous: Snapshot, to current: Snapshot, in lesson: Lesson,
    doing what: String
  ) throws {
    let breaches = DraftRules.breaches(of: draft, from: previous, to: current, in: lesson)
    guard !breaches.isEmpty else { return }
    let broken = breaches.map { "the rule \"\($0.rule)\" would be broken (\($0.seen))" }
    throw WorkbookError.failure(
      "cannot \(what): \(broken.joined(separator: "; ")); change the files so that it holds "
        + "and run it again, or choose the kind that fits")
  }

  /// `hints`, or when there are none and someone is at the keyboard, up to three hints asked
  /// for one by one, until an empty answer.
  func askForHints(unless hints: [String]) -> [String] {
    guard hints.isEmpty, let ask = terminal.ask else { return hints }
    terminal.print(
      "Hints for the learner, from a nudge to nearly the answer; Enter alone ends them.")
    var asked: [String] = []
    while asked.count < 3,
      let answer = ask("Hint \(asked.count + 1): ")?.trimmingCharacters(in: .whitespaces),
      !answer.isEmpty
    {
      asked.append(answer)
    }
    return asked
  }
}
