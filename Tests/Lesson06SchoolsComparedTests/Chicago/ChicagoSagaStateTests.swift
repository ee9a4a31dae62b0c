import Lesson06SchoolsCompared
import Testing

private typealias Direction = Chicago.Direction
private typealias IdempotencyKey = Chicago.IdempotencyKey
private typealias SagaState = Chicago.SagaState
private typealias SagaStep = Chicago.SagaStep

/// The key of `step`, run in `direction` by the saga these tests follow.
private func key(_ step: SagaStep, _ direction: Direction = .forward) -> IdempotencyKey {
  IdempotencyKey(sagaID: "order-42", step: step, direction: direction)
}

@Suite("Chicago: the state of a saga")
struct ChicagoSagaStateTests {
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

  @Test("compensates the steps done before a failed pivot, then is compensated")
  func pivotFailureUndoesTheCompletedSteps() {
    var state = SagaState(sagaID: "order-42")
    state.record(.succeeded(key(.reserve)))

    state.record(.failed(key(.charge), reason: "card-1 was declined"))
    #expect(state.status == .compensating)

    state.record(.succeeded(key(.reserve, .compensate)))
    #expect(state.status == .compensated)
  }

  @Test("keeps running when a step after the pivot fails, because it must finish forwards")
  func failureAfterThePivotKeepsRunning() {
    var state = SagaState(sagaID: "order-42")
    state.record(.succeeded(key(.reserve)))
    state.record(.succeeded(key(.charge)))

    state.record(.failed(key(.ship), reason: "shipping timed out"))

    #expect(state.status == .running)
  }
}
