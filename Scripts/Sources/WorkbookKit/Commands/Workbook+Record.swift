import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Records the working tree's change to a lesson as its next step, with the expectation
  /// taken from a real test run.
  func record(_ kind: StepKind, title: String, lesson name: String?) throws -> Int32 {
    let lesson = try lessonToRecord(name)
    let previous = lesson.state(after: lesson.steps.count)
    let current = try workspace.currentFiles(of: lesson)
    let changed = current.changedPaths(since: previous)
    guard !changed.isEmpty else {
      throw WorkbookError.failure(
        "nothing to record: \(lesson.kataFolder) and \(lesson.testsFolder) match step \(lesson.steps.count)"
      )
    }
    let draft = Step(
      number: lesson.steps.count + 1, folder: "", kind: kind, title: title, expectation: .allPass,
      hints: [], writes: [:], deletes: [])
    if let breach = StepRules.changes(of: draft, changed: changed, in: lesson).first {
      throw WorkbookError.failure(
        "cannot record a \(kind) step: the rule \"\(breach.rule)\" would be broken (\(breach.seen))"
      )
    }
    terminal.print("Running the tests to record what step \(draft.number) shows …")
    let outcome = try runTests(of: lesson)
    let manifest = try manifest(
      kind: kind, title: title, outcome: outcome, previous: previous, current: current)
    let folder = String(format: "%02d-", draft.number) + Self.slug(title)
    let url = workspace.root.appendingPathComponent("\(lesson.lessonFolder)steps/\(folder)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try FileTree.write(
      try encoder.encode(manifest) + Data("\n".utf8), to: url.appendingPathComponent("step.json"))
    for path in changed.sorted() {
      if let data = current.files[path] {
        try FileTree.write(data, to: url.appendingPathComponent(path))
      }
    }
    terminal.print(
      "Recorded \(lesson.lessonFolder)steps/\(folder) (\(kind), \(changed.count) file(s) changed).")
    terminal.print(
      "Now write one to three hints into its step.json, from a nudge to nearly the answer: "
        + "verify requires them.")
    return 0
  }

  /// The lesson being authored: the one named, the current one, or the only one with changes.
  private func lessonToRecord(_ name: String?) throws -> Lesson {
    if let name {
      if let entry = Curriculum.entries.first(where: { $0.isNamed(name) }),
        !workspace.lessons.recordedEntries().contains(entry)
      {
        return Lesson(entry: entry, steps: [])
      }
      return try workspace.lessons.lesson(named: name)
    }
    if let current = try progress().lesson {
      return try workspace.lessons.lesson(named: current)
    }
    let changed = try workspace.lessons.allLessons().filter { lesson in
      try workspace.currentFiles(of: lesson) != lesson.state(after: lesson.steps.count)
    }
    guard !changed.isEmpty else {
      throw WorkbookError.failure("nothing to record: no lesson has changes")
    }
    guard changed.count == 1 else {
      throw WorkbookError.usage("several lessons have changes; add --lesson <lesson>")
    }
    return changed[0]
  }

  private func manifest(
    kind: StepKind, title: String, outcome: Outcome, previous: Snapshot, current: Snapshot
  ) throws -> StepManifest {
    let deleted = previous.files.keys.filter { current.files[$0] == nil }.sorted()
    var manifest = StepManifest(kind: kind, title: title, deleted: deleted.isEmpty ? nil : deleted)
    manifest.hints = []
    switch (kind, outcome) {
    case (.amber, .doesNotCompile(let errors)):
      manifest.diagnostic = errors.first?.message
    case (.red, .ran(_, let failures)) where !failures.isEmpty:
      manifest.failing = failures.map(\.test).sorted()
      manifest.message = Self.sharedMessage(of: failures.map(\.message))
    case (.green, .ran(_, let failures)) where failures.isEmpty,
      (.refactor, .ran(_, let failures)) where failures.isEmpty:
      break
    default:
      throw WorkbookError.failure("cannot record a \(kind) step: the tests are \(outcome.colour)")
    }
    return manifest
  }

  /// The longest start that every failure message shares, which `verify` then finds in each.
  static func sharedMessage(of messages: [String]) -> String {
    guard var shared = messages.first else { return "" }
    for message in messages.dropFirst() {
      shared = String(zip(shared, message).prefix { $0 == $1 }.map(\.0))
    }
    return shared
  }

  /// A folder-friendly form of a title: `Fake it!` becomes `fake-it`.
  static func slug(_ title: String) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    var slug = ""
    for word in words {
      guard slug.count + word.count < 48 else { break }
      slug += (slug.isEmpty ? "" : "-") + word
    }
    // A step folder needs a name after its number, or the lesson no longer loads.
    return slug.isEmpty ? "step" : slug
  }
}
