import Testing

@testable import WorkbookCore

@Suite struct LineMergeTests {
  @Test("Changes to different lines are both made")
  func differentLines() {
    let merged = LineMerge.merge(
      base: "a\nb\nc\nd\n", ours: "a\nb\nc\nD\n", theirs: "A\nb\nc\nd\n")

    #expect(merged == "A\nb\nc\nD\n")
  }

  @Test("Lines both sides insert at one place are kept, theirs first")
  func insertionsAtOnePlace() {
    let merged = LineMerge.merge(base: "a\n}\n", ours: "a\nours\n}\n", theirs: "a\ntheirs\n}\n")

    #expect(merged == "a\ntheirs\nours\n}\n")
  }

  @Test("A change to a line the other side changed too is a conflict, unless they agree")
  func sameLine() {
    #expect(LineMerge.merge(base: "a\nb\n", ours: "a\nB\n", theirs: "a\nbee\n") == nil)
    #expect(LineMerge.merge(base: "a\nb\n", ours: "a\nB\n", theirs: "a\nB\n") == "a\nB\n")
  }

  @Test("Lines inserted inside lines the other side replaces are a conflict")
  func insertionInsideAReplacement() {
    #expect(
      LineMerge.merge(base: "a\nb\nc\nd\n", ours: "a\nB\nC\nd\n", theirs: "a\nb\nnew\nc\nd\n")
        == nil)
  }

  @Test("Removed lines next to lines the other side adds are merged")
  func removalNextToInsertion() {
    let merged = LineMerge.merge(
      base: "a\nb1\nb2\n", ours: "a\nb1\nb2\nc1\n", theirs: "a\n")

    #expect(merged == "a\nc1\n")
  }
}
