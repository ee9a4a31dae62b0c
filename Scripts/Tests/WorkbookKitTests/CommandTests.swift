import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct CommandTests {
  @Test("No words at all mean status")
  func noWordsMeanStatus() throws {
    let command = try Command.parse([])

    #expect(command == .status)
  }

  @Test(
    "Each command parses with the arguments its usage line names",
    arguments: [
      (["status"], .status),
      (["start", "01"], .start(lesson: "01")),
      (["check"], .check(predicting: nil)),
      (["next"], .next(force: false)),
      (["next", "--force"], .next(force: true)),
      (["hint"], .hint),
      (["peek"], .peek),
      (["restore"], .restore),
      (["tests", "given"], .tests(handedOut: true)),
      (["tests", "lesson"], .tests(handedOut: false)),
      (["watch"], .watch),
      (["goto", "01", "3"], .goto(lesson: "01", step: "3")),
      (["reset"], .reset(lesson: nil)),
      (["reset", "01"], .reset(lesson: "01")),
      (["diff", "01"], .diff(lesson: "01", from: nil, to: nil)),
      (["diff", "01", "2"], .diff(lesson: "01", from: "2", to: nil)),
      (["diff", "01", "2", "4"], .diff(lesson: "01", from: "2", to: "4")),
      (["branches"], .branches),
      (["record", "red", "A new key"], .record(kind: .red, title: "A new key", lesson: nil)),
      (["verify"], .verify(lesson: nil)),
      (["verify", "01"], .verify(lesson: "01")),
      (["render"], .render(lesson: nil)),
      (["render", "01"], .render(lesson: "01")),
      (["audit"], .audit(lesson: nil, runs: 10)),
      (["audit", "01"], .audit(lesson: "01", runs: 10)),
      (["audit", "--runs", "3"], .audit(lesson: nil, runs: 3)),
      (["audit", "01", "--runs", "25"], .audit(lesson: "01", runs: 25)),
      (["audit", "--runs", "2", "01"], .audit(lesson: "01", runs: 2)),
      (["mutate"], .mutate(lesson: nil, mine: false, target: 90)),
      (["mutate", "01"], .mutate(lesson: "01", mine: false, target: 90)),
      (["mutate", "--mine"], .mutate(lesson: nil, mine: true, target: 90)),
      (
        ["mutate", "--target", "80", "01", "--mine"], .mutate(lesson: "01", mine: true, target: 80)
      ),
      (["mutate", "01", "--target", "75%"], .mutate(lesson: "01", mine: false, target: 75)),
    ] as [([String], Command)])
  func everyCommandWithRightArguments(words: [String], expected: Command) throws {
    #expect(try Command.parse(words) == expected)
  }

  @Test("An unknown command is a usage error with exit code 64")
  func unknownCommand() {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(["frobnicate"]) }

    #expect(error == .usage("unknown command 'frobnicate'"))
    #expect(error?.exitCode == 64)
  }

  @Test(
    "Wrong argument counts are usage errors that quote the command's usage line",
    arguments: [
      (["status", "now"], "usage: workbook [status]"),
      (["start"], "usage: workbook start <lesson>"),
      (["start", "01", "02"], "usage: workbook start <lesson>"),
      (
        ["check", "again"],
        "usage: workbook check | workbook check --predict <colour> "
          + "| workbook check --predict <n|tests>"
      ),
      (["goto", "01"], "usage: workbook goto <lesson> <step>"),
      (["reset", "01", "02"], "usage: workbook reset [<lesson>]"),
      (["diff"], "usage: workbook diff <lesson> [<from> [<to>]]"),
      (["diff", "01", "1", "2", "3"], "usage: workbook diff <lesson> [<from> [<to>]]"),
      (["branches", "01"], "usage: workbook branches"),
      (
        ["record", "red"],
        #"usage: workbook record <kind> "<title>" [--lesson <lesson>] [--still-red <test>] "#
          + "[--undoes <step>]"
      ),
      (["verify", "01", "02"], "usage: workbook verify [<lesson>]"),
      (["render", "01", "02"], "usage: workbook render [<lesson>]"),
      (["audit", "01", "02"], "usage: workbook audit [<lesson>] [--runs <n>]"),
      (["audit", "--runs"], "usage: workbook audit [<lesson>] [--runs <n>]"),
      (["tests"], "usage: workbook tests given | workbook tests lesson"),
      (["tests", "mine"], "usage: workbook tests given | workbook tests lesson"),
    ])
  func wrongArgumentCounts(words: [String], usage: String) {
    // Each line above names every form of its command.
    let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }

    #expect(error == .usage("wrong arguments for '\(words[0])': \(usage)"))
    #expect(error?.exitCode == 64)
  }

  @Test(
    "audit --runs needs a whole number of at least 2", arguments: ["1", "0", "-3", "ten", "2.5"])
  func auditWithBadRunCount(count: String) {
    let error = #expect(throws: WorkbookError.self) {
      try Command.parse(["audit", "--runs", count])
    }

    #expect(error == .usage("--runs needs a whole number of at least 2, not '\(count)'"))
  }

  @Test("record rejects an unknown kind and lists the kinds")
  func recordWithUnknownKind() {
    let error = #expect(throws: WorkbookError.self) {
      try Command.parse(["record", "blue", "A title"])
    }

    #expect(error == .usage("unknown step kind 'blue'; kinds: amber, red, green, refactor, break"))
  }

  @Test("record rejects a title that is empty or only blanks", arguments: ["", "   "])
  func recordWithEmptyTitle(title: String) {
    let error = #expect(throws: WorkbookError.self) {
      try Command.parse(["record", "green", title])
    }

    #expect(error == .usage("a step needs a title"))
  }

  @Test(
    "record takes --lesson before, between or after its kind and title",
    arguments: [
      ["--lesson", "01", "green", "Fake it"],
      ["green", "--lesson", "01", "Fake it"],
      ["green", "Fake it", "--lesson", "01"],
    ])
  func recordWithLessonAnywhere(words: [String]) throws {
    let command = try Command.parse(["record"] + words)

    #expect(command == .record(kind: .green, title: "Fake it", lesson: "01"))
  }

  @Test("record with --lesson but no lesson after it is a usage error")
  func recordWithDanglingLessonFlag() {
    let error = #expect(throws: WorkbookError.self) {
      try Command.parse(["record", "green", "Fake it", "--lesson"])
    }

    #expect(error?.message.contains("usage: workbook record") == true)
  }

  @Test(
    "mutate rejects a bad target, an unknown flag and a second lesson",
    arguments: [
      (["mutate", "--target"], "--target needs a percentage from 0 to 100, such as --target 90"),
      (
        ["mutate", "--target", "many"],
        "--target needs a percentage from 0 to 100, such as --target 90"
      ),
      (
        ["mutate", "--target", "120"],
        "--target needs a percentage from 0 to 100, such as --target 90"
      ),
      (
        ["mutate", "01", "02"],
        "wrong arguments for 'mutate': usage: workbook mutate [<lesson>] [--target <percent>] "
          + "| workbook mutate --mine [<lesson>] [--target <percent>]"
      ),
    ])
  func mutateUsageErrors(words: [String], message: String) {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }

    #expect(error == .usage(message))
  }

  @Test("Help lists mutate, says it never leaves a mutant in your files, and how timeouts count")
  func helpExplainsMutate() {
    #expect(Usage.text.contains("workbook mutate --mine [<lesson>]"))
    #expect(
      Usage.text.contains("mutate runs each mutant in a copy of the lesson, never in your files"))
    #expect(Usage.text.contains("is stopped and counts as killed."))
  }

  @Test("main prints help on stdout and exits 0")
  func mainPrintsHelp() {
    let captured = CapturedTerminal()

    let status = Workbook.main(
      arguments: ["help"], folder: URL(fileURLWithPath: "/"), terminal: captured.terminal)

    #expect(status == 0)
    #expect(captured.output.hasPrefix("Usage: swift run workbook <command>"))
    #expect(captured.output.contains("workbook goto <lesson> <step>"))
    #expect(captured.output.contains("workbook audit [<lesson>] [--runs <n>]"))
    #expect(captured.errors.isEmpty)
  }

  @Test("main reports a usage error in one line, points at help, and exits 64")
  func mainReportsUsageError() {
    let captured = CapturedTerminal()

    let status = Workbook.main(
      arguments: ["frobnicate"], folder: URL(fileURLWithPath: "/"), terminal: captured.terminal)

    #expect(status == 64)
    let lines = captured.errors.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines == ["Error: unknown command 'frobnicate' (see 'swift run workbook help')"])
    #expect(captured.output.isEmpty)
  }

  @Test("main outside a workbook fails with one line on stderr and exits 1")
  func mainOutsideWorkbook() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let captured = CapturedTerminal()

    let status = Workbook.main(arguments: [], folder: folder, terminal: captured.terminal)

    #expect(status == 1)
    let lines = captured.errors.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("Error: not inside the TDD Workbook") == true)
    #expect(captured.output.isEmpty)
  }

  @Test(
    "An option a command does not take is a usage error that names it",
    arguments: [
      (["verify", "--update-text"], "unknown option '--update-text' for 'verify'"),
      (["audit", "--foo"], "unknown option '--foo' for 'audit'"),
      (["mutate", "--fast"], "unknown option '--fast' for 'mutate'"),
      (["next", "--now"], "unknown option '--now' for 'next'"),
    ])
  func unknownOptions(words: [String], message: String) {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(words) }

    #expect(error?.message.hasPrefix(message + "; usage: workbook \(words[0])") == true)
    #expect(error?.exitCode == 64)
  }
}
