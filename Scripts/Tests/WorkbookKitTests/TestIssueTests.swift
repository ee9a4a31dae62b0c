import Foundation
import Testing

@testable import WorkbookCore

/// Every issue a failing test records, and the arguments of a parameterised test's failing
/// case. The sample is a real event stream (version 0) of `swift test` 6.3.1, without
/// backtraces and timings, with shorter test case IDs, and with the two issues of `p(x:)` in
/// the order a parallel run may record them: the case for 3 before the case for 1.
@Suite struct TestIssueTests {
  private func failures() throws -> [String: TestFailure] {
    let report = try #require(EventStream.parse(Data(Self.stream.utf8)))
    return Dictionary(uniqueKeysWithValues: report.failures.map { ($0.test, $0) })
  }

  @Test("A test that fails two expectations keeps both, in the order it recorded them")
  func everyIssueOfATest() throws {
    let multi = try #require(try failures()["S/multi()"])

    #expect(
      multi.issues == [
        TestIssue(
          message: "Expectation failed: (f(1) → 1) == 2", location: "KTests/T.swift:5:24",
          arguments: nil),
        TestIssue(
          message: "Expectation failed: (f(3) → 3) == 4", location: "KTests/T.swift:5:44",
          arguments: nil),
      ])
    #expect(multi.message == "Expectation failed: (f(1) → 1) == 2")
  }

  @Test("A parameterised test's issues name their arguments, in the order the test lists them")
  func argumentsOfAParameterisedTest() throws {
    let failures = try failures()

    #expect(failures["S/p(x:)"]?.issues.map(\.arguments) == ["1", "3"])
    #expect(failures["S/p(x:)"]?.message == "Expectation failed: (f(x) → 1) == 2")
    #expect(failures["S/e(k:)"]?.issues.map(\.arguments) == [".b"])
  }

  @Test("check shows every failing expectation, each case's arguments, and at most three per test")
  func summaryShowsEveryIssue() throws {
    let many = TestFailure(
      test: "S/many()", displayName: "many()",
      issues: (1...5).map {
        TestIssue(
          message: "Expectation failed: \($0)", location: "KTests/T.swift:\($0):5", arguments: nil)
      })
    var outcome = try #require(EventStream.parse(Data(Self.stream.utf8))).failures
    outcome.append(many)

    let lines = Outcome.ran(
      tests: ["S/p(x:)", "S/multi()", "S/e(k:)", "S/many()"], failures: outcome
    )
    .summary(relativeTo: "/w/kata")

    #expect(
      lines == [
        "RED: 4 of 4 tests fail.",
        #"  ✘ "e(k:)" (S/e(k:))"#,
        "    with .b: Tests/KTests/T.swift:7:53: Expectation failed: (k → .b) == .a",
        #"  ✘ "many()" (S/many())"#,
        "    Tests/KTests/T.swift:1:5: Expectation failed: 1",
        "    Tests/KTests/T.swift:2:5: Expectation failed: 2",
        "    Tests/KTests/T.swift:3:5: Expectation failed: 3",
        "    … and 2 more failing expectations",
        #"  ✘ "multi()" (S/multi())"#,
        "    Tests/KTests/T.swift:5:24: Expectation failed: (f(1) → 1) == 2",
        "    Tests/KTests/T.swift:5:44: Expectation failed: (f(3) → 3) == 4",
        #"  ✘ "param" (S/p(x:))"#,
        "    with 1: Tests/KTests/T.swift:4:57: Expectation failed: (f(x) → 1) == 2",
        "    with 3: Tests/KTests/T.swift:4:57: Expectation failed: (f(x) → 3) == 2",
      ])
  }
}

extension TestIssueTests {
  static let stream = #"""
    {"kind":"test","payload":{"_testCases":[{"displayName":"1","id":"case 49"},{"displayName":"2","id":"case 50"},{"displayName":"3","id":"case 51"}],"displayName":"param","id":"KTests.S/p(x:)/T.swift:4:4","isParameterized":true,"kind":"function","name":"p(x:)","sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":4,"fileID":"KTests/T.swift","line":4}},"version":0}
    {"kind":"test","payload":{"id":"KTests.S/multi()/T.swift:5:4","isParameterized":false,"kind":"function","name":"multi()","sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":4,"fileID":"KTests/T.swift","line":5}},"version":0}
    {"kind":"test","payload":{"_testCases":[{"displayName":".a","id":"case 34, 97, 34"},{"displayName":".b","id":"case 34, 98, 34"}],"id":"KTests.S/e(k:)/T.swift:7:4","isParameterized":true,"kind":"function","name":"e(k:)","sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":4,"fileID":"KTests/T.swift","line":7}},"version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"3","id":"case 51"},"issue":{"isKnown":false,"sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":57,"fileID":"KTests/T.swift","line":4}},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (f(x) \u2192 3) == 2"}],"testID":"KTests.S/p(x:)/T.swift:4:4"},"version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"1","id":"case 49"},"issue":{"isKnown":false,"sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":57,"fileID":"KTests/T.swift","line":4}},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (f(x) \u2192 1) == 2"}],"testID":"KTests.S/p(x:)/T.swift:4:4"},"version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":".b","id":"case 34, 98, 34"},"issue":{"isKnown":false,"sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":53,"fileID":"KTests/T.swift","line":7}},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (k \u2192 .b) == .a"}],"testID":"KTests.S/e(k:)/T.swift:7:4"},"version":0}
    {"kind":"event","payload":{"issue":{"isKnown":false,"sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":24,"fileID":"KTests/T.swift","line":5}},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (f(1) \u2192 1) == 2"}],"testID":"KTests.S/multi()/T.swift:5:4"},"version":0}
    {"kind":"event","payload":{"issue":{"isKnown":false,"sourceLocation":{"_filePath":"/w/kata/Tests/KTests/T.swift","column":44,"fileID":"KTests/T.swift","line":5}},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (f(3) \u2192 3) == 4"}],"testID":"KTests.S/multi()/T.swift:5:4"},"version":0}
    {"kind":"event","payload":{"kind":"testEnded","messages":[{"symbol":"fail","text":"Test \"param\" with 3 test cases failed after 0.005 seconds with 2 issues."}],"testID":"KTests.S/p(x:)/T.swift:4:4"},"version":0}
    {"kind":"event","payload":{"kind":"testEnded","messages":[{"symbol":"fail","text":"Test e(k:) with 2 test cases failed after 0.005 seconds with 1 issue."}],"testID":"KTests.S/e(k:)/T.swift:7:4"},"version":0}
    {"kind":"event","payload":{"kind":"testEnded","messages":[{"symbol":"fail","text":"Test multi() failed after 0.005 seconds with 2 issues."}],"testID":"KTests.S/multi()/T.swift:5:4"},"version":0}
    {"kind":"event","payload":{"kind":"testEnded","messages":[{"symbol":"fail","text":"Suite S failed after 0.005 seconds with 5 issues."}],"testID":"KTests.S"},"version":0}
    {"kind":"event","payload":{"kind":"runEnded","messages":[{"symbol":"fail","text":"Test run with 3 tests in 1 suite failed after 0.005 seconds with 5 issues."}]},"version":0}
    """#
}
