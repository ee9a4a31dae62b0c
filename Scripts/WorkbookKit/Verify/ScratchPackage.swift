import Foundation

/// A package that holds one lesson's two targets, at a fixed path so its build folder stays warm.
///
/// A build folder cannot be copied to another path, so `verify` keeps one scratch package per
/// lesson and only rewrites the files that change from step to step.
struct ScratchPackage {
  /// The scratch package's folder.
  let folder: URL
  /// The lesson it builds.
  let lesson: Lesson

  /// Creates the package's manifest if needed, and makes its lesson files equal to `snapshot`.
  func update(to snapshot: Snapshot) throws {
    try FileTree.write(Data(manifest.utf8), to: folder.appendingPathComponent("Package.swift"))
    try replaceLessonFiles(with: snapshot)
  }

  /// Makes the lesson's files in the folder equal to `snapshot`, writing only what changed.
  func replaceLessonFiles(with snapshot: Snapshot) throws {
    var current: [String: Data] = [:]
    for prefix in [lesson.kataFolder, lesson.testsFolder] {
      for (path, data) in try FileTree.read(folder.appendingPathComponent(prefix)) {
        current[prefix + path] = data
      }
    }
    for path in current.keys where snapshot.files[path] == nil {
      try FileTree.remove(folder.appendingPathComponent(path), upTo: folder)
    }
    for (path, data) in snapshot.files {
      try FileTree.write(data, to: folder.appendingPathComponent(path))
    }
  }

  private var manifest: String {
    let kata = lesson.entry.kata
    return """
      // swift-tools-version: 6.0
      // Written by `workbook verify`: one lesson of the TDD Workbook, replayed step by step.
      import PackageDescription

      let package = Package(
        name: "WorkbookScratch",
        targets: [
          .target(name: "\(kata)", path: "Katas/\(kata)"),
          .testTarget(
            name: "\(kata)Tests", dependencies: ["\(kata)"], path: "Tests/\(kata)Tests"),
        ],
        swiftLanguageModes: [.v6]
      )

      """
  }
}
