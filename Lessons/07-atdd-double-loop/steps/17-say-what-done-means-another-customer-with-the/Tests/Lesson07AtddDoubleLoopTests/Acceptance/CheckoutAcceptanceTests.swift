import Lesson07AtddDoubleLoop
import Testing

/// What the business asks of the checkout, end to end: from a customer's request to the card
/// network and back. These tests use the shop's words; they never reach inside the endpoint.
@Suite("Checkout, as the business sees it")
struct CheckoutAcceptanceTests {
  @Test("a first checkout charges the card once and answers 201 Created")
  func firstCheckoutChargesOnce() async {
    // Given a shop and a customer with a basket
    let shop = Shop()
    let alice = shop.customer("alice")

    // When she checks out with a key she has never used
    let answer = await alice.checksOut(basket, key: "key-1")

    // Then the order is created and her card is charged once
    let charges = await shop.cardNetwork.charges
    #expect(answer.status == 201)
    #expect(charges.count == 1)
  }

  @Test("a retry with the same key replays the answer and charges nothing more")
  func retryReplaysTheAnswer() async {
    // Given a checkout that went through, whose answer the customer never received
    let shop = Shop()
    let alice = shop.customer("alice")
    let first = await alice.checksOut(basket, key: "key-1")

    // When she retries it with the same key
    let retry = await alice.checksOut(basket, key: "key-1")

    // Then she gets the same answer, and her card was charged only once
    let charges = await shop.cardNetwork.charges
    #expect(retry == first)
    #expect(charges.count == 1)
  }

  @Test("a retry with another basket under the same key is refused with 422, and charges nothing")
  func retryWithAnotherBasketIsRefused() async {
    // Given a checkout that went through
    let shop = Shop()
    let alice = shop.customer("alice")
    _ = await alice.checksOut(basket, key: "key-1")

    // When she reuses its key for a bigger basket
    let retry = await alice.checksOut(biggerBasket, key: "key-1")

    // Then the shop refuses the request, and her card was charged only once
    let charges = await shop.cardNetwork.charges
    #expect(retry.status == 422)
    #expect(charges.count == 1)
  }

  @Test("a retry while the first checkout is still running is refused with 409 and charges nothing")
  func retryWhileRunningIsAConflict() async {
    // Given a checkout whose charge the card network has not answered yet
    let shop = Shop(cardNetwork: CardNetwork(holdsTheFirstCharge: true))
    let alice = shop.customer("alice")
    async let first = alice.checksOut(basket, key: "key-1")
    await shop.cardNetwork.waitForTheFirstCharge()

    // When she retries it with the same key
    let retry = await alice.checksOut(basket, key: "key-1")

    // Then the shop asks her to try again later, and the first checkout still goes through once
    await shop.cardNetwork.answerTheFirstCharge()
    let original = await first
    let charges = await shop.cardNetwork.charges
    #expect(retry.status == 409)
    #expect(original.status == 201)
    #expect(charges.count == 1)
  }

  @Test("a declined card is answered 402, and a retry replays the same decline without a charge")
  func declinedCardIsReplayed() async {
    // Given a customer whose card the network declines
    let shop = Shop()
    let bob = shop.customer("bob")

    // When he checks out, and retries with the same key
    let first = await bob.checksOut(declinedBasket, key: "key-1")
    let retry = await bob.checksOut(declinedBasket, key: "key-1")

    // Then he gets the same decline twice, and the network was asked only once
    let charges = await shop.cardNetwork.charges
    #expect(first.status == 402)
    #expect(retry == first)
    #expect(charges.count == 1)
  }

  @Test("another customer who happens to pick the same key gets a checkout of their own")
  func anotherCustomerNeverSeesTheAnswer() async {
    // Given Alice's checkout under key-1
    let shop = Shop()
    _ = await shop.customer("alice").checksOut(basket, key: "key-1")

    // When Bob checks out the same basket under the same key
    let answer = await shop.customer("bob").checksOut(basket, key: "key-1")

    // Then Bob's card is charged for Bob's order: he never gets Alice's answer
    let charges = await shop.cardNetwork.charges
    #expect(answer.status == 201)
    #expect(charges.count == 2)
  }
}
