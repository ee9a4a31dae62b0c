// Lesson 07: the checkout grows here, from a walking skeleton to a key-protected saga.
