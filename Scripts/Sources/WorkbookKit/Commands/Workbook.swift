import Foundation
import WorkbookCore

/// The workbook tool: runs one command against a workspace and returns the exit code.
public struct Workbook {
  /// The learner's clone.
  public let workspace: Workspace
  /// Where output goes.
  public let terminal: Terminal
  /// What runs the tests.
  public let runner: any TestRunner
  /// The clock that test runs wait on.
  var pacer = Pacer.realTime
  /// Whether the learner pressed Ctrl-C: a command that changes files checks it before it
  /// changes any.
  var isInterrupted: @Sendable () -> Bool = { Interrupt.wasPressed }
  /// How many seconds a command waits for another that works on the clone before it gives up.
  var lockPatience: TimeInterval = 120

  /// Creates the tool for `workspace`.
  public init(workspace: Workspace, terminal: Terminal, runner: any TestRunner = SwiftTestRunner())
  {
    self.workspace = workspace
    self.terminal = terminal
    self.runner = runner
  }

  /// Finds the workspace around `folder` and runs `arguments`, reporting errors in one line.
  public static func main(arguments: [String], folder: URL, terminal: Terminal) -> Int32 {
    do {
      let command = try Command.parse(arguments)
      if case .help(let topic) = command {
        terminal.print(Usage.help(for: topic))
        return 0
      }
      let workbook = Workbook(workspace: try Workspace.containing(folder), terminal: terminal)
      return try workbook.run(command)
    } catch WorkbookError.interrupted {
      terminal.printError("Stopped.")
      return WorkbookError.interrupted.exitCode
    } catch let error as WorkbookError {
      let help = error.exitCode == 64 ? " (see 'swift run workbook help')" : ""
      terminal.printError("Error: \(ErrorLine.shortened(error.message))\(help)")
      return error.exitCode
    } catch {
      let root = (try? Workspace.containing(folder))?.root ?? folder
      guard let line = SystemError.describe(error, in: root) else {
        terminal.printError("Error: \(error.localizedDescription)")
        return 1
      }
      terminal.printError(
        "Error: \(line); check that it is a file or folder you may change, then run this again")
      return 1
    }
  }

  /// Runs `command` and returns its exit code, holding the clone's lock while it runs if it
  /// reads or changes the lessons' files or the learner's progress.
  ///
  /// - Throws: `WorkbookError` when the command cannot do its job.
  public func run(_ command: Command) throws -> Int32 {
    guard let name = command.lockedName else { return try perform(command) }
    let lock = try holdLock(for: name, patience: lockPatience)
    defer { lock.release() }
    return try perform(command)
  }

  /// Takes the clone's lock for the command `name`, saying so if it has to wait, and waiting
  /// up to `patience` seconds.
  func holdLock(
    for name: String, patience: TimeInterval, shouldStop: () -> Bool = { Interrupt.wasPressed }
  ) throws -> WorkspaceLock {
    try workspace.lock(
      for: name, patience: patience,
      onWait: { holder in terminal.print("Waiting for \(holder) to end…") },
      shouldStop: shouldStop)
  }

  private func perform(_ command: Command) throws -> Int32 {
    switch command {
    case .help(let topic):
      terminal.print(Usage.help(for: topic))
      return 0
    case .status: return try status()
    case .start(let lesson): return try start(lesson)
    case .check(let prediction, let breaks):
      return try check(predicting: prediction, breaks: breaks)
    case .watch: return try watch()
    case .next(let force): return try next(force: force)
    case .hint: return try hint()
    case .peek: return try peek()
    case .restore: return try restore()
    case .tests(let handedOut): return try handOutEveryTest(handedOut)
    case .predict(let colour): return try predict(colour)
    case .goto(let lesson, let step): return try goto(lesson, step)
    case .reset(let lesson): return try reset(lesson)
    case .diff(let lesson, let from, let to): return try diff(lesson, from: from, to: to)
    case .branches: return try branches()
    case .record(let kind, let title, let lesson, let hints, let stillRed, let undoes):
      return try record(
        kind, title: title, lesson: lesson, hints: hints, stillRed: stillRed, undoes: undoes)
    case .new(let slug, let title): return try createLesson(slug, title: title)
    case .amend: return try amend()
    case .insert(let kind, let title, let hints, let undoes):
      return try insert(kind, title: title, hints: hints, undoes: undoes)
    case .drop(let lesson, let step): return try drop(lesson, step)
    case .rename(let lesson, let slug): return try rename(lesson, to: slug)
    case .verify(let lesson): return try verify(lesson, rendering: false)
    case .render(let lesson): return try verify(lesson, rendering: true)
    case .audit(let lesson, let runs): return try audit(lesson, runs: runs)
    case .mutate(let lesson, let mine, let target):
      return try mutate(lesson, mine: mine, target: target)
    }
  }

  /// The current lesson and step, or an error that says how to start one.
  func currentPosition() throws -> (lesson: Lesson, step: Step, progress: LearnerProgress) {
    let progress = try progress()
    guard let slug = progress.lesson else {
      guard let last = progress.practising ?? progress.finished.last,
        let entry = Curriculum.entries.first(where: { $0.slug == last })
      else {
        throw WorkbookError.failure("no lesson started; run 'swift run workbook start 01'")
      }
      let number = entry.slug.prefix(2)
      if progress.practising != nil {
        throw WorkbookError.failure(
          "no lesson in progress: you finished lesson \(number); 'swift run workbook check' still "
            + "runs its tests, and 'swift run workbook goto \(number) <step>' opens a step again")
      }
      throw WorkbookError.failure(
        "no lesson in progress: you finished lesson \(number); run its tests with "
          + "'swift test --filter \(entry.kata)Tests', or open a step again with "
          + "'swift run workbook goto \(number) <step>'")
    }
    let lesson = try workspace.lessons.lesson(named: slug)
    guard let step = lesson.step(progress.step) else {
      throw WorkbookError.failure(
        "your progress points at step \(progress.step) of \(slug), which has \(lesson.steps.count); "
          + "run 'swift run workbook start \(lesson.paddedNumber)'")
    }
    return (lesson, step, progress)
  }

  /// Runs the tests of the lesson as it is in the working tree.
  ///
  /// They run in a copy of the lesson's two folders, a package of its own under
  /// `.build/workbook/check/`: it builds nothing else, so it is quick, another lesson's broken
  /// code cannot block it, and every file it copies is stamped so that SwiftPM rebuilds it.
  ///
  /// - Parameter files: the lesson's files to test; those of the working tree by default.
  func runTests(of lesson: Lesson, files: Snapshot? = nil) throws -> Outcome {
    let scratch = ScratchPackage.of("check", for: lesson, in: workspace, pacer: pacer)
    try scratch.update(to: files ?? workspace.currentFiles(of: lesson))
    return try scratch.runTests(with: runner).outcome
      .relocated(from: scratch.folder.path, to: workspace.root.path)
  }

  /// Parses a step number of `lesson`, or fails with the valid range.
  func stepNumber(_ text: String, of lesson: Lesson) throws -> Int {
    guard let number = Int(text), lesson.step(number) != nil else {
      throw WorkbookError.usage(
        "unknown step '\(text)' of lesson \(lesson.paddedNumber); steps are 1 to \(lesson.steps.count)"
      )
    }
    return number
  }

  /// Tells the learner where their own work was saved, if it was.
  func reportSaved(_ folder: URL?) {
    guard let folder else { return }
    let path = folder.path.replacingOccurrences(of: workspace.root.path + "/", with: "")
    terminal.print("Your changes were saved to \(path)/ before they were replaced;")
    terminal.print("  it holds your files at their usual paths, to copy back what you need.")
  }
}
