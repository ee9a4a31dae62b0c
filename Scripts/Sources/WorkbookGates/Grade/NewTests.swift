import WorkbookCore

/// The tests a learner added to those a step gave them, found by reading the test files.
public enum NewTests {
  /// The tests, named `Suite/function()`, that `files` declare and `given` does not.
  public static func names(in files: Snapshot, given: Snapshot) -> [String] {
    let known = Set(declared(in: given))
    return declared(in: files).filter { !known.contains($0) }
  }

  /// Every test that the Swift files of `snapshot` declare, in file and source order.
  public static func declared(in snapshot: Snapshot) -> [String] {
    let swift = snapshot.filtered { $0.hasSuffix(".swift") }.texts
    return TestSourceScan(files: swift).tests.map(\.name)
  }
}
