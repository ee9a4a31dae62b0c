import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Puts the author's change to the step the lesson is at (after `goto`) into that step, and
  /// carries it into the later steps' copies of the files it changes.
  ///
  /// The tests run on the change first, and what they show becomes the step's expectation: an
  /// amended test changes the failure message it declares.
  func amend() throws -> Int32 {
    let (lesson, step, _) = try currentPosition()
    let before = lesson.state(after: step.number - 1)
    let tree = try workspace.currentFiles(of: lesson)
    guard tree != lesson.state(after: step.number) else {
      throw WorkbookError.failure(
        "nothing to amend: \(lesson.kataFolder) and \(lesson.testsFolder) match step "
          + "\(step.number); change them first, then run amend again")
    }
    let changed = tree.changedPaths(since: before)
    try refuseBreaches(
      of: step, from: before, to: tree, in: lesson, doing: "amend step \(step.number)")
    terminal.print("Running the tests to record what step \(step.number) shows now …")
    var amended = StepDraft(step) { $0 }
    amended.expectation = try manifest(
      kind: step.kind, title: step.title, outcome: try runTests(of: lesson), previous: before,
      current: tree, doing: "amend step \(step.number) (\(step.kind))")
    amended.writes = tree.files.filter { changed.contains($0.key) }
    amended.deletes = changed.filter { tree.files[$0] == nil }.sorted()
    let carry = StepCarry(
      lesson.steps.dropFirst(step.number), from: lesson.state(after: step.number), onto: tree)
    let drafts =
      lesson.steps.prefix(step.number - 1).map { StepDraft($0) { $0 } } + [amended]
      + carried(lesson.steps.dropFirst(step.number), carry) { $0 }
    terminal.print("Amended \(step.label) of lesson \(lesson.paddedNumber).")
    return try finishEdit(
      of: lesson, drafts: drafts, renumbered: { $0 }, conflicts: carry.conflicts)
  }

  /// Records the author's change to the step the lesson is at (after `goto`) as a new step
  /// after it, and carries it into the later steps' copies of the files it changes.
  ///
  /// - Parameter undoes: the earlier steps whose change the new one takes back on purpose, as
  ///   a green step after an inserted break step does.
  func insert(_ kind: StepKind, title: String, hints: [String], undoes: [Int]) throws -> Int32 {
    let (lesson, step, _) = try currentPosition()
    let before = lesson.state(after: step.number)
    let tree = try workspace.currentFiles(of: lesson)
    let changed = tree.changedPaths(since: before)
    guard !changed.isEmpty else {
      throw WorkbookError.failure(
        "nothing to insert: \(lesson.kataFolder) and \(lesson.testsFolder) match step "
          + "\(step.number); make the new step's change first, then run insert again")
    }
    let number = step.number + 1
    let draft = Step(
      number: number, folder: "", kind: kind, title: title, expectation: .allPass, hints: [],
      writes: [:], deletes: [], undoes: undoes)
    try refuseBreaches(
      of: draft, from: before, to: tree, in: lesson, doing: "insert \(kind.withArticle) step")
    terminal.print("Running the tests to record what the new step \(number) shows …")
    var manifest = try manifest(
      kind: kind, title: title, outcome: try runTests(of: lesson), previous: before, current: tree)
    manifest.hints = askForHints(unless: hints)
    manifest.undoes = undoes.isEmpty ? nil : undoes
    let renumbered = { (old: Int) in old > step.number ? old + 1 : old }
    let inserted = StepDraft(
      new: manifest, name: Self.slug(title), writes: tree.files.filter { changed.contains($0.key) },
      deletes: changed.filter { tree.files[$0] == nil }.sorted())
    let carry = StepCarry(lesson.steps.dropFirst(step.number), from: before, onto: tree)
    let drafts =
      lesson.steps.prefix(step.number).map { StepDraft($0, renumbered: renumbered) } + [inserted]
      + carried(lesson.steps.dropFirst(step.number), carry, renumbered: renumbered)
    terminal.print(
      "Inserted step \(number) (\(kind): \(title)) into lesson \(lesson.paddedNumber).")
    if manifest.hints?.isEmpty != false {
      terminal.print("Write one to three hints into its step.json: verify requires them.")
    }
    let section = "### Step \(number) (\(kind)): \(title)\n\nWhat this step does, and why.\n"
    return try finishEdit(
      of: lesson, drafts: drafts, renumbered: renumbered, conflicts: carry.conflicts,
      section: (section, number))
  }

  /// Removes a step of a lesson, takes its change back out of the later steps' copies of the
  /// files it changed, and removes its section of the lesson text.
  func drop(_ name: String, _ stepText: String) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name)
    let number = try stepNumber(stepText, of: lesson)
    guard lesson.steps.count > 1 else {
      throw WorkbookError.failure(
        "lesson \(lesson.paddedNumber) has only one step, which it needs as its starting point")
    }
    let renumbered = { (old: Int) -> Int? in
      old == number ? nil : old > number ? old - 1 : old
    }
    let carry = StepCarry(
      lesson.steps.dropFirst(number), from: lesson.state(after: number),
      onto: lesson.state(after: number - 1))
    let drafts =
      lesson.steps.prefix(number - 1).map { StepDraft($0, renumbered: renumbered) }
      + carried(lesson.steps.dropFirst(number), carry, renumbered: renumbered)
    terminal.print("Dropped \(lesson.steps[number - 1].label) of lesson \(lesson.paddedNumber).")
    return try finishEdit(
      of: lesson, drafts: drafts, renumbered: renumbered, conflicts: carry.conflicts)
  }

  /// The drafts of `steps` after `carry`, their `undoes` numbered as `renumbered` says.
  private func carried(
    _ steps: ArraySlice<Step>, _ carry: StepCarry, renumbered: @escaping (Int) -> Int?
  ) -> [StepDraft] {
    zip(steps, carry.changes).map { step, change in
      var draft = StepDraft(step, renumbered: renumbered)
      draft.writes = change.writes
      draft.deletes = change.deletes
      return draft
    }
  }

  /// Writes the edited steps and renumbered text of `lesson`, puts its files at its last step,
  /// leaves it if it was the current lesson, and renders its text.
  ///
  /// - Parameter section: a new step's section for the text, and the step's number.
  private func finishEdit(
    of lesson: Lesson, drafts: [StepDraft], renumbered: (Int) -> Int?, conflicts: [String],
    section: (text: String, step: Int)? = nil
  ) throws -> Int32 {
    try StepFolders(root: workspace.root, lesson: lesson).write(drafts)
    let textPath = "\(lesson.lessonFolder)README.md"
    if let text = workspace.text(at: textPath) {
      var (edited, stale) = LessonText(text).renumbered(renumbered)
      if let section {
        edited = LessonText(edited).inserting(section.text, asStep: section.step)
      }
      try FileTree.write(Data(edited.utf8), to: workspace.root.appendingPathComponent(textPath))
      for line in stale {
        terminal.printError(
          "Warning: \(textPath):\(line) shows a step that was dropped; point it at another")
      }
    }
    let edited = try workspace.lessons.lesson(named: lesson.entry.slug)
    let folders = [edited.kataFolder, edited.testsFolder]
    let last = edited.state(after: edited.steps.count)
    // Files at a step of the lesson as it was are no one's own work: they need no saving.
    let current = try workspace.currentFiles(of: lesson)
    if (0...lesson.steps.count).contains(where: { lesson.state(after: $0) == current }) {
      try FileTree.replace(under: folders, in: workspace.root, with: last.files)
    } else {
      try workspace.materialise(last, of: edited, folders: folders, announce: reportSaved)
    }
    var progress = try progress()
    if progress.lesson == lesson.entry.slug {
      progress.leave()
      try progress.save(to: workspace)
    }
    terminal.print(
      "\(edited.kataFolder) and \(edited.testsFolder) are at step \(edited.steps.count), the "
        + "lesson's last, as on main.")
    for conflict in conflicts {
      terminal.printError("Warning: \(conflict)")
    }
    let status = try verify(lesson.entry.slug, rendering: true)
    return conflicts.isEmpty ? status : 1
  }
}
