/// The tests of a step with other example values: every digit inside a plain string literal
/// moves by five (`"key-1"` becomes `"key-6"`), consistently, so that distinct examples stay
/// distinct.
///
/// Code that really does what the tests describe passes the varied tests as well. Code that
/// answers only the examples it has seen, such as `key == "key-1" ? a : b`, fails them: the
/// hallmark of a special case where Beck's Triangulation wanted a general rule.
public enum ExampleVariation {
  /// `source` with its examples varied, or nil when it has no digit in a plain string literal.
  public static func varied(_ source: String) -> String? {
    var bytes = Array(source.utf8)
    var changed = false
    for token in SwiftLexer.tokens(of: source)
    where token.kind == .string && token.interpolations.isEmpty {
      for index in token.range where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
      {
        bytes[index] = UInt8(ascii: "0") + (bytes[index] - UInt8(ascii: "0") + 5) % 10
        changed = true
      }
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : nil
  }
}
