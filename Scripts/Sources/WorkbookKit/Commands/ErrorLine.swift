/// The one line an error is reported in.
enum ErrorLine {
  /// The longest word an error line shows whole; a longer one, such as an argument pasted by
  /// mistake, is cut short so that the line stays readable.
  static let longestWord = 200

  /// `message` with each word longer than `longestWord` cut to its start, an ellipsis and its
  /// length, such as `'xxxx…' (100000 characters)`.
  static func shortened(_ message: String) -> String {
    message.split(separator: " ", omittingEmptySubsequences: false).map { word in
      guard word.count > longestWord else { return String(word) }
      return "\(word.prefix(60))… (\(word.count) characters)"
    }.joined(separator: " ")
  }
}
