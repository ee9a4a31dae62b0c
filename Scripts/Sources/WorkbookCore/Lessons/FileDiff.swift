/// The change to one file, labelled as git labels it: `a/PATH` and `b/PATH`, with `/dev/null`
/// on the side where the file does not exist.
public struct FileDiff {
  /// The file's path, relative to the repository root.
  let path: String
  /// The file's text before the change, or nil when the change creates it.
  public let old: String?
  /// The file's text after the change, or nil when the change deletes it.
  public let new: String?
  /// The names of the two sides in the labels, `a` and `b` unless told otherwise.
  let sides: (old: String, new: String)

  /// The change to the file at `path` from `before` to `after`.
  public init(
    path: String, from before: Snapshot, to after: Snapshot,
    sides: (old: String, new: String) = ("a", "b")
  ) {
    self.init(path: path, old: before.text(at: path), new: after.text(at: path), sides: sides)
  }

  /// The change to the file at `path` from `old` to `new`.
  public init(
    path: String, old: String?, new: String?, sides: (old: String, new: String) = ("a", "b")
  ) {
    self.path = path
    self.old = old
    self.new = new
    self.sides = sides
  }

  /// The line-by-line difference.
  public var textDiff: TextDiff { TextDiff(old: old ?? "", new: new ?? "") }

  /// The unified diff, or "" when the texts are the same.
  public var unified: String {
    textDiff.unified(
      oldLabel: old == nil ? "/dev/null" : "\(sides.old)/\(path)",
      newLabel: new == nil ? "/dev/null" : "\(sides.new)/\(path)")
  }
}
