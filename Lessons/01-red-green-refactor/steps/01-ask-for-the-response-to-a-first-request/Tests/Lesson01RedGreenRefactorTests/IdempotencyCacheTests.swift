import Lesson01RedGreenRefactor
import Testing

@Suite("An idempotency cache")
struct IdempotencyCacheTests {
  @Test("a first request runs the operation and returns its response")
  func firstRequestRunsTheOperation() {
    let cache = IdempotencyCache()

    let response = cache.response(for: "key-1") { Response(status: 201, body: "payment pay_1") }

    #expect(response == Response(status: 201, body: "payment pay_1"))
  }
}
