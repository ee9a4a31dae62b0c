// swift-tools-version: 6.1
import PackageDescription

/// The workbook tool, a package of its own so that `swift test` at the repository's root runs
/// the lessons' tests and nothing else. The root package names this one by path only so that
/// `swift run workbook` works from the root; the tool's own tests run with
/// `swift test --package-path Scripts`.
///
/// The tool is in layers, each a module that may use only the ones below it, so that the
/// compiler refuses a cycle (`Scripts/README.md` says what each holds).
let package = Package(
  name: "WorkbookTool",
  products: [
    .executable(name: "workbook", targets: ["workbook"])
  ],
  targets: [
    // Files, text, Swift source, lessons and their steps, the learner's progress, and running
    // a lesson's tests.
    .target(name: "WorkbookCore"),
    // The gates a lesson passes: verify, audit, mutate, and the lesson's history in git.
    .target(name: "WorkbookGates", dependencies: ["WorkbookCore"]),
    // The commands, parsed and carried out.
    .target(name: "WorkbookKit", dependencies: ["WorkbookCore", "WorkbookGates"]),
    // The thin command-line entry point.
    .executableTarget(name: "workbook", dependencies: ["WorkbookCore", "WorkbookKit"]),
    .testTarget(
      name: "WorkbookKitTests", dependencies: ["WorkbookCore", "WorkbookGates", "WorkbookKit"],
      // Golden files are read from the source tree by path, not bundled as resources.
      exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
