import Foundation
import Testing

@testable import WorkbookCore

/// The samples are real event streams (version 0) written by `swift test` 6.3.1 for a tiny
/// package, with each test's `_backtrace` removed and long records broken over source lines.
@Suite struct EventStreamTests {
  @Test("A run lists every test that ran and each failure with display name, message and place")
  func passAndFail() throws {
    let report = try #require(EventStream.parse(Data(Self.passAndFail.utf8)))

    #expect(report.tests == ["CacheTests/first()", "CacheTests/second()"])
    #expect(
      report.failures == [
        TestFailure(
          test: "CacheTests/second()", displayName: "A new key runs its own operation",
          message: #"Expectation failed: (Cache().response(for: "b") → "pay_1") == "pay_2""#,
          location: "KataTests/CacheTests.swift:12:5")
      ])
  }

  @Test("A stream that stops before runEnded is a crash and parses as nil")
  func crashWithoutRunEnded() {
    let report = EventStream.parse(Data(Self.crashAfterKnownIssue.utf8))

    #expect(report == nil)
  }

  @Test("A known issue is not a failure")
  func knownIssueIsNotAFailure() throws {
    let ended = #"{"kind":"event","payload":{"kind":"runEnded","messages":[]},"version":0}"#
    let stream = Self.crashAfterKnownIssue + "\n" + ended

    let report = try #require(EventStream.parse(Data(stream.utf8)))

    #expect(report.tests == ["CacheTests/first()", "CacheTests/known()"])
    #expect(report.failures.isEmpty)
  }

  @Test("An empty stream is a crash")
  func emptyStream() {
    #expect(EventStream.parse(Data()) == nil)
  }

  @Test("Free functions and tests in nested suites keep their own names")
  func freeAndNestedTests() throws {
    let report = try #require(EventStream.parse(Data(Self.nestedAndFree.utf8)))

    #expect(
      report.tests == [
        "freeTest()", "Outer/Inner/nested()", "Outer/Inner/parameterized(value:)",
      ])
    #expect(
      report.failures.map(\.test) == [
        "freeTest()", "Outer/Inner/nested()", "Outer/Inner/parameterized(value:)",
      ])
    #expect(
      report.failures.map(\.displayName) == [
        "A free function test fails", "nested()", "parameterized(value:)",
      ])
    #expect(
      report.failures.map(\.location) == [
        "KataTests/CacheTests.swift:6:3", "KataTests/CacheTests.swift:12:7",
        "KataTests/CacheTests.swift:15:7",
      ])
  }

  @Test("Timings give each test's time from its start to its end, its place, and the run's time")
  func timings() throws {
    let timings = try #require(EventStream.timings(Data(Self.passAndFail.utf8)))

    #expect(
      timings.places == [
        "CacheTests/first()": "KataTests/CacheTests.swift:5",
        "CacheTests/second()": "KataTests/CacheTests.swift:10",
      ])
    #expect(Set(timings.seconds.keys) == ["CacheTests/first()", "CacheTests/second()"])
    #expect(abs((timings.seconds["CacheTests/first()"] ?? 0) - 0.000_309_471) < 1e-9)
    #expect(abs((timings.seconds["CacheTests/second()"] ?? 0) - 0.001_220_618) < 1e-9)
    #expect(abs(timings.runSeconds - 0.002_171_253) < 1e-9)
  }

  @Test("A parameterized test is timed once, and suites are not timed")
  func timingsOfParameterizedTests() throws {
    let timings = try #require(EventStream.timings(Data(Self.nestedAndFree.utf8)))

    #expect(
      Set(timings.seconds.keys) == [
        "freeTest()", "Outer/Inner/nested()", "Outer/Inner/parameterized(value:)",
      ])
  }

  @Test("A stream that stops before runEnded has no timings")
  func timingsOfCrash() {
    #expect(EventStream.timings(Data(Self.crashAfterKnownIssue.utf8)) == nil)
  }

  @Test(
    "shortName drops the module and the source location of a test's ID",
    arguments: [
      ("KataTests.CacheTests/first()/CacheTests.swift:5:4", "CacheTests/first()"),
      ("KataTests.CacheTests", "CacheTests"),
      ("KataTests.freeTest()/CacheTests.swift:4:2", "freeTest()"),
      ("KataTests.Outer/Inner/nested()/CacheTests.swift:11:6", "Outer/Inner/nested()"),
      (
        "KataTests.Outer/Inner/parameterized(value:)/CacheTests.swift:14:6",
        "Outer/Inner/parameterized(value:)"
      ),
    ])
  func shortName(id: String, expected: String) {
    #expect(EventStream.shortName(id) == expected)
  }

  /// A run of two tests, `first()` passing and `second()` failing.
  static let passAndFail = #"""
    {"kind":"test","payload":{"id":"KataTests.CacheTests","kind":"suite","name":"CacheTests",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":2,"fileID":"KataTests\/CacheTests.swift","line":4}},"version":0}
    {"kind":"test","payload":{"displayName":"A first request gets its response",\#
    "id":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4","isParameterized":false,\#
    "kind":"function","name":"first()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":5}},"version":0}
    {"kind":"test","payload":{"displayName":"A new key runs its own operation",\#
    "id":"KataTests.CacheTests\/second()\/CacheTests.swift:10:4","isParameterized":false,\#
    "kind":"function","name":"second()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":10}},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.475035188,\#
    "since1970":1795918515.032668},"kind":"runStarted","messages":[{"symbol":"default",\#
    "text":"Test run started."},{"symbol":"details",\#
    "text":"Testing Library Version: 6.3.1 (937120cbc281cf2)"},{"symbol":"details",\#
    "text":"Target Platform: x86_64-unknown-linux-gnu"}]},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.475389896,\#
    "since1970":1795918515.0330226},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Suite CacheTests started."}],"testID":"KataTests.CacheTests"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.475741269,\#
    "since1970":1795918515.033374},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test \"A new key runs its own operation\" started."}],\#
    "testID":"KataTests.CacheTests\/second()\/CacheTests.swift:10:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.475797658,\#
    "since1970":1795918515.0334306},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test \"A first request gets its response\" started."}],\#
    "testID":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.476107129,\#
    "since1970":1795918515.03374},"kind":"testEnded","messages":[{"symbol":"pass",\#
    "text":"Test \"A first request gets its response\" passed after 0.001 seconds."}],\#
    "testID":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4"},"version":0}
    {"kind":"event","payload":{"_comments":[],\#
    "_sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift"\#
    ,"column":5,"fileID":"KataTests\/CacheTests.swift","line":12},\#
    "instant":{"absolute":530.476586228,"since1970":1795918515.0342195},\#
    "issue":{"isKnown":false,\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":5,"fileID":"KataTests\/CacheTests.swift","line":12}},"kind":"issueRecorded",\#
    "messages":[{"symbol":"fail",\#
    "text":"Expectation failed: (Cache().response(for: \"b\") → \"pay_1\") == \"pay_2\""}],\#
    "testID":"KataTests.CacheTests\/second()\/CacheTests.swift:10:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.476961887,\#
    "since1970":1795918515.0345948},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Test \"A new key runs its own operation\" failed after 0.001 seconds with 1 \#
    issue."}],"testID":"KataTests.CacheTests\/second()\/CacheTests.swift:10:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.477091911,\#
    "since1970":1795918515.0347247},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Suite CacheTests failed after 0.001 seconds with 1 issue."}],\#
    "testID":"KataTests.CacheTests"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":530.477206441,\#
    "since1970":1795918515.0348392},"kind":"runEnded","messages":[{"symbol":"fail",\#
    "text":"Test run with 2 tests in 1 suite failed after 0.002 seconds with 1 issue."}]},\#
    "version":0}
    """#

  private static let crashAfterKnownIssue = #"""
    {"kind":"test","payload":{"id":"KataTests.CacheTests","kind":"suite","name":"CacheTests",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":2,"fileID":"KataTests\/CacheTests.swift","line":4}},"version":0}
    {"kind":"test","payload":{"displayName":"A first request gets its response",\#
    "id":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4","isParameterized":false,\#
    "kind":"function","name":"first()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":5}},"version":0}
    {"kind":"test","payload":{"displayName":"A known issue does not fail the run",\#
    "id":"KataTests.CacheTests\/known()\/CacheTests.swift:10:4","isParameterized":false,\#
    "kind":"function","name":"known()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":10}},"version":0}
    {"kind":"test","payload":{"id":"KataTests.CacheTests\/crashes()\/CacheTests.swift:15:4",\#
    "isParameterized":false,"kind":"function","name":"crashes()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":15}},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.839540002,\#
    "since1970":1795918529.397173},"kind":"runStarted","messages":[{"symbol":"default",\#
    "text":"Test run started."},{"symbol":"details",\#
    "text":"Testing Library Version: 6.3.1 (937120cbc281cf2)"},{"symbol":"details",\#
    "text":"Target Platform: x86_64-unknown-linux-gnu"}]},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.839795869,\#
    "since1970":1795918529.3974288},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Suite CacheTests started."}],"testID":"KataTests.CacheTests"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.84016613,\#
    "since1970":1795918529.397799},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test \"A first request gets its response\" started."}],\#
    "testID":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.840439217,\#
    "since1970":1795918529.398072},"kind":"testEnded","messages":[{"symbol":"pass",\#
    "text":"Test \"A first request gets its response\" passed after 0.001 seconds."}],\#
    "testID":"KataTests.CacheTests\/first()\/CacheTests.swift:5:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.840665834,\#
    "since1970":1795918529.3982987},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test \"A known issue does not fail the run\" started."}],\#
    "testID":"KataTests.CacheTests\/known()\/CacheTests.swift:10:4"},"version":0}
    {"kind":"event","payload":{"_comments":[],\#
    "_sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift"\#
    ,"column":22,"fileID":"KataTests\/CacheTests.swift","line":12},\#
    "instant":{"absolute":544.841050207,"since1970":1795918529.3986833},\#
    "issue":{"isKnown":true,\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":22,"fileID":"KataTests\/CacheTests.swift","line":12}},"kind":"issueRecorded",\#
    "messages":[{"symbol":"passWithKnownIssue",\#
    "text":"Expectation failed: (Cache().response(for: \"b\") → \"pay_1\") == \"pay_2\""}],\#
    "testID":"KataTests.CacheTests\/known()\/CacheTests.swift:10:4"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.841274781,\#
    "since1970":1795918529.3989077},"kind":"testEnded",\#
    "messages":[{"symbol":"passWithKnownIssue",\#
    "text":"Test \"A known issue does not fail the run\" passed after 0.001 seconds with 1 \#
    known issue."}],"testID":"KataTests.CacheTests\/known()\/CacheTests.swift:10:4"},\#
    "version":0}
    {"kind":"event","payload":{"instant":{"absolute":544.841382221,\#
    "since1970":1795918529.399015},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test crashes() started."}],\#
    "testID":"KataTests.CacheTests\/crashes()\/CacheTests.swift:15:4"},"version":0}
    """#

  private static let nestedAndFree = #"""
    {"kind":"test","payload":{"displayName":"A free function test fails",\#
    "id":"KataTests.freeTest()\/CacheTests.swift:4:2","isParameterized":false,\#
    "kind":"function","name":"freeTest()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":2,"fileID":"KataTests\/CacheTests.swift","line":4}},"version":0}
    {"kind":"test","payload":{"id":"KataTests.Outer","kind":"suite","name":"Outer",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":2,"fileID":"KataTests\/CacheTests.swift","line":9}},"version":0}
    {"kind":"test","payload":{"id":"KataTests.Outer\/Inner","kind":"suite","name":"Inner",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":4,"fileID":"KataTests\/CacheTests.swift","line":10}},"version":0}
    {"kind":"test","payload":{"id":"KataTests.Outer\/Inner\/nested()\/CacheTests.swift:11:6",\#
    "isParameterized":false,"kind":"function","name":"nested()",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":6,"fileID":"KataTests\/CacheTests.swift","line":11}},"version":0}
    {"kind":"test","payload":{"_testCases":[{"displayName":"1",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [49])], discriminator: 0, isStable: true"},{"displayName":"2",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [50])], discriminator: 0, isStable: true"}],\#
    "id":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6",\#
    "isParameterized":true,"kind":"function","name":"parameterized(value:)",\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":6,"fileID":"KataTests\/CacheTests.swift","line":14}},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.691843618,\#
    "since1970":1795918537.2494767},"kind":"runStarted","messages":[{"symbol":"default",\#
    "text":"Test run started."},{"symbol":"details",\#
    "text":"Testing Library Version: 6.3.1 (937120cbc281cf2)"},{"symbol":"details",\#
    "text":"Target Platform: x86_64-unknown-linux-gnu"}]},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.692192358,\#
    "since1970":1795918537.2498252},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Suite Outer started."}],"testID":"KataTests.Outer"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.692382511,\#
    "since1970":1795918537.2500153},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test \"A free function test fails\" started."}],\#
    "testID":"KataTests.freeTest()\/CacheTests.swift:4:2"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.692476671,\#
    "since1970":1795918537.2501094},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Suite Inner started."}],"testID":"KataTests.Outer\/Inner"},"version":0}
    {"kind":"event","payload":{"_comments":[],\#
    "_sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift"\#
    ,"column":3,"fileID":"KataTests\/CacheTests.swift","line":6},\#
    "instant":{"absolute":552.692854484,"since1970":1795918537.2504873},\#
    "issue":{"isKnown":false,\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":3,"fileID":"KataTests\/CacheTests.swift","line":6}},"kind":"issueRecorded",\#
    "messages":[{"symbol":"fail",\#
    "text":"Expectation failed: (Cache().response(for: \"a\") → \"pay_1\") == \"pay_2\""}],\#
    "testID":"KataTests.freeTest()\/CacheTests.swift:4:2"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.693131026,\#
    "since1970":1795918537.250764},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Test \"A free function test fails\" failed after 0.001 seconds with 1 issue."}],\#
    "testID":"KataTests.freeTest()\/CacheTests.swift:4:2"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.693353337,\#
    "since1970":1795918537.250986},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test nested() started."}],\#
    "testID":"KataTests.Outer\/Inner\/nested()\/CacheTests.swift:11:6"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.693431904,\#
    "since1970":1795918537.2510648},"kind":"testStarted","messages":[{"symbol":"default",\#
    "text":"Test parameterized(value:) started."}],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"_comments":[],\#
    "_sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift"\#
    ,"column":7,"fileID":"KataTests\/CacheTests.swift","line":12},\#
    "instant":{"absolute":552.693661486,"since1970":1795918537.2512944},\#
    "issue":{"isKnown":false,\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":7,"fileID":"KataTests\/CacheTests.swift","line":12}},"kind":"issueRecorded",\#
    "messages":[{"symbol":"fail","text":"Expectation failed: Bool(false)"}],\#
    "testID":"KataTests.Outer\/Inner\/nested()\/CacheTests.swift:11:6"},"version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"1",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [49])], discriminator: 0, isStable: true"},"instant":{"absolute":552.693823347,\#
    "since1970":1795918537.2514563},"kind":"testCaseStarted","messages":[{"symbol":"default",\#
    "text":"Test case passing 1 argument value → 1 to parameterized(value:) started."}],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"1",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [49])], discriminator: 0, isStable: true"},"instant":{"absolute":552.693924377,\#
    "since1970":1795918537.2515574},"kind":"testCaseEnded","messages":[],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"2",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [50])], discriminator: 0, isStable: true"},"instant":{"absolute":552.693894022,\#
    "since1970":1795918537.2515273},"kind":"testCaseStarted","messages":[{"symbol":"default",\#
    "text":"Test case passing 1 argument value → 2 to parameterized(value:) started."}],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.693971778,\#
    "since1970":1795918537.2516048},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Test nested() failed after 0.001 seconds with 1 issue."}],\#
    "testID":"KataTests.Outer\/Inner\/nested()\/CacheTests.swift:11:6"},"version":0}
    {"kind":"event","payload":{"_comments":[],\#
    "_sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift"\#
    ,"column":7,"fileID":"KataTests\/CacheTests.swift","line":15},\#
    "_testCase":{"displayName":"2",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [50])], discriminator: 0, isStable: true"},"instant":{"absolute":552.694122642,\#
    "since1970":1795918537.2517557},"issue":{"isKnown":false,\#
    "sourceLocation":{"_filePath":"\/tmp\/helperb-sample\/Tests\/KataTests\/CacheTests.swift",\#
    "column":7,"fileID":"KataTests\/CacheTests.swift","line":15}},"kind":"issueRecorded",\#
    "messages":[{"symbol":"fail","text":"Expectation failed: (value → 2) == 1"}],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"_testCase":{"displayName":"2",\#
    "id":"Parameterized test case ID: argumentIDs: [Testing.Test.Case.Argument.ID(bytes: \#
    [50])], discriminator: 0, isStable: true"},"instant":{"absolute":552.694259135,\#
    "since1970":1795918537.2518923},"kind":"testCaseEnded","messages":[],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.694325023,\#
    "since1970":1795918537.251958},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Test parameterized(value:) with 2 test cases failed after 0.001 seconds with 1 \#
    issue."}],\#
    "testID":"KataTests.Outer\/Inner\/parameterized(value:)\/CacheTests.swift:14:6"},\#
    "version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.694426134,\#
    "since1970":1795918537.252059},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Suite Inner failed after 0.001 seconds with 2 issues."}],\#
    "testID":"KataTests.Outer\/Inner"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.69449039,\#
    "since1970":1795918537.252123},"kind":"testEnded","messages":[{"symbol":"fail",\#
    "text":"Suite Outer failed after 0.002 seconds with 2 issues."}],\#
    "testID":"KataTests.Outer"},"version":0}
    {"kind":"event","payload":{"instant":{"absolute":552.694563258,\#
    "since1970":1795918537.252196},"kind":"runEnded","messages":[{"symbol":"fail",\#
    "text":"Test run with 3 tests in 2 suites failed after 0.002 seconds with 3 issues."}]},\#
    "version":0}
    """#
}
