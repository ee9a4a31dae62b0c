// Lesson 04: the checkout saga grows here from the inside out, smallest pieces first.
