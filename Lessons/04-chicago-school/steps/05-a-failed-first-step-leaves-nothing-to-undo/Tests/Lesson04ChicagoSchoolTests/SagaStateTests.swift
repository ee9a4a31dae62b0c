import Lesson04ChicagoSchool
import Testing

/// The key of `step`, run in `direction` by the saga these tests follow.
private func key(_ step: SagaStep, _ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: step, direction: direction)
}

@Suite("The state of a saga")
struct SagaStateTests {
  @Test("keeps running until the last step succeeds, then is completed")
  func completesWhenTheLastStepSucceeds() {
    var state = SagaState(sagaID: "order-42")
    state.record(.succeeded(key(.reserve)))
    state.record(.succeeded(key(.charge)))
    state.record(.succeeded(key(.ship)))
    #expect(state.status == .running)

    state.record(.succeeded(key(.receipt)))

    #expect(state.status == .completed)
    #expect(state.log.count == 4)
  }

  @Test("is compensated at once when its first step fails, as there is nothing to undo")
  func firstStepFailureLeavesNothingToUndo() {
    var state = SagaState(sagaID: "order-42")

    state.record(.failed(key(.reserve), reason: "sku-1 is out of stock"))

    #expect(state.status == .compensated)
  }
}
