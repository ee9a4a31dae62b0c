import Lesson07AtddDoubleLoop
import Testing

/// The fingerprint of a first request: what the client sent under its key.
private let firstRequest = "POST /checkout amount=4200"

@Suite("An idempotency store")
struct IdempotencyStoreTests {
  @Test("a key it has never seen may go ahead")
  func newKeyProceeds() {
    var store = IdempotencyStore()

    let decision = store.begin("key-1", fingerprint: firstRequest)

    #expect(decision == .proceed)
  }
}
