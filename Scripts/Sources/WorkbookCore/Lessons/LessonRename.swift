import Foundation

/// What renaming a lesson changes in the text of its files: its module names, its slug, and,
/// when the number changes too, the number in its heading and in the commands that name it.
public struct LessonRename: Sendable {
  /// The lesson as it was.
  public let old: CurriculumEntry
  /// The lesson as it becomes.
  public let new: CurriculumEntry

  /// Prepares to rename `old` to `new`.
  public init(from old: CurriculumEntry, to new: CurriculumEntry) {
    self.old = old
    self.new = new
  }

  /// `text` with the lesson's old names replaced by its new ones.
  public func rewritten(_ text: String) -> String {
    var result = Self.replacingModule(old.kata, with: new.kata, in: text)
    result = result.replacingOccurrences(of: old.slug, with: new.slug)
    let oldNumber = String(old.slug.prefix(2))
    let newNumber = String(new.slug.prefix(2))
    guard oldNumber != newNumber else { return result }
    let patterns = [
      (#"(?m)^# Lesson \#(oldNumber):"#, "# Lesson \(newNumber):"),
      (#"(workbook [a-z]+(?: --[a-z]+)*) \#(oldNumber)(?![0-9])"#, "$1 \(newNumber)"),
      (#"workbook/\#(oldNumber)-(start|solution)"#, "workbook/\(newNumber)-$1"),
    ]
    for (pattern, template) in patterns {
      result = result.replacingOccurrences(
        of: pattern, with: template, options: .regularExpression)
    }
    return result
  }

  /// `text` with each `module` that starts a name replaced by `replacement`, so that
  /// `Lesson01Old` and `Lesson01OldTests` change but `MyLesson01Old` does not.
  private static func replacingModule(_ module: String, with replacement: String, in text: String)
    -> String
  {
    var result = ""
    var rest = text[...]
    while let found = rest.range(of: module) {
      let before =
        found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : " "
      let startsAName = !(before.isLetter || before.isNumber || before == "_")
      result += rest[..<found.lowerBound] + (startsAName ? replacement : module)
      rest = rest[found.upperBound...]
    }
    return result + rest
  }
}
