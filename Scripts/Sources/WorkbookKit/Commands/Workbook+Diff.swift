import WorkbookCore

extension Workbook {
  /// Prints the reference diff of one step, between two steps, or of the whole lesson.
  func diff(_ name: String, from fromText: String?, to toText: String?) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name)
    switch (fromText, toText) {
    case (let from?, let to?):
      let before = try stepNumber(from, of: lesson)
      let after = try stepNumber(to, of: lesson)
      terminal.print(terminal.bold(Self.header(from: before, to: after, of: lesson)))
      printDiff(from: lesson.state(after: before), to: lesson.state(after: after))
    case (let only?, nil):
      printStep(try stepNumber(only, of: lesson), of: lesson)
    case (nil, _):
      for step in lesson.steps {
        printStep(step.number, of: lesson)
        terminal.print("")
      }
    }
    return 0
  }

  /// The line above a diff between two steps: which steps, and which way.
  static func header(from before: Int, to after: Int, of lesson: Lesson) -> String {
    let from = lesson.steps[before - 1]
    let to = lesson.steps[after - 1]
    let span = { (low: Int, high: Int) in
      low + 1 == high ? "step \(high)" : "steps \(low + 1) to \(high)"
    }
    let ends =
      "from step \(before) (\(from.kind): \(from.title)) to step \(after) (\(to.kind): \(to.title))"
    if before < after {
      return "Lesson \(lesson.paddedNumber), \(ends): the change of \(span(before, after))"
    }
    if before > after {
      return
        "Lesson \(lesson.paddedNumber), \(ends), reversed: this takes back \(span(after, before))"
    }
    return "Lesson \(lesson.paddedNumber), \(ends): the same step, so no change"
  }

  private func printStep(_ number: Int, of lesson: Lesson) {
    let step = lesson.steps[number - 1]
    terminal.print(
      terminal.bold("Step \(number) of \(lesson.steps.count) (\(step.kind)): \(step.title)"))
    printDiff(from: lesson.state(after: number - 1), to: lesson.state(after: number))
  }

  /// Prints the change `step` makes to the reference's production code, leaving out its tests.
  func printProductionChange(of step: Step, in lesson: Lesson) {
    printDiff(
      from: lesson.production(of: lesson.state(after: step.number - 1)),
      to: lesson.production(of: lesson.state(after: step.number)))
  }

  /// Prints the change from `before` to `after` file by file, with a summary.
  ///
  /// - Parameters:
  ///   - sides: the names of the two sides in the file labels.
  ///   - gitHeaders: whether each file starts with git's `diff --git` line, and says when it is
  ///     new or deleted.
  func printDiff(
    from before: Snapshot, to after: Snapshot, sides: (old: String, new: String) = ("a", "b"),
    gitHeaders: Bool = true
  ) {
    var insertions = 0
    var deletions = 0
    let paths = after.changedPaths(since: before).sorted()
    for path in paths {
      let file = FileDiff(path: path, from: before, to: after, sides: sides)
      insertions += file.textDiff.insertions
      deletions += file.textDiff.deletions
      if gitHeaders {
        terminal.print("diff --git a/\(path) b/\(path)")
        if file.old == nil { terminal.print("new file") }
        if file.new == nil { terminal.print("deleted file") }
      }
      for line in file.unified.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        terminal.print(painted(String(line)))
      }
    }
    terminal.print(
      " \(counted(paths.count, "file")) changed, \(counted(insertions, "insertion"))(+), "
        + "\(counted(deletions, "deletion"))(-)")
  }

  private func painted(_ line: String) -> String {
    if line.hasPrefix("+"), !line.hasPrefix("+++") { return terminal.paint(line, .green) }
    if line.hasPrefix("-"), !line.hasPrefix("---") { return terminal.paint(line, .red) }
    return line
  }
}
