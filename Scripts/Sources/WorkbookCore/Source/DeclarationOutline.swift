/// The declarations of a Swift file without what lies inside their bodies: its tokens, with the
/// contents of every `{ … }` dropped except those of types and extensions, whose members stay.
///
/// Two versions of a file with the same outline differ only inside the bodies of functions,
/// initialisers, accessors and closures, which another module's code cannot see; so the tests
/// of a kata need no fresh compile for such a change. The outline errs on the side of a
/// difference: a stored property's initial value or a comment-free reformatting of a signature
/// counts as one, and so does everything inside a `class func`, whose `class` it reads as a type.
public enum DeclarationOutline {
  /// The keywords that make the `{` after them the body of a type, whose members stay.
  private static let typeKeywords: Set<String> = [
    "struct", "class", "enum", "extension", "protocol", "actor",
  ]

  /// The outline of `source`: the text of each token, and `{` `}` for each body dropped.
  public static func of(_ source: String) -> [String] {
    let tokens = SwiftLexer.codeTokens(of: source)
    var outline: [String] = []
    // The first token of the declaration or statement being read: after the last `{`, `}` or `;`.
    var start = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      outline.append(token.text)
      switch token.punctuation {
      case "{":
        let opensType = tokens[start..<index].contains {
          $0.kind == .word && typeKeywords.contains($0.text)
        }
        if !opensType, let close = tokens.closingBracket(of: index) {
          outline.append("}")
          index = close
        }
        start = index + 1
      case "}", ";":
        start = index + 1
      default:
        break
      }
      index += 1
    }
    return outline
  }
}
