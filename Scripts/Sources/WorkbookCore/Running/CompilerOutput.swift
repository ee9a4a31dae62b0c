/// Picks the errors out of what `swift build` printed.
enum CompilerOutput {
  /// Every distinct `file:line:column: error: message` line, in the order printed.
  static func errors(in output: String) -> [Diagnostic] {
    var seen: Set<String> = []
    var result: [Diagnostic] = []
    for line in output.split(separator: "\n") where line.contains(": error: ") {
      guard let diagnostic = parse(line), seen.insert(String(line)).inserted else { continue }
      result.append(diagnostic)
    }
    return result
  }

  private static func parse(_ line: Substring) -> Diagnostic? {
    guard let marker = line.range(of: ": error: ") else { return nil }
    let location = line[..<marker.lowerBound].split(
      separator: ":", omittingEmptySubsequences: false)
    guard location.count >= 3,
      let lineNumber = Int(location[location.count - 2]),
      let column = Int(location[location.count - 1])
    else { return nil }
    let file = location.dropLast(2).joined(separator: ":")
    return Diagnostic(
      file: file, line: lineNumber, column: column,
      message: String(line[marker.upperBound...]))
  }
}
