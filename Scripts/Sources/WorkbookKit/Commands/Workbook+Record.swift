import Foundation
import WorkbookCore
import WorkbookGates

extension Workbook {
  /// Records the working tree's change to a lesson as its next step, with the expectation
  /// taken from a real test run.
  ///
  /// It refuses, saying what to do, a change that breaks a rule `verify` would find.
  ///
  /// - Parameters:
  ///   - hints: the step's hints; when there are none, the author is asked for them.
  ///   - stillRed: outer tests to keep red through the step, besides those the last step left
  ///     red and that still fail.
  ///   - undoes: the earlier steps whose change this one takes back on purpose, such as the
  ///     step after a break step that takes its planted bug out again.
  func record(
    _ kind: StepKind, title: String, lesson name: String?, hints: [String] = [],
    stillRed: [String] = [], undoes: [Int] = []
  )
    throws -> Int32
  {
    let lesson = try lessonToRecord(name)
    let previous = lesson.state(after: lesson.steps.count)
    let current = try workspace.currentFiles(of: lesson)
    let changed = current.changedPaths(since: previous)
    guard !changed.isEmpty else {
      throw WorkbookError.failure(
        "nothing to record: \(lesson.kataFolder) and \(lesson.testsFolder) match step "
          + "\(lesson.steps.count); change them first, then run record again")
    }
    let draft = Step(
      number: lesson.steps.count + 1, folder: "", kind: kind, title: title, expectation: .allPass,
      hints: [], writes: [:], deletes: [], undoes: undoes)
    try refuseBreaches(
      of: draft, from: previous, to: current, in: lesson, doing: "record \(kind.withArticle) step")
    terminal.print("Running the tests to record what step \(draft.number) shows …")
    let run = try runTests(of: lesson)
    let outer = try outerStillRed(in: run, kind: kind, named: stillRed, carriedFrom: lesson)
    var manifest = try manifest(
      kind: kind, title: title, outcome: run.settingAside(outer), previous: previous,
      current: current)
    manifest.outerStillRed = outer.isEmpty ? nil : outer
    manifest.undoes = undoes.isEmpty ? nil : undoes
    manifest.hints = askForHints(unless: hints)
    let folder = String(format: "%02d-", draft.number) + Self.slug(title)
    let url = workspace.root.appendingPathComponent("\(lesson.lessonFolder)steps/\(folder)")
    try FileTree.write(try manifest.encoded(), to: url.appendingPathComponent("step.json"))
    for path in changed.sorted() {
      if let data = current.files[path] {
        try FileTree.write(data, to: url.appendingPathComponent(path))
      }
    }
    terminal.print(
      "Recorded \(lesson.lessonFolder)steps/\(folder) (\(kind), \(changed.count) file(s) changed).")
    if manifest.hints?.isEmpty != false {
      terminal.print(
        "Now write one to three hints into its step.json, from a nudge to nearly the answer: "
          + "verify requires them.")
    }
    return 0
  }

  /// The lesson being authored: the one named, the current one, or the only one with changes.
  private func lessonToRecord(_ name: String?) throws -> Lesson {
    if let name {
      return try workspace.lessons.lesson(named: name, allowingNoSteps: true)
    }
    if let current = try progress().lesson {
      return try workspace.lessons.lesson(named: current)
    }
    let lessons = try workspace.lessons.recordedEntries().map {
      try workspace.lessons.load($0, allowingNoSteps: true)
    }
    let changed = try lessons.filter { lesson in
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

  /// The manifest of a step of `kind` from `previous` to `current`, whose tests show `outcome`.
  ///
  /// - Parameter what: what the author asked for, for the refusal when `outcome` does not fit
  ///   the kind; "record a red step" unless given.
  func manifest(
    kind: StepKind, title: String, outcome: Outcome, previous: Snapshot, current: Snapshot,
    doing what: String? = nil
  ) throws -> StepManifest {
    let deleted = previous.files.keys.filter { current.files[$0] == nil }.sorted()
    var manifest = StepManifest(kind: kind, title: title, deleted: deleted.isEmpty ? nil : deleted)
    manifest.hints = []
    switch (kind, outcome) {
    case (.amber, .doesNotCompile(let errors)):
      manifest.diagnostic = errors.first?.message
    case (.red, .ran(_, let failures)) where !failures.isEmpty:
      manifest.failing = failures.map(\.test).sorted()
      manifest.message = Self.failureFragment(of: Self.sharedMessage(of: failures.map(\.message)))
    case (.break, .ran(_, let failures)):
      manifest.breaks = failures.sorted { $0.test < $1.test }.map {
        StillRedTest(test: $0.test, message: Self.failureFragment(of: $0.message))
      }
    case (.green, .ran(_, let failures)) where failures.isEmpty,
      (.refactor, .ran(_, let failures)) where failures.isEmpty:
      break
    default:
      throw WorkbookError.failure(
        "cannot \(what ?? "record \(kind.withArticle) step"): the tests are \(outcome.colour); "
          + Self.advice(recording: kind, seeing: outcome.colour))
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

  /// The part of a failure message that states the failure: a short message whole, and the
  /// start of a long one up to the last break between words before `limit` characters, so that
  /// a long literal in the message does not end up in `step.json`.
  static func failureFragment(of message: String, limit: Int = 80) -> String {
    guard message.count > limit else { return message }
    let head = message.prefix(limit)
    guard let cut = head.lastIndex(where: { " (,:".contains($0) }) else { return String(head) }
    return String(head[..<cut])
  }

  /// What to do when the tests show `colour` but a step of `kind` is to be recorded.
  static func advice(recording kind: StepKind, seeing colour: Colour) -> String {
    let wanted =
      switch kind {
      case .amber: "a compile error"
      case .red: "a failing test"
      case .green, .refactor: "every test passing"
      case .break: "tests that compile"
      }
    let fitting =
      switch colour {
      case .amber: "amber"
      case .red: "red"
      case .green: "green or refactor"
      }
    return "\(kind.withArticle) step needs \(wanted); see why with 'swift run workbook check', "
      + "then mend the change, or record it as \(fitting)"
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
