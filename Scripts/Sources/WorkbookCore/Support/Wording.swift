import Foundation

extension String {
  /// The string padded with spaces to `width` characters; a longer string is left as it is.
  public func padded(to width: Int) -> String {
    padding(toLength: Swift.max(width, count), withPad: " ", startingAt: 0)
  }
}

/// `count` and `noun`, in the plural unless the count is one: "1 file", "2 files".
public func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// A number of seconds, rounded to whole ones: "20 s".
public func wholeSeconds(_ seconds: TimeInterval) -> String {
  "\(Int(seconds.rounded())) s"
}
