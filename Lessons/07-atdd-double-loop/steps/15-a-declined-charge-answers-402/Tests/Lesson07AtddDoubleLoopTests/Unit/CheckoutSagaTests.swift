import Lesson07AtddDoubleLoop
import Testing

@Suite("A checkout saga")
struct CheckoutSagaTests {
  @Test("the charge carries the saga's idempotency key for its forward step")
  func chargeCarriesTheSagasKey() async {
    let payments = StubPaymentProvider(answering: .approved(chargeID: "ch_1"))
    let saga = CheckoutSaga(payments: payments)

    _ = await saga.run("basket", sagaID: "saga-1")

    #expect(await payments.keys == ["saga-1/charge/forward"])
  }

  @Test("a declined charge answers 402 with the network's reason")
  func declinedChargeAnswers402() async {
    let payments = StubPaymentProvider(answering: .declined(reason: "expired card"))
    let saga = CheckoutSaga(payments: payments)

    let answer = await saga.run("basket", sagaID: "saga-1")

    #expect(answer == Response(status: 402, body: "card declined: expired card"))
  }
}
