// Lesson 01: the production code of the idempotency cache grows here, one failing test at a time.
