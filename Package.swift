// swift-tools-version: 6.1
import PackageDescription

/// The lessons of the workbook, in order, named by their folder in `Lessons/`.
///
/// Each lesson gets a kata target in `Katas/` and a test target in `Tests/`, named from its
/// slug: `01-red-green-refactor` becomes `Lesson01RedGreenRefactor` and
/// `Lesson01RedGreenRefactorTests`.
let lessons = [
  "01-red-green-refactor",
  "02-baby-steps",
  "03-first-tests",
  "04-chicago-school",
  "05-london-school",
  "06-schools-compared",
  "07-atdd-double-loop",
  "08-strict-tdd",
]

/// The module name of a lesson's kata, built from its slug.
func kataName(_ slug: String) -> String {
  let words = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
  return "Lesson" + words.joined()
}

let lessonTargets: [Target] = lessons.flatMap { slug -> [Target] in
  let kata = kataName(slug)
  return [
    .target(name: kata, path: "Katas/\(kata)"),
    .testTarget(
      name: "\(kata)Tests", dependencies: [.target(name: kata)], path: "Tests/\(kata)Tests"),
  ]
}

let package = Package(
  name: "TDDWorkbook",
  // The workbook tool lives in a package of its own in `Scripts/`. It is named here only so that
  // `swift run workbook` works from this folder; `swift test` here builds and runs the lessons.
  dependencies: [.package(path: "Scripts")],
  targets: lessonTargets,
  swiftLanguageModes: [.v6]
)
