import Foundation

/// Reads lessons and their steps from `Lessons/` and checks that every step is well formed.
public struct LessonLoader: Sendable {
  /// The repository root.
  public let root: URL

  /// Creates a loader for the repository at `root`.
  public init(root: URL) {
    self.root = root
  }

  /// The lessons of `Package.swift`'s list, in its order, whether they have steps yet or not.
  ///
  /// - Throws: `WorkbookError.failure` when `Package.swift` cannot be read or has no list.
  public func recordedEntries() throws -> [CurriculumEntry] {
    try lessonList().slugs.map { slug in
      CurriculumEntry(listed: slug, text: text(at: "Lessons/\(slug)/README.md"))
    }
  }

  /// The folders in `Lessons/` that `Package.swift` does not list, by name.
  public func unlistedFolders() throws -> [String] {
    let listed = Set(try lessonList().slugs)
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? []
    return folders.filter { name in
      var isFolder: ObjCBool = false
      let path = lessonsFolder.appendingPathComponent(name).path
      return !name.hasPrefix(".") && !listed.contains(name)
        && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  /// Finds a lesson by number (`1`, `01`) or slug (`01-red-green-refactor`, `red-green-refactor`)
  /// and loads it.
  ///
  /// - Parameter allowingNoSteps: whether a lesson without steps yet, as `new` leaves it, loads
  ///   as a lesson with none instead of failing.
  public func lesson(named name: String, allowingNoSteps: Bool = false) throws -> Lesson {
    let recorded = try recordedEntries()
    guard let entry = recorded.first(where: { $0.isNamed(name) }) else {
      if let folder = try unlistedFolders().first(where: {
        CurriculumEntry(listed: $0, text: nil).isNamed(name)
      }) {
        throw WorkbookError.failure(Self.unlisted(folder))
      }
      if let planned = Curriculum.entries.first(where: { $0.isNamed(name) }) {
        throw WorkbookError.failure(
          "lesson \(planned.slug) is planned but not written yet; start it with "
            + "'swift run workbook new \(planned.slug) \"\(planned.title)\"'; "
            + "recorded lessons: \(list(recorded))")
      }
      throw WorkbookError.usage("unknown lesson '\(name)'; recorded lessons: \(list(recorded))")
    }
    return try load(entry, allowingNoSteps: allowingNoSteps)
  }

  /// Why a folder of `Lessons/` that `Package.swift` does not list is an error.
  public static func unlisted(_ folder: String) -> String {
    "Lessons/\(folder) is not in the lessons of Package.swift, so neither swift test nor "
      + "verify sees it; add \"\(folder)\" to the list, or rename the folder to a listed lesson"
  }

  /// Loads every listed lesson that has steps, in the list's order.
  ///
  /// A lesson that `new` created and that has no steps yet is left out: there is nothing in it
  /// to teach, audit or replay. `verify` does not use this list, and reports such a lesson.
  public func allLessons() throws -> [Lesson] {
    try recordedEntries().compactMap { entry in
      let lesson = try load(entry, allowingNoSteps: true)
      return lesson.steps.isEmpty ? nil : lesson
    }
  }

  /// Loads the lesson of `entry` with all its steps.
  ///
  /// Every problem of its steps is reported at once, one a line.
  ///
  /// - Parameter allowingNoSteps: whether a lesson without steps loads instead of failing.
  public func load(_ entry: CurriculumEntry, allowingNoSteps: Bool = false) throws -> Lesson {
    guard FileManager.default.fileExists(atPath: stepsFolder(of: entry).path) else {
      throw WorkbookError.failure(
        "Package.swift lists \(entry.slug), but there is no \(stepsPath(entry)); create the "
          + "lesson with 'swift run workbook new \(entry.slug) \"\(entry.title)\"'")
    }
    var problems: [String] = []
    let folders = try stepFolders(of: entry, problems: &problems)
    guard !folders.isEmpty || allowingNoSteps || !problems.isEmpty else {
      throw WorkbookError.failure(
        "lesson \(entry.slug) has no steps yet in \(stepsPath(entry)); record its first with "
          + "'swift run workbook record amber \"<title>\" --lesson \(entry.slug.prefix(2))'")
    }
    var steps: [Step] = []
    for (index, folder) in folders.enumerated() {
      do {
        steps.append(try loadStep(number: index + 1, folder: folder, entry: entry))
      } catch let error as WorkbookError {
        problems.append(error.message)
      }
    }
    guard problems.isEmpty else {
      throw WorkbookError.failure(problems.joined(separator: "\n"))
    }
    return Lesson(entry: entry, steps: steps, rules: try rules(of: entry))
  }

  /// The rules the lesson's `lesson.json` declares, or the standard rules when it has none.
  private func rules(of entry: CurriculumEntry) throws -> LessonRules {
    let path = "Lessons/\(entry.slug)/\(LessonRules.fileName)"
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
    else { return .standard }
    do {
      return try JSONDecoder().decode(LessonSettings.self, from: data).rules
    } catch {
      let known = LessonRules.allCases.map(\.rawValue).joined(separator: ", ")
      throw WorkbookError.failure(
        "\(path) is malformed: \(describe(error)); it holds {\"rules\": <one of \(known)>}")
    }
  }

  /// The list of lessons in the root `Package.swift`.
  public func lessonList() throws -> LessonList {
    guard let manifest = text(at: "Package.swift") else {
      throw WorkbookError.failure("there is no Package.swift in \(root.path)")
    }
    return try LessonList(manifest: manifest)
  }

  private var lessonsFolder: URL { root.appendingPathComponent("Lessons") }

  private func text(at path: String) -> String? {
    FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  private func list(_ entries: [CurriculumEntry]) -> String {
    entries.isEmpty ? "none" : entries.map(\.slug).joined(separator: ", ")
  }

  private func stepsFolder(of entry: CurriculumEntry) -> URL {
    root.appendingPathComponent(stepsPath(entry))
  }

  private func stepsPath(_ entry: CurriculumEntry) -> String {
    "Lessons/\(entry.slug)/steps"
  }

  /// The step folders in order; each one not numbered 01, 02, … without gaps adds a problem.
  private func stepFolders(of entry: CurriculumEntry, problems: inout [String]) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: stepsFolder(of: entry).path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
    for (index, name) in names.enumerated() {
      let expected = String(format: "%02d-", index + 1)
      if !name.hasPrefix(expected) || name.count == expected.count {
        problems.append(
          "\(stepsPath(entry))/\(name): step folders must be numbered in order from 01 "
            + "(expected a name starting with '\(expected)')")
      }
    }
    return names
  }

  private func loadStep(number: Int, folder: String, entry: CurriculumEntry) throws -> Step {
    let folderPath = "\(stepsPath(entry))/\(folder)"
    let folderURL = root.appendingPathComponent(folderPath)
    let manifest = try readManifest(at: folderURL, shownAs: folderPath)
    let expectation: Expectation
    switch manifest.expectation() {
    case .success(let value): expectation = value
    case .failure(let problem):
      throw WorkbookError.failure("\(folderPath)/step.json: \(problem.reason)")
    }
    if let later = manifest.undoes?.first(where: { !(1..<number).contains($0) }) {
      throw WorkbookError.failure(
        "\(folderPath)/step.json: \"undoes\" names step \(later), which is not a step before it")
    }
    let lesson = Lesson(entry: entry, steps: [])
    let writes = try FileTree.read(folderURL, excluding: ["step.json"], shownAs: folderPath)
    let deletes = manifest.deleted ?? []
    if let unbuildable = writes.keys.sorted().first(where: { !SafePath.isBuildable($0) }) {
      throw WorkbookError.failure(
        "\(folderPath): '\(SafePath.shown(unbuildable))' has a newline, a tab or another "
          + "control character in its name, which the build cannot carry; rename it")
    }
    for path in Array(writes.keys) + deletes where !isSafe(path, in: lesson) {
      throw WorkbookError.failure(
        "\(folderPath): '\(path)' is outside the lesson's folders "
          + "\(lesson.kataFolder) and \(lesson.testsFolder)")
    }
    let step = Step(
      number: number, folder: folder, kind: manifest.kind, title: manifest.title,
      expectation: expectation, hints: manifest.hints ?? [], writes: writes, deletes: deletes,
      undoes: manifest.undoes ?? [], learnerWrites: manifest.learnerWrites,
      outerStillRed: manifest.outerStillRed ?? [])
    if step.isLearnerWritten, number == 1 {
      throw WorkbookError.failure(
        "\(folderPath)/step.json: step 1 is the starting point, which start puts in place, so "
          + "its test cannot be the learner's to write")
    }
    if step.isLearnerWritten, step.testFiles(of: lesson).isEmpty {
      throw WorkbookError.failure(
        "\(folderPath)/step.json: a step the learner writes must write a test file, "
          + "which is where the learner's test goes")
    }
    return step
  }

  private func readManifest(at folder: URL, shownAs folderPath: String) throws -> StepManifest {
    let url = folder.appendingPathComponent("step.json")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw WorkbookError.failure("\(folderPath): missing step.json")
    }
    let manifest: StepManifest
    do {
      manifest = try JSONDecoder().decode(StepManifest.self, from: data)
    } catch {
      throw WorkbookError.failure("\(folderPath)/step.json is malformed: \(describe(error))")
    }
    let keys = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?.keys ?? [:].keys
    if let unknown = keys.filter({ !StepManifest.keys.contains($0) }).sorted().first {
      let known = StepManifest.keys.joined(separator: ", ")
      throw WorkbookError.failure(
        "\(folderPath)/step.json is malformed: unknown key \"\(unknown)\"; keys are \(known)")
    }
    return manifest
  }

  private func isSafe(_ path: String, in lesson: Lesson) -> Bool {
    let components = path.split(separator: "/")
    return lesson.isStepPath(path) && !components.contains("..") && !components.contains(".")
  }
}

/// A short, one-line account of a decoding error.
public func describe(_ error: Error) -> String {
  switch error {
  case DecodingError.dataCorrupted(let context):
    let reason = context.underlyingError?.localizedDescription ?? context.debugDescription
    return reason.hasSuffix(".") ? String(reason.dropLast()) : reason
  case DecodingError.keyNotFound(let key, _):
    return "missing key \"\(key.stringValue)\""
  case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
    let path = context.codingPath.map(\.stringValue).joined(separator: ".")
    return "wrong type at \"\(path)\""
  default:
    return "\(error)"
  }
}
