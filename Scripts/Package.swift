// swift-tools-version: 6.0
import PackageDescription

/// The workbook tool, a package of its own so that `swift test` at the repository's root runs
/// the lessons' tests and nothing else. The root package names this one by path only so that
/// `swift run workbook` works from the root; the tool's own tests run with
/// `swift test --package-path Scripts`.
let package = Package(
  name: "WorkbookTool",
  products: [
    .executable(name: "workbook", targets: ["workbook"])
  ],
  targets: [
    // The library that does the work, tested directly.
    .target(name: "WorkbookKit"),
    // The thin command-line entry point.
    .executableTarget(name: "workbook", dependencies: ["WorkbookKit"]),
    .testTarget(name: "WorkbookKitTests", dependencies: ["WorkbookKit"]),
  ],
  swiftLanguageModes: [.v6]
)
