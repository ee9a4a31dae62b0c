import Foundation
import Testing

@testable import WorkbookCore

/// The samples are real output of `swift build --build-tests` 6.3.1 on a tiny package, once in
/// the default diagnostic style and once in the LLVM style; only trailing spaces were removed and
/// long lines broken with a backslash.
@Suite struct CompilerOutputTests {
  private static let file = "/tmp/helperb-sample/Tests/KataTests/CacheTests.swift"
  private static let other = "/tmp/helperb-sample/Tests/KataTests/Other.swift"

  /// The four distinct errors of both samples, in the order the compiler first printed them.
  private static let expected = [
    Diagnostic(
      file: file, line: 4, column: 13, message: "cannot find type 'IdempotencyCache' in scope"),
    Diagnostic(file: file, line: 4, column: 32, message: "cannot find 'IdempotencyCache' in scope"),
    Diagnostic(
      file: file, line: 10, column: 35,
      message: "cannot convert value of type 'Int' to expected argument type 'String'"),
    Diagnostic(
      file: other, line: 9, column: 7,
      message: "no exact matches in call to global function 'pick'"),
  ]

  @Test("Each error appears once, with file, line, column and message, and no warning or note")
  func errorsOnceEach() {
    let errors = CompilerOutput.errors(in: Self.buildOutput)

    #expect(errors == Self.expected)
  }

  @Test("Errors in the LLVM style parse the same, and its note lines are left out")
  func llvmStyle() {
    let errors = CompilerOutput.errors(in: Self.llvmStyleBuildOutput)

    #expect(errors == Self.expected)
  }

  @Test("Output without errors gives none")
  func noErrors() {
    let output = """
      Building for debugging...
      /tmp/p/Other.swift:2:7: warning: initialization of variable 'never' was never used
      Build complete! (1.20s)
      """

    #expect(CompilerOutput.errors(in: output).isEmpty)
  }

  @Test("A diagnostic shows its file relative to the root, with or without a trailing slash")
  func locatedRelativeToRoot() throws {
    let error = try #require(Self.expected.first)

    let expected =
      "Tests/KataTests/CacheTests.swift:4:13: error: cannot find type "
      + "'IdempotencyCache' in scope"
    #expect(error.located(relativeTo: "/tmp/helperb-sample") == expected)
    #expect(error.located(relativeTo: "/tmp/helperb-sample/") == expected)
    #expect(error.located(relativeTo: "/elsewhere").hasPrefix(Self.file + ":4:13: error: "))
  }

  private static let buildOutput = """
    Building for debugging...
    [0/10] Write sources
    [1/10] Write swift-version-6A52383ED409C6A7.txt
    error: emit-module command failed with exit code 1 (use -v to see invocation)
    [3/11] Emitting module KataTests
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:13: error: cannot find type \
    'IdempotencyCache' in scope
     2 | import Testing
     3 |
     4 | let shared: IdempotencyCache = IdempotencyCache()
       |             `- error: cannot find type 'IdempotencyCache' in scope
     5 |
     6 | @Suite struct CacheTests {

    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:32: error: cannot find \
    'IdempotencyCache' in scope
     2 | import Testing
     3 |
     4 | let shared: IdempotencyCache = IdempotencyCache()
       |                                `- error: cannot find 'IdempotencyCache' in scope
     5 |
     6 | @Suite struct CacheTests {
    [4/11] Compiling KataTests CacheTests.swift
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:13: error: cannot find type \
    'IdempotencyCache' in scope
     2 | import Testing
     3 |
     4 | let shared: IdempotencyCache = IdempotencyCache()
       |             `- error: cannot find type 'IdempotencyCache' in scope
     5 |
     6 | @Suite struct CacheTests {

    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:32: error: cannot find \
    'IdempotencyCache' in scope
     2 | import Testing
     3 |
     4 | let shared: IdempotencyCache = IdempotencyCache()
       |                                `- error: cannot find 'IdempotencyCache' in scope
     5 |
     6 | @Suite struct CacheTests {

    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:10:35: error: cannot convert value \
    of type 'Int' to expected argument type 'String'
     8 |   func first() {
     9 |     var unused = 1
    10 |     #expect(Cache().response(for: 1) == "pay_1")
       |                                   `- error: cannot convert value of type 'Int' to \
    expected argument type 'String'
    11 |   }
    12 | }
    [5/12] Compiling KataTests Other.swift
    /tmp/helperb-sample/Tests/KataTests/Other.swift:2:7: warning: initialization of variable \
    'never' was never used; consider replacing with assignment to '_' or removing it \
    [#no-usage]
     1 | func helper() {
     2 |   var never = 2
       |       `- warning: initialization of variable 'never' was never used; consider \
    replacing with assignment to '_' or removing it [#no-usage]
     3 | }
     4 |

    /tmp/helperb-sample/Tests/KataTests/Other.swift:9:7: error: no exact matches in call to \
    global function 'pick'
     3 | }
     4 |
     5 | func pick(_ value: Int) -> Int { value }
       |      `- note: candidate expects value of type 'Int' for parameter #1 (got 'String')
     6 | func pick(_ value: Double) -> Int { 0 }
       |      `- note: candidate expects value of type 'Double' for parameter #1 (got \
    'String')
     7 |
     8 | func use() {
     9 |   _ = pick("x")
       |       `- error: no exact matches in call to global function 'pick'
    10 | }
    11 |
    """

  private static let llvmStyleBuildOutput = """
    [0/1] Planning build
    Building for debugging...
    [0/12] Write sources
    [1/12] Write swift-version-6A52383ED409C6A7.txt
    [3/13] Emitting module Kata
    error: emit-module command failed with exit code 1 (use -v to see invocation)
    [5/15] Emitting module KataTests
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:13: error: cannot find type \
    'IdempotencyCache' in scope
    let shared: IdempotencyCache = IdempotencyCache()
                ^~~~~~~~~~~~~~~~
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:32: error: cannot find \
    'IdempotencyCache' in scope
    let shared: IdempotencyCache = IdempotencyCache()
                                   ^~~~~~~~~~~~~~~~
    [6/15] Compiling KataTests CacheTests.swift
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:13: error: cannot find type \
    'IdempotencyCache' in scope
    let shared: IdempotencyCache = IdempotencyCache()
                ^~~~~~~~~~~~~~~~
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:4:32: error: cannot find \
    'IdempotencyCache' in scope
    let shared: IdempotencyCache = IdempotencyCache()
                                   ^~~~~~~~~~~~~~~~
    /tmp/helperb-sample/Tests/KataTests/CacheTests.swift:10:35: error: cannot convert value \
    of type 'Int' to expected argument type 'String'
        #expect(Cache().response(for: 1) == "pay_1")
                                      ^
    [7/16] Compiling KataTests Other.swift
    /tmp/helperb-sample/Tests/KataTests/Other.swift:2:7: warning: initialization of variable \
    'never' was never used; consider replacing with assignment to '_' or removing it \
    [#no-usage]
      var never = 2
      ~~~~^~~~~
      _
    /tmp/helperb-sample/Tests/KataTests/Other.swift:9:7: error: no exact matches in call to \
    global function 'pick'
      _ = pick("x")
          ^
    /tmp/helperb-sample/Tests/KataTests/Other.swift:5:6: note: candidate expects value of \
    type 'Int' for parameter #1 (got 'String')
    func pick(_ value: Int) -> Int { value }
         ^
    /tmp/helperb-sample/Tests/KataTests/Other.swift:6:6: note: candidate expects value of \
    type 'Double' for parameter #1 (got 'String')
    func pick(_ value: Double) -> Int { 0 }
         ^
    """
}
