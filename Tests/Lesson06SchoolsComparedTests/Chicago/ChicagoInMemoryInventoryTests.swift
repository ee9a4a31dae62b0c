import Lesson06SchoolsCompared
import Testing

private typealias Direction = Chicago.Direction
private typealias IdempotencyKey = Chicago.IdempotencyKey
private typealias InMemoryInventory = Chicago.InMemoryInventory
private typealias ParticipantError = Chicago.ParticipantError

/// The key of the reservation step of `saga`, run in `direction`.
private func reservation(
  _ direction: Direction = .forward, of saga: String = "order-42"
) -> IdempotencyKey {
  IdempotencyKey(sagaID: saga, step: .reserve, direction: direction)
}

@Suite("Chicago: an in-memory inventory")
struct ChicagoInMemoryInventoryTests {
  @Test("a reservation takes the stock off the shelf, down to the last item")
  func reservationTakesTheStock() async throws {
    let inventory = InMemoryInventory(stock: ["sku-1": 5])

    try await inventory.reserve(2, of: "sku-1", key: reservation(of: "order-41"))
    try await inventory.reserve(3, of: "sku-1", key: reservation(of: "order-42"))

    let stock = await inventory.stock(of: "sku-1")
    #expect(stock == 0)
  }

  @Test("a release puts the reserved stock back on the shelf")
  func releasePutsTheStockBack() async throws {
    let inventory = InMemoryInventory(stock: ["sku-1": 5])
    try await inventory.reserve(2, of: "sku-1", key: reservation())

    try await inventory.release(2, of: "sku-1", key: reservation(.compensate))

    let stock = await inventory.stock(of: "sku-1")
    #expect(stock == 5)
  }

  @Test("a reservation of more than the shelf holds fails and takes nothing")
  func reservationBeyondTheStockFails() async {
    let inventory = InMemoryInventory(stock: ["sku-1": 1])

    await #expect(throws: ParticipantError.outOfStock(sku: "sku-1")) {
      try await inventory.reserve(2, of: "sku-1", key: reservation())
    }
    let stock = await inventory.stock(of: "sku-1")
    #expect(stock == 1)
  }

  @Test("a product the shelf never held is out of stock")
  func productNeverStockedIsOutOfStock() async {
    let inventory = InMemoryInventory(stock: ["sku-1": 1])

    await #expect(throws: ParticipantError.outOfStock(sku: "sku-2")) {
      try await inventory.reserve(1, of: "sku-2", key: reservation())
    }
    let stock = await inventory.stock(of: "sku-2")
    #expect(stock == 0)
  }

  @Test("a retried reservation or release with the same key acts only once")
  func retryWithTheSameKeyActsOnce() async throws {
    let inventory = InMemoryInventory(stock: ["sku-1": 5])

    try await inventory.reserve(2, of: "sku-1", key: reservation())
    try await inventory.reserve(2, of: "sku-1", key: reservation())
    let afterReservations = await inventory.stock(of: "sku-1")
    #expect(afterReservations == 3)

    try await inventory.release(2, of: "sku-1", key: reservation(.compensate))
    try await inventory.release(2, of: "sku-1", key: reservation(.compensate))
    let afterReleases = await inventory.stock(of: "sku-1")
    #expect(afterReleases == 5)
  }
}
