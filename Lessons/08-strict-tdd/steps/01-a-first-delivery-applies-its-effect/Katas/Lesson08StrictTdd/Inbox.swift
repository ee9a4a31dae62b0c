// Production code arrives here only by being moved out of the tests.
