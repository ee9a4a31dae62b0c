import WorkbookCore

/// The tests a learner added to those a step gave them, found by reading the test files.
public enum NewTests {
  /// The tests, named `Suite/function()`, that `files` declare and `given` does not.
  public static func names(in files: Snapshot, given: Snapshot) -> [String] {
    let known = Set(declared(in: given))
    return declared(in: files).filter { !known.contains($0) }
  }

  /// The source of each test, from its `@Test` to its closing brace, that `files` declare and
  /// `given` does not hold as it is, by path: the tests a learner wrote or rewrote.
  public static func sources(in files: Snapshot, given: Snapshot) -> [String: [String]] {
    let known = Set(scan(of: given).tests.map(\.source))
    let added = scan(of: files).tests.filter { !known.contains($0.source) }
    return Dictionary(grouping: added, by: \.file).mapValues { $0.map(\.source) }
  }

  /// Every test that the Swift files of `snapshot` declare, in file and source order.
  public static func declared(in snapshot: Snapshot) -> [String] {
    scan(of: snapshot).tests.map(\.name)
  }

  /// The tests and hazards of the Swift files of `snapshot`.
  private static func scan(of snapshot: Snapshot) -> TestSourceScan {
    TestSourceScan(files: snapshot.filtered { $0.hasSuffix(".swift") }.texts)
  }
}
