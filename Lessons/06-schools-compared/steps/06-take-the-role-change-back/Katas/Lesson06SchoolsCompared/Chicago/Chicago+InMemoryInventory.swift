extension Chicago {
  /// A warehouse's stock, kept in memory: a fake inventory that really holds stock, for tests and
  /// demos.
  public actor InMemoryInventory: Inventory {
    /// How many items of each SKU are on the shelf.
    private var shelf: [String: Int]
    /// The keys of the requests already carried out, so that a retry does nothing twice.
    private var processed: Set<IdempotencyKey> = []
    /// How many of the next releases fail, as if the warehouse could not be reached.
    private var failingReleases: Int

    /// An inventory whose shelf holds `stock`: how many items of each SKU. The next
    /// `failingReleases` releases fail and put nothing back.
    public init(stock: [String: Int], failingReleases: Int = 0) {
      self.shelf = stock
      self.failingReleases = failingReleases
    }

    /// How many items of `sku` are on the shelf, not reserved.
    public func stock(of sku: String) -> Int {
      shelf[sku, default: 0]
    }

    /// Takes `quantity` items of `sku` off the shelf for an order, unless a request with `key`
    /// already did.
    ///
    /// - Throws: `ParticipantError.outOfStock` when the shelf holds fewer, and then takes none.
    public func reserve(_ quantity: Int, of sku: String, key: IdempotencyKey) throws {
      guard !processed.contains(key) else { return }
      let available = stock(of: sku)
      guard quantity <= available else { throw ParticipantError.outOfStock(sku: sku) }
      shelf[sku] = available - quantity
      processed.insert(key)
    }

    /// Puts `quantity` items of `sku` back on the shelf, undoing a reservation, unless a request
    /// with `key` already did.
    ///
    /// - Throws: `ParticipantError.unavailable` while releases fail, and then puts nothing back.
    public func release(_ quantity: Int, of sku: String, key: IdempotencyKey) throws {
      if failingReleases > 0 {
        failingReleases -= 1
        throw ParticipantError.unavailable(participant: "inventory")
      }
      guard processed.insert(key).inserted else { return }
      shelf[sku] = stock(of: sku) + quantity
    }
  }
}
