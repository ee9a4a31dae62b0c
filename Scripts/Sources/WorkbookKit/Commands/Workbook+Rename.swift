import Foundation
import WorkbookCore

extension Workbook {
  /// Gives a lesson a new slug everywhere: its folders and those in its steps, its entry in
  /// `Package.swift`, its module names in every file, and the paths and commands in its text.
  func rename(_ name: String, to slug: String) throws -> Int32 {
    let lesson = try workspace.lessons.lesson(named: name, allowingNoSteps: true)
    let list = try workspace.lessons.lessonList()
    guard LessonList.isWellFormed(slug) else {
      throw WorkbookError.usage(
        "a lesson's slug is two digits and lower-case words joined by dashes, "
          + "such as 02-baby-steps, not '\(slug)'")
    }
    if let taken = list.slugs.first(where: {
      $0 != lesson.entry.slug && $0.prefix(3) == slug.prefix(3)
    }) {
      throw WorkbookError.failure("lesson \(slug.prefix(2)) is already \(taken) in Package.swift")
    }
    let rename = LessonRename(
      from: lesson.entry,
      to: CurriculumEntry(listed: slug, text: nil))
    let renamed = Lesson(entry: rename.new, steps: [])
    let moves = try folderMoves(of: lesson, to: renamed)
    for (_, target) in moves where FileManager.default.fileExists(atPath: target.path) {
      throw WorkbookError.failure(
        "\(target.path.dropFirst(workspace.root.path.count + 1)) already exists; move it away first"
      )
    }
    for (source, target) in moves {
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.moveItem(at: source, to: target)
    }
    let moduleFolders = ([""] + lesson.steps.map { "\(renamed.lessonFolder)steps/\($0.folder)/" })
      .flatMap { [$0 + renamed.kataFolder, $0 + renamed.testsFolder] }
      .map { workspace.root.appendingPathComponent($0) }
    let renamedFiles = try renameFiles(in: moduleFolders, with: rename)
    try FileTree.write(
      Data(list.manifest(listing: list.slugs.map { $0 == lesson.entry.slug ? slug : $0 }).utf8),
      to: workspace.root.appendingPathComponent("Package.swift"))
    var rewritten = 0
    for folder in [renamed.lessonFolder, renamed.kataFolder, renamed.testsFolder, "README.md"] {
      rewritten += try rewriteFiles(under: folder, with: rename)
    }
    var progress = try progress()
    if progress.lesson == lesson.entry.slug {
      progress.leave()
      try progress.save(to: workspace)
    }
    terminal.print(
      "Renamed lesson \(lesson.entry.slug) to \(slug): moved \(counted(moves.count, "folder")) "
        + "and \(counted(renamedFiles, "file")) named after its module, rewrote "
        + "\(counted(rewritten, "file")) and Package.swift.")
    guard !lesson.steps.isEmpty else { return 0 }
    return try verify(slug, rendering: true)
  }

  /// The folders that move: the lesson's own three, and the kata and test folders of each step.
  private func folderMoves(of lesson: Lesson, to renamed: Lesson) throws -> [(URL, URL)] {
    let root = workspace.root
    var moves: [(String, String)] = []
    for step in lesson.steps {
      let folder = "\(lesson.lessonFolder)steps/\(step.folder)/"
      for (old, new) in [
        (lesson.kataFolder, renamed.kataFolder), (lesson.testsFolder, renamed.testsFolder),
      ]
      where FileManager.default.fileExists(atPath: root.appendingPathComponent(folder + old).path) {
        moves.append((folder + old, folder + new))
      }
    }
    moves += [
      (lesson.lessonFolder, renamed.lessonFolder), (lesson.kataFolder, renamed.kataFolder),
      (lesson.testsFolder, renamed.testsFolder),
    ]
    return moves.map { (root.appendingPathComponent($0.0), root.appendingPathComponent($0.1)) }
  }

  /// Renames each file in `folders` whose name starts with the lesson's old module name, such
  /// as the `Lesson02Old.swift` that `new` wrote, and returns how many it renamed.
  private func renameFiles(in folders: [URL], with rename: LessonRename) throws -> Int {
    var count = 0
    for folder in folders {
      for path in try FileTree.read(folder).keys {
        let url = folder.appendingPathComponent(path)
        let name = rename.rewritten(url.lastPathComponent)
        guard name != url.lastPathComponent else { continue }
        try FileManager.default.moveItem(
          at: url, to: url.deletingLastPathComponent().appendingPathComponent(name))
        count += 1
      }
    }
    return count
  }

  /// Rewrites the text of each file at or under the repository-relative `path` that names the
  /// lesson's old names, and returns how many it rewrote.
  private func rewriteFiles(under path: String, with rename: LessonRename) throws -> Int {
    let url = workspace.root.appendingPathComponent(path)
    let files =
      path.hasSuffix("/")
      ? try FileTree.read(url).map { (url.appendingPathComponent($0.key), $0.value) }
      : FileManager.default.contents(atPath: url.path).map { [(url, $0)] } ?? []
    var count = 0
    for (file, data) in files {
      let text = String(decoding: data, as: UTF8.self)
      let new = rename.rewritten(text)
      if new != text, try FileTree.write(Data(new.utf8), to: file) {
        count += 1
      }
    }
    return count
  }
}
