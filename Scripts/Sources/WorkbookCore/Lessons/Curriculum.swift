/// One entry of the workbook's curriculum, recorded or still planned.
public struct CurriculumEntry: Equatable, Sendable {
  /// Creates an entry.
  public init(number: Int, slug: String, title: String, technique: String) {
    self.number = number
    self.slug = slug
    self.title = title
    self.technique = technique
  }

  /// The lesson's number, from 1.
  public let number: Int
  /// The lesson's folder name in `Lessons/`, such as `01-red-green-refactor`.
  public let slug: String
  /// The lesson's title.
  public let title: String
  /// What the lesson teaches, in a few words.
  public let technique: String

  /// The module name of the lesson's kata: `01-red-green-refactor` becomes
  /// `Lesson01RedGreenRefactor`, as in `Package.swift`.
  public var kata: String {
    let words = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
    return "Lesson" + words.joined()
  }

  /// The entry of the lesson `slug` of `Package.swift`'s list.
  ///
  /// Its title is read from the first line of its text, `# Lesson 02: Baby steps`, when there is
  /// one; else it is the plan's title for its number, or its slug's words. Its technique is the
  /// plan's for its number.
  public init(listed slug: String, text: String?) {
    let number = Int(slug.prefix { $0 != "-" }) ?? 0
    let planned = Curriculum.entries.first { $0.number == number }
    let firstLine = text?.split(separator: "\n", maxSplits: 1).first ?? ""
    let heading =
      firstLine.hasPrefix("# Lesson ") ? firstLine.split(separator: ": ", maxSplits: 1) : []
    let words = slug.split(separator: "-").dropFirst().joined(separator: " ")
    let title =
      heading.count == 2
      ? String(heading[1]) : planned?.title ?? words.prefix(1).uppercased() + words.dropFirst()
    self.init(number: number, slug: slug, title: title, technique: planned?.technique ?? "")
  }

  /// Whether `name` names this lesson: by number (`1`, `01`) or slug, with or without its number
  /// (`01-red-green-refactor`, `red-green-refactor`).
  public func isNamed(_ name: String) -> Bool {
    let words = slug.drop { $0 != "-" }.dropFirst()
    return name == slug || name == String(words) || Int(name) == number
  }
}

/// The lessons the workbook plans, in order: their titles and techniques.
///
/// Which lessons exist is not decided here but by the `lessons` list of the root
/// `Package.swift` (see `LessonList`); the plan only names the lessons still to be written and
/// what each will teach.
public enum Curriculum {
  /// Every planned lesson, written or not.
  public static let entries: [CurriculumEntry] = [
    CurriculumEntry(
      number: 1, slug: "01-red-green-refactor", title: "Red-Green-Refactor",
      technique: "the cycle; compile errors are red; commit on green"),
    CurriculumEntry(
      number: 2, slug: "02-baby-steps", title: "Baby steps",
      technique: "Fake It, Triangulate, Obvious Implementation"),
    CurriculumEntry(
      number: 3, slug: "03-first-tests", title: "FIRST tests",
      technique: "Fast, Isolated, Repeatable, Self-validating, Timely"),
    CurriculumEntry(
      number: 4, slug: "04-chicago-school", title: "Chicago school",
      technique: "inside-out, state verification, fakes"),
    CurriculumEntry(
      number: 5, slug: "05-london-school", title: "London school",
      technique: "outside-in, hand-written doubles, interactions"),
    CurriculumEntry(
      number: 6, slug: "06-schools-compared", title: "The schools compared",
      technique: "two refactorings and four planted bugs under both suites"),
    CurriculumEntry(
      number: 7, slug: "07-atdd-double-loop", title: "ATDD double loop",
      technique: "an acceptance test kept red across unit cycles"),
    CurriculumEntry(
      number: 8, slug: "08-strict-tdd", title: "Strict TDD",
      technique: "TDD as if you meant it"),
  ]
}
