import WorkbookGates

extension Workbook {
  /// Writes one git branch per lesson, with one commit per step and tags for start and solution.
  func branches() throws -> Int32 {
    let lessons = try workspace.lessons.allLessons()
    for line in try LessonHistory(workspace: workspace).write(lessons) {
      terminal.print(line)
    }
    terminal.print("Your branch and working tree are untouched. Replay a lesson with:")
    for lesson in lessons {
      terminal.print("  git log --reverse -p HEAD..\(LessonHistory.branch(of: lesson))")
    }
    return 0
  }
}
