import Foundation
import Testing

@testable import WorkbookCore
@testable import WorkbookKit

@Suite struct HelpTests {
  @Test(
    "Help for one command: help <command>, <command> --help and <command> -h",
    arguments: [
      (["help", "check"], "check"),
      (["check", "--help"], "check"),
      (["next", "-h"], "next"),
      (["check", "--predict", "red", "--help"], "check"),
      (["goto", "--help"], "goto"),
      (["tests", "-h"], "tests"),
    ])
  func helpForOneCommand(words: [String], topic: String) throws {
    #expect(try Command.parse(words) == .help(topic: topic))
  }

  @Test(
    "help, --help and -h alone ask for the help of every command",
    arguments: [
      ["help"], ["--help"], ["-h"],
    ])
  func helpForEveryCommand(words: [String]) throws {
    #expect(try Command.parse(words) == .help(topic: nil))
  }

  @Test("Help for a command that does not exist is a usage error with a suggestion")
  func helpForUnknownCommand() {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(["help", "chek"]) }

    #expect(error == .usage("unknown command 'chek'; did you mean 'check'?"))
  }

  @Test(
    "A mistyped command gets the nearest command as a suggestion",
    arguments: [
      ("chek", "check"), ("nxt", "next"), ("stats", "status"), ("verfy", "verify"),
      ("Check", "check"), ("mutat", "mutate"),
    ])
  func mistypedCommand(typed: String, meant: String) {
    let error = #expect(throws: WorkbookError.self) { try Command.parse([typed]) }

    #expect(error == .usage("unknown command '\(typed)'; did you mean '\(meant)'?"))
  }

  @Test("A word far from every command gets no suggestion")
  func farWord() {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(["frobnicate"]) }

    #expect(error == .usage("unknown command 'frobnicate'"))
  }

  @Test("A mistyped option gets the nearest option of that command as a suggestion")
  func mistypedOption() {
    let error = #expect(throws: WorkbookError.self) { try Command.parse(["next", "--forse"]) }

    #expect(
      error
        == .usage(
          "unknown option '--forse' for 'next'; did you mean '--force'? usage: workbook next [--force]"
        ))
  }

  @Test("main prints one command's help on stdout and exits 0")
  func mainPrintsOneCommandsHelp() {
    let captured = CapturedTerminal()

    let status = Workbook.main(
      arguments: ["check", "--help"], folder: URL(fileURLWithPath: "/"),
      terminal: captured.terminal)

    #expect(status == 0)
    #expect(captured.output == Usage.help(for: "check"))
    #expect(captured.errors.isEmpty)
  }

  @Test(
    "Each command's help shows every form of that command and no other command's",
    arguments: Usage.commandNames.sorted())
  func eachCommandsHelpIsItsOwn(name: String) {
    let help = Usage.help(for: name)
    for entry in Usage.entries {
      #expect(help.contains(entry.usage) == (entry.name == name), "usage \(entry.usage)")
    }
  }

  @Test(
    "The help screens read as their golden files do",
    arguments: ["all"] + Usage.commandNames.sorted())
  func goldenHelp(name: String) throws {
    let text = name == "all" ? Usage.text : Usage.help(for: name)

    try Golden.compare(text, with: "help/\(name).txt")
  }
}
