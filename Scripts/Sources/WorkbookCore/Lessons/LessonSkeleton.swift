/// The text a new lesson starts from: the sections of every lesson text, in their order, each
/// with a line that says what goes there.
public struct LessonSkeleton {
  /// The new lesson, without steps.
  public let lesson: Lesson
  /// Its title.
  public let title: String

  /// The skeleton of `lesson`'s text, under `title`.
  public init(lesson: Lesson, title: String) {
    self.lesson = lesson
    self.title = title
  }

  /// The skeleton, as Markdown.
  public var text: String {
    let number = lesson.paddedNumber
    let kata = lesson.entry.kata
    return """
      # Lesson \(number): \(title)

      What the learner builds, in one sentence, one failing test at a time.

      ## What you will learn

      - The technique of the lesson, one line for each thing the learner takes away.

      ## The rules

      The technique in a few rules, with their source.

      ## The domain

      The problem the code solves, in the words of the people who have it.

      ## The steps

      Start the lesson, if you have not already:

      ```sh
      swift run workbook start \(number)
      ```

      After each change, ask the workbook where you stand:

      ```sh
      swift run workbook check
      ```

      Your production code goes in `Katas/\(kata)/`. The tests are in `Tests/\(kata)Tests/`.

      <!-- One section a step, headed "### Step N (kind): Title", as record names it. -->

      ## Your turn

      Exercises that take the lesson further.

      ## Recap

      - What the learner should remember, one line each.

      """
  }
}
