import Foundation
import WorkbookCore

extension Workbook {
  /// Creates the lesson `slug`: lists it in `Package.swift`, and writes its text's skeleton, an
  /// empty `steps/`, a placeholder kata file and a test folder, so that `record` can take its
  /// first step at once.
  func createLesson(_ slug: String, title: String) throws -> Int32 {
    let list = try workspace.lessons.lessonList()
    let number = slug.prefix(2)
    if let taken = list.slugs.first(where: { $0.hasPrefix("\(number)-") }) {
      throw WorkbookError.failure(
        "lesson \(number) is already \(taken) in Package.swift; choose another number, "
          + "or rename it with 'swift run workbook rename \(number) <NN-slug>'")
    }
    let entry = CurriculumEntry(listed: slug, text: nil)
    let lesson = Lesson(entry: entry, steps: [])
    for folder in [lesson.lessonFolder, lesson.kataFolder, lesson.testsFolder]
    where FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent(folder).path)
    {
      throw WorkbookError.failure(
        "\(folder) already exists; move it away, or list the lesson in Package.swift by hand")
    }
    let files = [
      "Package.swift": list.manifest(listing: list.slugs + [slug]),
      "\(lesson.lessonFolder)README.md": LessonSkeleton(lesson: lesson, title: title).text,
      "\(lesson.lessonFolder)steps/.gitkeep": "",
      "\(lesson.kataFolder)\(entry.kata).swift":
        "// The production code of lesson \(number), \(title). The first test asks for it.\n",
      "\(lesson.testsFolder)\(entry.kata)Tests.swift":
        "import \(entry.kata)\nimport Testing\n\n// The tests of lesson \(number), \(title).\n",
    ]
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      try FileTree.write(Data(text.utf8), to: workspace.root.appendingPathComponent(path))
    }
    terminal.print("Created lesson \(slug), \"\(title)\", and listed it in Package.swift:")
    terminal.print("  \(lesson.lessonFolder)README.md   the lesson text, to fill in")
    terminal.print("  \(lesson.kataFolder)   the production code, a placeholder")
    terminal.print("  \(lesson.testsFolder)   the tests")
    terminal.print("Write the first failing test, then record it:")
    terminal.print("  swift run workbook record amber \"<title>\" --lesson \(number)")
    return 0
  }
}
