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

  @Test("a new key runs its own operation")
  func newKeyRunsItsOwnOperation() {
    let cache = IdempotencyCache()
    _ = cache.response(for: "key-1") { Response(status: 201, body: "payment pay_1") }

    let response = cache.response(for: "key-2") { Response(status: 201, body: "payment pay_2") }

    #expect(response == Response(status: 201, body: "payment pay_2"))
  }
}
