import Foundation
import Testing

@testable import WorkbookCore

@Suite struct ExampleVariationTests {
  @Test("Every digit in a string literal moves by five, the same way everywhere")
  func variesDigitsInStrings() {
    let source = """
      let response = cache.response(for: "key-1") { Response(status: 201, body: "pay_1") }
      #expect(response == Response(status: 201, body: "pay_1"))
      _ = cache.response(for: "key-20") { paymentTwo }
      """

    #expect(
      ExampleVariation.varied(source) == """
        let response = cache.response(for: "key-6") { Response(status: 201, body: "pay_6") }
        #expect(response == Response(status: 201, body: "pay_6"))
        _ = cache.response(for: "key-75") { paymentTwo }
        """)
  }

  @Test("Numbers in code, comments and strings with interpolations stay as they are")
  func leavesOtherDigits() {
    let source = """
      // "key-1" in a comment
      let status = 201
      let label = "run \\(count) of 3"
      """

    #expect(ExampleVariation.varied(source) == nil)
  }

  @Test("Two examples that differ stay different after the variation")
  func keepsExamplesApart() throws {
    let examples = (0...99).map { "\"key-\($0)\"" }

    let varied = try #require(ExampleVariation.varied(examples.joined(separator: "\n")))

    let lines = varied.split(separator: "\n")
    #expect(Set(lines).count == 100)
    #expect(lines[1] == "\"key-6\"")
  }
}
