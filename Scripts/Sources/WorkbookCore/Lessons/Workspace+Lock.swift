import Foundation

extension Workspace {
  /// Takes the clone's lock, so that no other command reads or changes the lessons' files or
  /// the learner's progress until it is released, waiting up to `patience` seconds for a
  /// command that holds it.
  ///
  /// - Parameters:
  ///   - command: the name of the command that asks, which a waiting command is shown.
  ///   - onWait: called once, with the holder, when waiting begins.
  ///   - shouldStop: asked while waiting; true stops the wait with `WorkbookError.interrupted`.
  /// - Throws: `WorkbookError.failure` naming the holder when it still holds the lock after
  ///   `patience`, or when `.workbook` cannot hold the lock file.
  public func lock(
    for command: String, patience: TimeInterval, onWait: (String) -> Void = { _ in },
    shouldStop: () -> Bool = { Interrupt.wasPressed }
  ) throws -> WorkspaceLock {
    try prepareStateFolder()
    do {
      return try WorkspaceLock.acquire(
        stateFolder.appendingPathComponent("lock"), for: command, patience: patience,
        onWait: onWait, shouldStop: shouldStop)
    } catch let held as WorkspaceLock.Held {
      throw WorkbookError.failure(
        "another workbook command, \(held.holder), is working on this clone; let it end, or "
          + "stop it with Ctrl-C, then run '\(command)' again")
    }
  }

  /// Makes `.workbook/` if it is missing.
  ///
  /// - Throws: `WorkbookError.failure`, saying what to do, when `.workbook` is a file or a
  ///   symbolic link, because the workbook never writes through one.
  func prepareStateFolder() throws {
    let shown = ".workbook"
    try SafePath.refuseLink(at: stateFolder, shownAs: shown)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: stateFolder.path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw WorkbookError.failure(
          "\(shown) is a file, but the workbook keeps your progress and saved work in a folder "
            + "of that name; move the file away (mv .workbook .workbook.old), then run this again")
      }
      return
    }
    try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
  }
}
