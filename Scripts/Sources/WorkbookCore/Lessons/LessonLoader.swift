import Foundation

/// Reads lessons and their steps from `Lessons/` and checks that every step is well formed.
public struct LessonLoader: Sendable {
  /// The repository root.
  public let root: URL

  /// Creates a loader for the repository at `root`.
  public init(root: URL) {
    self.root = root
  }

  /// The curriculum entries whose lesson has been recorded in `Lessons/`.
  public func recordedEntries() -> [CurriculumEntry] {
    Curriculum.entries.filter { entry in
      FileManager.default.fileExists(atPath: stepsFolder(of: entry).path)
    }
  }

  /// Finds a lesson by number (`1`, `01`) or slug (`01-red-green-refactor`, `red-green-refactor`)
  /// and loads it.
  public func lesson(named name: String) throws -> Lesson {
    let recorded = recordedEntries()
    guard let entry = recorded.first(where: { $0.isNamed(name) }) else {
      if let planned = Curriculum.entries.first(where: { $0.isNamed(name) }) {
        throw WorkbookError.failure(
          "lesson \(planned.slug) is planned but not written yet; "
            + "recorded lessons: \(list(recorded))")
      }
      throw WorkbookError.usage("unknown lesson '\(name)'; recorded lessons: \(list(recorded))")
    }
    return try load(entry)
  }

  /// Loads every recorded lesson, in curriculum order.
  public func allLessons() throws -> [Lesson] {
    try recordedEntries().map(load)
  }

  /// Loads the lesson of `entry` with all its steps.
  public func load(_ entry: CurriculumEntry) throws -> Lesson {
    let folders = try stepFolders(of: entry)
    guard !folders.isEmpty else {
      throw WorkbookError.failure("lesson \(entry.slug) has no steps in \(stepsPath(entry))")
    }
    var steps: [Step] = []
    for (index, folder) in folders.enumerated() {
      steps.append(try loadStep(number: index + 1, folder: folder, entry: entry))
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

  private func list(_ entries: [CurriculumEntry]) -> String {
    entries.isEmpty ? "none" : entries.map(\.slug).joined(separator: ", ")
  }

  private func stepsFolder(of entry: CurriculumEntry) -> URL {
    root.appendingPathComponent(stepsPath(entry))
  }

  private func stepsPath(_ entry: CurriculumEntry) -> String {
    "Lessons/\(entry.slug)/steps"
  }

  /// The step folders in order, checked to be numbered 01, 02, … without gaps.
  private func stepFolders(of entry: CurriculumEntry) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: stepsFolder(of: entry).path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
    for (index, name) in names.enumerated() {
      let expected = String(format: "%02d-", index + 1)
      guard name.hasPrefix(expected), name.count > expected.count else {
        throw WorkbookError.failure(
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
    let lesson = Lesson(entry: entry, steps: [])
    let writes = try FileTree.read(folderURL, excluding: ["step.json"])
    let deletes = manifest.deleted ?? []
    for path in Array(writes.keys) + deletes where !isSafe(path, in: lesson) {
      throw WorkbookError.failure(
        "\(folderPath): '\(path)' is outside the lesson's folders "
          + "\(lesson.kataFolder) and \(lesson.testsFolder)")
    }
    return Step(
      number: number, folder: folder, kind: manifest.kind, title: manifest.title,
      expectation: expectation, hints: manifest.hints ?? [], writes: writes, deletes: deletes)
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
