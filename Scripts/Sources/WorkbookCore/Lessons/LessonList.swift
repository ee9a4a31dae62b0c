/// The lessons of the workbook, in order: the `lessons` array of the root `Package.swift`.
///
/// It is the one list of lessons. SwiftPM builds a kata and a test target for each slug in it,
/// and the workbook records, verifies and teaches exactly these lessons, so a lesson can never
/// be built but not verified, or verified but not built.
public struct LessonList: Equatable, Sendable {
  /// The lessons' slugs, such as `01-red-green-refactor`, in the order the manifest lists them.
  public let slugs: [String]

  /// The text of the manifest, kept to write it back with a changed list.
  private let manifest: String
  /// Where the text between the array's brackets lies in `manifest`.
  private let contents: Range<String.Index>

  /// Reads the list from the text of the root `Package.swift`.
  ///
  /// - Throws: `WorkbookError.failure` when the text has no `let lessons = [ … ]`.
  public init(manifest: String) throws {
    guard let declaration = manifest.range(of: "let lessons"),
      let equals = manifest[declaration.upperBound...].firstIndex(of: "="),
      let open = manifest[equals...].firstIndex(of: "["),
      let close = manifest[open...].firstIndex(of: "]")
    else {
      throw WorkbookError.failure(
        "Package.swift has no list of lessons: write them as let lessons = [\"01-slug\", …]")
    }
    self.manifest = manifest
    contents = manifest.index(after: open)..<close
    slugs = manifest[contents].split(separator: "\n").flatMap { line in
      let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line[...]
      return code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
  }

  /// The manifest's text with `slugs` as its list, one slug a line, in number order.
  public func manifest(listing slugs: [String]) -> String {
    let lines = slugs.sorted().map { "  \"\($0)\",\n" }.joined()
    return manifest.replacingCharacters(in: contents, with: "\n" + lines)
  }

  /// Whether `slug` is a well-formed lesson slug: two digits, a dash, and lower-case words
  /// joined by dashes, such as `02-baby-steps`.
  public static func isWellFormed(_ slug: String) -> Bool {
    let parts = slug.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts[0].count == 2, parts[0].allSatisfy(\.isASCII),
      Int(parts[0]) != nil
    else { return false }
    return parts.dropFirst().allSatisfy { word in
      !word.isEmpty
        && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
  }
}
