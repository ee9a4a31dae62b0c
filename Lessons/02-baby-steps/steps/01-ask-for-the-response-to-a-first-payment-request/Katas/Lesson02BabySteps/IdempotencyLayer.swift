// Lesson 02: the idempotency layer grows here, one baby step at a time.
