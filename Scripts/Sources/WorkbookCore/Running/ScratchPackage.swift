import Foundation

/// A package that holds one lesson's two targets, at a fixed path so its build folder stays warm.
///
/// A build folder cannot be copied to another path, so each command that runs tests (`check`,
/// `verify`, `audit`, `mutate`) keeps one scratch package per lesson, under
/// `.build/workbook/<command>/<lesson>`, and only rewrites the files that change between runs.
///
/// Two traps of SwiftPM's incremental builds shape how it writes:
/// - SwiftPM misses an edit made within the same second as the build before it started, and then
///   keeps missing it. So the package remembers when its last build started, and waits for the
///   next second before it writes anything.
/// - When the production code loses a declaration that the tests use, SwiftPM does not always
///   compile the unchanged tests again, and the link fails instead of the compiler. So whenever
///   production code changes outside the bodies of its functions, the tests get a fresh
///   modification time too. A change inside a body, the learner's usual edit, leaves them be:
///   the tests cannot see it, and compiling them again would slow every run.
public struct ScratchPackage: Sendable {
  /// The scratch package's folder.
  public let folder: URL
  /// The lesson it builds.
  public let lesson: Lesson
  /// The clock it waits on.
  public var pacer = Pacer.realTime

  /// A scratch package in `folder` that builds `lesson`, waiting on `pacer`.
  public init(folder: URL, lesson: Lesson, pacer: Pacer = .realTime) {
    self.folder = folder
    self.lesson = lesson
    self.pacer = pacer
  }

  /// The scratch package that `command` keeps for `lesson` in `workspace`:
  /// `.build/workbook/<command>/<lesson>`.
  public static func of(
    _ command: String, for lesson: Lesson, in workspace: Workspace, pacer: Pacer
  ) -> ScratchPackage {
    ScratchPackage(
      folder: workspace.root.appendingPathComponent(
        ".build/workbook/\(command)/\(lesson.entry.slug)"),
      lesson: lesson, pacer: pacer)
  }

  /// Creates the package's manifest if needed, and makes its lesson files equal to `snapshot`.
  public func update(to snapshot: Snapshot) throws {
    let folders = [lesson.kataFolder, lesson.testsFolder]
    let manifestURL = folder.appendingPathComponent("Package.swift")
    let manifestData = Data(manifest.utf8)
    let current = Snapshot(files: try FileTree.read(folder, under: folders))
    let changed = snapshot.changedPaths(since: current)
    let manifestChanged = FileManager.default.contents(atPath: manifestURL.path) != manifestData
    guard !changed.isEmpty || manifestChanged else { return }
    waitForTheSecondAfterTheLastBuild()
    try FileTree.write(manifestData, to: manifestURL)
    try FileTree.replace(under: folders, in: folder, with: snapshot.files)
    if changed.contains(where: { path in
      lesson.isProductionPath(path)
        && Self.outline(of: current.files[path]) != Self.outline(of: snapshot.files[path])
    }) {
      for path in snapshot.files.keys.filter(lesson.isTestPath) where !changed.contains(path) {
        try FileManager.default.setAttributes(
          [.modificationDate: pacer.now()], ofItemAtPath: folder.appendingPathComponent(path).path)
      }
    }
  }

  /// Runs the lesson's tests in the package with `runner`, building it first unless `building`
  /// is false; notes when a build started.
  public func runTests(with runner: any TestRunner, building: Bool = true) throws -> TestRun {
    if building {
      try FileTree.write(Data("\(pacer.now().timeIntervalSince1970)".utf8), to: buildStartFile)
    }
    return try runner.run(lesson, in: folder, building: building)
  }

  /// The declarations of a file the tests might use, or nil when there is no such file.
  private static func outline(of file: Data?) -> [String]? {
    file.map { DeclarationOutline.of(String(decoding: $0, as: UTF8.self)) }
  }

  /// Where the start time of the last build is kept, outside the lesson's folders.
  private var buildStartFile: URL { folder.appendingPathComponent(".build-started") }

  private func waitForTheSecondAfterTheLastBuild() {
    guard let data = FileManager.default.contents(atPath: buildStartFile.path),
      let started = TimeInterval(String(decoding: data, as: UTF8.self))
    else { return }
    let safe = started.rounded(.down) + 1.01
    let remaining = safe - pacer.now().timeIntervalSince1970
    if remaining > 0 {
      pacer.wait(remaining)
    }
  }

  private var manifest: String {
    let kata = lesson.entry.kata
    return """
      // swift-tools-version: 6.0
      // Written by the workbook tool: one lesson of the TDD Workbook, in a package of its own.
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
