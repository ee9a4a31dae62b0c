import Foundation

/// Runs `jobs` at the same time, each on a thread of its own, and returns their results in the
/// order of the jobs; the first error, in that order, is thrown once every job has ended.
///
/// The machine's cores then build several scratch packages at once, where one build alone
/// would leave most of them idle.
public func inParallel<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
  let results = Locked<[Int: Result<T, any Error>]>([:])
  DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
    let result = Result { try jobs[index]() }
    results.withLock { $0[index] = result }
  }
  return try results.withLock { $0 }.sorted { $0.key < $1.key }.map { try $0.value.get() }
}
