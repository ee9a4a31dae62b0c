/// The checkout saga as lesson 04 built it, inside-out and tested by state: its types are
/// `Chicago.CheckoutSaga`, `Chicago.SagaState` and so on.
public enum Chicago {}

/// The checkout saga as lesson 05 built it, outside-in and tested by its conversations with
/// hand-written doubles: its types are `London.Checkout`, `London.Warehouse` and so on.
public enum London {}
