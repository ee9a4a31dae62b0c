import Foundation
import WorkbookCore
import WorkbookKit

// The thin entry point of `swift run workbook`: everything else lives in WorkbookKit
// and the modules below it.

/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
let usesColour =
  isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

let terminal = Terminal(
  // Written straight to the file descriptor, so progress shows at once in a pipe or a CI log.
  print: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
  printError: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) },
  usesColour: usesColour,
  // Questions, such as record's hints, only when someone is at the keyboard to answer them.
  ask: isatty(STDIN_FILENO) == 1
    ? { question in
      FileHandle.standardOutput.write(Data(question.utf8))
      return readLine()
    } : nil)

// Ctrl-C is caught, so that a command can stop the test runs it started before it ends.
Interrupt.catchCtrlC()
let status = Workbook.main(
  arguments: Array(CommandLine.arguments.dropFirst()),
  folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
  terminal: terminal)
exit(status)
