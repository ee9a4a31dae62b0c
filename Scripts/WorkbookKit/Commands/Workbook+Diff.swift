extension Workbook {
  /// Prints the reference diff of one step, between two steps, or of the whole lesson.
  func diff(_ name: String, from fromText: String?, to toText: String?) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name)
    switch (fromText, toText) {
    case (let from?, let to?):
      let before = try stepNumber(from, of: lesson)
      let after = try stepNumber(to, of: lesson)
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

  private func printStep(_ number: Int, of lesson: Lesson) {
    let step = lesson.steps[number - 1]
    terminal.print(
      terminal.bold("Step \(number) of \(lesson.steps.count) (\(step.kind)): \(step.title)"))
    printDiff(from: lesson.state(after: number - 1), to: lesson.state(after: number))
  }

  /// Prints the change from `before` to `after` as git does, file by file, with a summary.
  ///
  /// - Parameter sides: the names of the two sides in file labels; `a` and `b` print a
  ///   `diff --git` line before each file, as git does.
  func printDiff(
    from before: Snapshot, to after: Snapshot, sides: (old: String, new: String) = ("a", "b")
  ) {
    var insertions = 0
    var deletions = 0
    let paths = after.changedPaths(since: before).sorted()
    for path in paths {
      let old = before.files[path].map { String(decoding: $0, as: UTF8.self) }
      let new = after.files[path].map { String(decoding: $0, as: UTF8.self) }
      let diff = TextDiff(old: old ?? "", new: new ?? "")
      insertions += diff.insertions
      deletions += diff.deletions
      if sides == ("a", "b") {
        terminal.print("diff --git a/\(path) b/\(path)")
        if old == nil { terminal.print("new file") }
        if new == nil { terminal.print("deleted file") }
      }
      let text = diff.unified(
        oldLabel: old == nil ? "/dev/null" : "\(sides.old)/\(path)",
        newLabel: new == nil ? "/dev/null" : "\(sides.new)/\(path)")
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
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
