import Testing

@testable import WorkbookCore

@Suite struct DeclarationOutlineTests {
  private let cache = """
    /// Remembers responses.
    public final class IdempotencyCache {
      private var responses: [String: Response] = [:]

      public init() {}

      public func response(
        for key: String, orRun operation: () -> Response
      ) -> Response {
        if let known = responses[key] { return known }
        return operation()
      }

      public var count: Int { responses.count }
    }
    """

  /// `cache` with `old` replaced by `new`, which must occur in it.
  private func cache(replacing old: String, with new: String) throws -> String {
    try #require(cache.contains(old))
    return cache.replacingOccurrences(of: old, with: new)
  }

  @Test(
    "A change inside a function, initialiser or accessor body keeps the outline",
    arguments: [
      ("return operation()", "let response = operation()\n    return response"),
      ("public init() {}", "public init() { responses = [:] }"),
      ("{ responses.count }", "{ responses.keys.count }"),
      ("/// Remembers responses.", "/// Remembers every response."),
    ])
  func bodyChangeKeepsOutline(old: String, new: String) throws {
    let changed = try cache(replacing: old, with: new)

    #expect(DeclarationOutline.of(changed) == DeclarationOutline.of(cache))
  }

  @Test(
    "A change to a declaration changes the outline, on whichever line of it",
    arguments: [
      ("for key: String, orRun", "for key: Int, orRun"),
      ("public func response(", "public func answer("),
      ("public var count: Int", "var count: Int"),
      ("= [:]\n", "= [\"seed\": Response()]\n"),
      ("public init() {}", "public init() {}\n  public func clear() {}"),
      ("public final class", "public final class IdempotencyCache {}\npublic struct"),
    ])
  func declarationChangeChangesOutline(old: String, new: String) throws {
    let changed = try cache(replacing: old, with: new)

    #expect(DeclarationOutline.of(changed) != DeclarationOutline.of(cache))
  }

  @Test("The members of a type's extension are part of the outline, their bodies are not")
  func extensionMembersStay() {
    let outline = DeclarationOutline.of("extension Cache {\n  func clear() { store = [] }\n}\n")

    #expect(outline == ["extension", "Cache", "{", "func", "clear", "(", ")", "{", "}", "}"])
  }
}
