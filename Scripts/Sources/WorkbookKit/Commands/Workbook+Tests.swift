import WorkbookCore

extension Workbook {
  /// Notes whether the learner wants every test handed out, even those a lesson leaves to them.
  func handOutEveryTest(_ handedOut: Bool) throws -> Int32 {
    var progress = try progress()
    progress.handsOutEveryTest = handedOut
    try progress.save(to: workspace)
    if handedOut {
      terminal.print(
        "From now on, next hands you every test, even at the steps a lesson leaves to you.")
      if progress.writesOwnTest {
        terminal.print(
          "This step's test is still yours; 'swift run workbook restore' brings in the reference's."
        )
      }
    } else {
      terminal.print(
        "From now on, you write the tests a lesson leaves to you; next says which, and where.")
    }
    return 0
  }
}
