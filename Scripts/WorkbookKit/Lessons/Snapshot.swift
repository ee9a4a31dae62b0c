import Foundation

/// The files of a lesson at one moment, keyed by their path relative to the repository root.
public struct Snapshot: Equatable, Sendable {
  /// File contents by repository-relative path, such as `Katas/Lesson01RedGreenRefactor/Cache.swift`.
  public var files: [String: Data]

  /// Creates a snapshot holding `files`.
  public init(files: [String: Data] = [:]) {
    self.files = files
  }

  /// The paths that were added, removed or changed between `other` and this snapshot.
  public func changedPaths(since other: Snapshot) -> Set<String> {
    let allPaths = Set(files.keys).union(other.files.keys)
    return allPaths.filter { files[$0] != other.files[$0] }
  }
}
