import Testing

@testable import WorkbookGates

private let text = """
  # Lesson 01: A lesson

  ### Step 1 (amber): Start

  <!-- workbook: check at step 1 -->
  ```text
  ```

  ### Step 2 (green): Fake it

  <!-- workbook: file Katas/K/A.swift at step 3 -->
  ```swift
  ```

  ### Step 3 (red): Second

  Prose of step 3.
  <!-- workbook: swift test at step 3 -->
  ```text
  ```

  ## Recap
  """

@Suite struct LessonTextRenumberingTests {
  @Test("Renumbering moves every step heading and marker, and nothing else")
  func renumbers() {
    let (result, stale) = LessonText(text).renumbered { $0 >= 2 ? $0 + 1 : $0 }

    #expect(stale == [])
    #expect(result.contains("### Step 1 (amber): Start\n\n<!-- workbook: check at step 1 -->"))
    #expect(result.contains("### Step 3 (green): Fake it"))
    #expect(result.contains("<!-- workbook: file Katas/K/A.swift at step 4 -->"))
    #expect(result.contains("### Step 4 (red): Second\n\nProse of step 3."))
    #expect(result.contains("<!-- workbook: swift test at step 4 -->"))
  }

  @Test("A dropped step's section goes, and a marker elsewhere that shows it is named")
  func dropsASection() {
    let (result, stale) = LessonText(text).renumbered { $0 == 3 ? nil : $0 }

    #expect(!result.contains("Prose of step 3."))
    #expect(result.hasSuffix("```\n\n## Recap"))
    #expect(stale == [11])
  }

  @Test("A new section goes before the step after it, or after the last step's section")
  func insertsASection() {
    let renumbered = LessonText(text).renumbered { $0 >= 2 ? $0 + 1 : $0 }.text
    let before = LessonText(renumbered).inserting("### Step 2 (red): New\n", asStep: 2)
    let last = LessonText(text).inserting("### Step 4 (red): Last\n", asStep: 4)

    #expect(before.contains("```\n\n### Step 2 (red): New\n\n### Step 3 (green): Fake it"))
    #expect(last.contains("```\n\n### Step 4 (red): Last\n\n## Recap"))
  }
}
