import Lesson07AtddDoubleLoop
import Testing

/// The fingerprint of a first request: what the client sent under its key.
private let firstRequest = "POST /checkout amount=4200"
/// The fingerprint of another request, sent under the same key by mistake.
private let otherRequest = "POST /checkout amount=9900"
/// The answer the shop gave to the first request.
private let created = Response(status: 201, body: "order created")

@Suite("An idempotency store")
struct IdempotencyStoreTests {
  @Test("a key it has never seen may go ahead")
  func newKeyProceeds() {
    var store = IdempotencyStore()

    let decision = store.begin("key-1", fingerprint: firstRequest)

    #expect(decision == .proceed)
  }

  @Test("a key whose checkout finished replays the answer it stored")
  func finishedKeyReplaysItsAnswer() {
    var store = IdempotencyStore()
    _ = store.begin("key-1", fingerprint: firstRequest)
    store.finish("key-1", with: created)

    let decision = store.begin("key-1", fingerprint: firstRequest)

    #expect(decision == .replay(created))
  }

  @Test("another request under a finished key is a mismatch, not a replay")
  func otherRequestUnderAFinishedKeyIsAMismatch() {
    var store = IdempotencyStore()
    _ = store.begin("key-1", fingerprint: firstRequest)
    store.finish("key-1", with: created)

    let decision = store.begin("key-1", fingerprint: otherRequest)

    #expect(decision == .mismatch)
  }

  @Test("a key whose checkout is still running is a conflict: the retry must wait")
  func runningKeyIsAConflict() {
    var store = IdempotencyStore()
    _ = store.begin("key-1", fingerprint: firstRequest)

    let decision = store.begin("key-1", fingerprint: firstRequest)

    #expect(decision == .conflict)
  }
}
