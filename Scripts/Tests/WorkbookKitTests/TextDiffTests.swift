import Testing
import WorkbookCore

/// Expected hunks were produced by GNU `diff -u` 3.8 on the same texts; only the labels differ.
@Suite struct TextDiffTests {
  /// Renders the unified diff of `old` and `new` with git-style labels.
  private func unified(_ old: String, _ new: String, context: Int = 3) -> String {
    TextDiff(old: old, new: new).unified(oldLabel: "a/f.txt", newLabel: "b/f.txt", context: context)
  }

  /// Twenty lines reading "line 1" through "line 20", with some of them replaced or removed.
  private static func twentyLines(
    replacing replacements: [Int: String] = [:], removing: Set<Int> = []
  )
    -> String
  {
    (1...20)
      .filter { !removing.contains($0) }
      .map { number in (replacements[number] ?? "line \(number)") + "\n" }
      .joined()
  }

  /// The `@@` lines of the unified diff of `old` and `new`.
  private func hunkHeaders(_ old: String, _ new: String) -> [Substring] {
    unified(old, new).split(separator: "\n").filter { $0.hasPrefix("@@") }
  }

  @Test(
    "Identical texts produce an empty diff",
    arguments: ["", "one line", "alpha\nbeta\n", Self.twentyLines()])
  func identicalTexts(text: String) {
    let diff = TextDiff(old: text, new: text)
    #expect(diff.isEmpty)
    #expect(diff.insertions == 0)
    #expect(diff.deletions == 0)
    #expect(diff.unified(oldLabel: "a/f.txt", newLabel: "b/f.txt") == "")
  }

  @Test("Inserting into an empty text gives the old side the range 0,0")
  func pureInsertion() {
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -0,0 +1,2 @@
      +one
      +two

      """
    #expect(unified("", "one\ntwo\n") == expected)
  }

  @Test("Deleting every line gives the new side the range 0,0")
  func pureDeletion() {
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -1,2 +0,0 @@
      -one
      -two

      """
    #expect(unified("one\ntwo\n", "") == expected)
  }

  @Test("A changed line in a long file shows only three lines of context around it")
  func oneChangedLine() {
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -7,7 +7,7 @@
       line 7
       line 8
       line 9
      -line 10
      +line ten
       line 11
       line 12
       line 13

      """
    #expect(unified(Self.twentyLines(), Self.twentyLines(replacing: [10: "line ten"])) == expected)
  }

  @Test("Changes more than twice the context apart get separate hunks")
  func distantChanges() {
    let new = Self.twentyLines(replacing: [3: "line three", 17: "line seventeen"])
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -1,6 +1,6 @@
       line 1
       line 2
      -line 3
      +line three
       line 4
       line 5
       line 6
      @@ -14,7 +14,7 @@
       line 14
       line 15
       line 16
      -line 17
      +line seventeen
       line 18
       line 19
       line 20

      """
    #expect(unified(Self.twentyLines(), new) == expected)
  }

  @Test("Changes within twice the context merge into one hunk")
  func nearChanges() {
    let new = Self.twentyLines(replacing: [8: "line eight"], removing: [13])
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -5,12 +5,11 @@
       line 5
       line 6
       line 7
      -line 8
      +line eight
       line 9
       line 10
       line 11
       line 12
      -line 13
       line 14
       line 15
       line 16

      """
    #expect(unified(Self.twentyLines(), new) == expected)
  }

  @Test("Hunks merge when exactly twice the context separates them, and not at one more line")
  func mergeBoundary() {
    let sixApart = Self.twentyLines(replacing: [5: "line five", 12: "line twelve"])
    let sevenApart = Self.twentyLines(replacing: [5: "line five", 13: "line thirteen"])
    #expect(hunkHeaders(Self.twentyLines(), sixApart) == ["@@ -2,14 +2,14 @@"])
    #expect(
      hunkHeaders(Self.twentyLines(), sevenApart) == ["@@ -2,7 +2,7 @@", "@@ -10,7 +10,7 @@"])
  }

  @Test("A last line without a newline is followed by the no-newline marker")
  func missingTrailingNewline() {
    let changedLastLine = #"""
      --- a/f.txt
      +++ b/f.txt
      @@ -1,3 +1,3 @@
       alpha
       beta
      -gamma
      \ No newline at end of file
      +delta
      \ No newline at end of file

      """#
    #expect(unified("alpha\nbeta\ngamma", "alpha\nbeta\ndelta") == changedLastLine)

    let addedNewline = #"""
      --- a/f.txt
      +++ b/f.txt
      @@ -1,3 +1,3 @@
       alpha
       beta
      -gamma
      \ No newline at end of file
      +gamma

      """#
    #expect(unified("alpha\nbeta\ngamma", "alpha\nbeta\ngamma\n") == addedNewline)

    let unchangedLastLine = #"""
      --- a/f.txt
      +++ b/f.txt
      @@ -1,3 +1,3 @@
      -alpha
      +one
       beta
       gamma
      \ No newline at end of file

      """#
    #expect(unified("alpha\nbeta\ngamma", "one\nbeta\ngamma") == unchangedLastLine)
  }

  @Test("Insertions and deletions count lines exactly, a changed line counting as one of each")
  func counts() {
    let diff = TextDiff(old: "a\nb\nc\n", new: "a\nB\nc\nd\n")
    #expect(diff.deletions == 1)
    #expect(diff.insertions == 2)
    #expect(!diff.isEmpty)

    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -1,3 +1,4 @@
       a
      -b
      +B
       c
      +d

      """
    #expect(diff.unified(oldLabel: "a/f.txt", newLabel: "b/f.txt") == expected)

    let onlyNewlineAdded = TextDiff(old: "a", new: "a\n")
    #expect(onlyNewlineAdded.deletions == 1)
    #expect(onlyNewlineAdded.insertions == 1)
  }

  @Test("Without context, an empty range starts at the line before it")
  func zeroContext() {
    let expected = """
      --- a/f.txt
      +++ b/f.txt
      @@ -2,1 +2,1 @@
      -b
      +B
      @@ -3,0 +4,1 @@
      +d

      """
    #expect(unified("a\nb\nc\n", "a\nB\nc\nd\n", context: 0) == expected)
  }

  @Test("Lines compare byte for byte, so line endings and Unicode forms count as changes")
  func byteExactComparison() {
    let lineEndings = TextDiff(old: "a\r\nb\r\n", new: "a\nb\n")
    #expect(lineEndings.deletions == 2)
    #expect(lineEndings.insertions == 2)

    let precomposed = "caf\u{E9}\n"
    let decomposed = "cafe\u{301}\n"
    #expect(!TextDiff(old: precomposed, new: decomposed).isEmpty)
  }
}
