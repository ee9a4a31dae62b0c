import WorkbookCore

extension Workbook {
  /// Puts each lesson other than `kept` that does not compile back at its reference solution,
  /// saving the learner's files first and saying where.
  ///
  /// `swift test` builds every target of the package before it runs a test, and a test target
  /// compiles as a whole, so one lesson that does not compile stops a plain `swift test` for
  /// every lesson. A lesson whose files are those of a recorded step compiles unless that step
  /// is amber; only a lesson holding changes of the learner's is built, in `check`'s copy of it,
  /// to find out.
  func putBackLessonsThatDoNotCompile(except kept: Lesson) throws {
    let progress = try progress()
    for lesson in try workspace.lessons.allLessons() where lesson.entry != kept.entry {
      guard try !compiles(lesson) else { continue }
      terminal.print(
        "Lesson \(lesson.paddedNumber) does not compile, and that stops swift test from "
          + "building any lesson.")
      try workspace.materialise(
        lesson.state(after: lesson.steps.count), of: lesson,
        folders: [lesson.kataFolder, lesson.testsFolder], announce: reportSaved)
      let step = progress.lesson == lesson.entry.slug ? "\(progress.step)" : "<step>"
      terminal.print(
        "Lesson \(lesson.paddedNumber) is back at its reference solution. To carry on with it "
          + "later: swift run workbook goto \(lesson.paddedNumber) \(step)")
      terminal.print("")
    }
  }

  /// Whether `lesson`'s files in the working tree compile: known from the step they were
  /// recorded as, or else found out by building them.
  private func compiles(_ lesson: Lesson) throws -> Bool {
    let files = try workspace.currentFiles(of: lesson)
    if let step = lesson.steps.last(where: { lesson.state(after: $0.number) == files }) {
      guard case .compileError = step.expectation else { return true }
      return false
    }
    terminal.print(
      "Lesson \(lesson.paddedNumber) has changes of yours; building it to see that swift test "
        + "can still build every lesson …")
    return try runTests(of: lesson, files: files).colour != .amber
  }
}
