extension String {
  /// The string padded with spaces to `width` characters; a longer string is left as it is.
  func padded(to width: Int) -> String {
    padding(toLength: Swift.max(width, count), withPad: " ", startingAt: 0)
  }
}
