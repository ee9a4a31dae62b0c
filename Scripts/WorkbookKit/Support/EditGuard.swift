import Foundation

/// Makes sure SwiftPM rebuilds every lesson file that changed since the workbook last ran its tests.
///
/// SwiftPM misses an edit saved within the same second as a build started, and then keeps
/// missing it. The guard remembers a fingerprint of each file from the last run; a file whose
/// contents changed since then gets a fresh modification time, which SwiftPM cannot miss.
struct EditGuard {
  let workspace: Workspace

  /// Re-stamps the lesson's files that changed since the last call, and remembers them all.
  func prepare(_ lesson: Lesson) throws {
    let current = try workspace.currentFiles(of: lesson)
    let record = workspace.stateFolder.appendingPathComponent("fingerprints.json")
    let seen =
      (try? JSONDecoder().decode(
        [String: UInt64].self, from: Data(contentsOf: record))) ?? [:]
    var fingerprints: [String: UInt64] = [:]
    for (path, data) in current.files {
      fingerprints[path] = Self.fingerprint(data)
      if let previous = seen[path], previous != fingerprints[path] {
        try FileTree.touch(workspace.root.appendingPathComponent(path))
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    try FileTree.write(try encoder.encode(fingerprints), to: record)
  }

  /// A 64-bit FNV-1a hash: stable from run to run, unlike `Hasher`.
  static func fingerprint(_ data: Data) -> UInt64 {
    data.reduce(0xcbf2_9ce4_8422_2325) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  }
}
