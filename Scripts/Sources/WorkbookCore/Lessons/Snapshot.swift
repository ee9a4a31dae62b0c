import Foundation

/// The files of a lesson at one moment, keyed by their path relative to the repository root.
public struct Snapshot: Equatable, Sendable {
  /// File contents by repository-relative path, such as `Katas/Lesson01RedGreenRefactor/Cache.swift`.
  public var files: [String: Data]

  /// Creates a snapshot holding `files`.
  public init(files: [String: Data] = [:]) {
    self.files = files
  }

  /// The snapshot with only the files whose path is included.
  public func filtered(_ isIncluded: (String) -> Bool) -> Snapshot {
    Snapshot(files: files.filter { isIncluded($0.key) })
  }

  /// The text of the file at `path`, or nil when there is no such file.
  public func text(at path: String) -> String? {
    files[path].map { String(decoding: $0, as: UTF8.self) }
  }

  /// Every file's text, by path.
  public var texts: [String: String] {
    files.mapValues { String(decoding: $0, as: UTF8.self) }
  }

  /// This snapshot with the files of `other` added, replacing any at the same path.
  public func merging(_ other: Snapshot) -> Snapshot {
    Snapshot(files: files.merging(other.files) { $1 })
  }

  /// The paths that were added, removed or changed between `other` and this snapshot.
  public func changedPaths(since other: Snapshot) -> Set<String> {
    let allPaths = Set(files.keys).union(other.files.keys)
    return allPaths.filter { files[$0] != other.files[$0] }
  }
}

extension Snapshot {
  /// A short fingerprint of the files under `folder`: equal files give equal fingerprints, on
  /// every run and machine (64-bit FNV-1a over each path and its contents, in path order).
  public func fingerprint(under folder: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for path in files.keys.filter({ $0.hasPrefix(folder) }).sorted() {
      for byte in Array(path.utf8) + [0] + Array(files[path] ?? Data()) + [0] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16)
  }
}
