import Foundation

/// Makes mutants of production code: copies of a file with one small fault each.
///
/// It works on source text and never writes a file; running the mutants is someone else's job.
struct Mutator {
  /// The kinds of fault to make.
  var operators: Set<MutationOperator> = Set(MutationOperator.allCases)

  /// Every mutant of `files` (source by repository-relative path), numbered from 1, file by file
  /// in path order and in source order within a file.
  func mutants(of files: [String: String]) -> [Mutant] {
    var mutants: [Mutant] = []
    for path in files.keys.sorted() {
      guard let source = files[path] else { continue }
      let bytes = Array(source.utf8)
      let faults = FaultFinder(structure: SourceStructure(source: source), bytes: bytes)
        .faults(of: operators)
      var seen: Set<String> = [source]
      for fault in faults.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        let mutant = makeMutant(
          fault, id: mutants.count + 1, file: path, originalFile: source, bytes: bytes)
        guard seen.insert(mutant.mutatedFile).inserted else { continue }
        mutants.append(mutant)
      }
    }
    return mutants
  }

  private func makeMutant(
    _ fault: FaultFinder.Fault, id: Int, file: String, originalFile: String, bytes: [UInt8]
  ) -> Mutant {
    let replacement = Array(fault.replacement.utf8)
    let mutated =
      Array(bytes[..<fault.range.lowerBound]) + replacement
      + Array(bytes[fault.range.upperBound...])
    let newline = UInt8(ascii: "\n")
    let spanStart = (bytes[..<fault.range.lowerBound].lastIndex(of: newline) ?? -1) + 1
    let last = max(fault.range.lowerBound, fault.range.upperBound - 1)
    let spanEnd =
      last < bytes.count ? (bytes[last...].firstIndex(of: newline) ?? bytes.count) : last
    let mutatedEnd = spanEnd + replacement.count - fault.range.count
    let line = bytes[..<fault.range.lowerBound].count { $0 == newline } + 1
    return Mutant(
      id: id, operator: fault.operator, file: file, line: line, description: fault.description,
      originalLines: Self.trimmedLines(bytes[spanStart..<spanEnd]),
      mutatedLines: mutatedEnd > spanStart
        ? Self.trimmedLines(mutated[spanStart..<mutatedEnd]) : "",
      originalFile: originalFile, mutatedFile: String(decoding: mutated, as: UTF8.self))
  }

  /// The lines of `bytes`, each without its leading and trailing whitespace.
  private static func trimmedLines(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: "\n")
  }
}
