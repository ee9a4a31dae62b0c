/// A kind of small fault that the mutator puts into production code.
public enum MutationOperator: String, CaseIterable, Codable, Sendable {
  /// `==` and `!=` trade places, `<` becomes `>=`, `>` becomes `<=`, and back.
  case comparison
  /// `<` and `<=` trade places, and so do `>` and `>=`.
  case boundary
  /// `true` and `false` trade places.
  case boolean
  /// `&&` and `||` trade places.
  case logical
  /// A statement that is a call or an assignment (a store write) is removed.
  case dropStatement = "drop-statement"
  /// A function that returns nothing returns as soon as it is called.
  case returnEarly = "return-early"
  /// A returned value becomes a simple default of the function's type: `0`, `false`, `nil`, `[]`.
  case returnValue = "return-value"
  /// An integer literal goes up or down by one.
  case integer
  /// Two adjacent arguments of the same kind change places.
  case swapArguments = "swap-arguments"
  /// An `if` or `while` never runs its body; a `guard` always exits.
  case branch
  /// A use of a parameter becomes a simple default of its type, as if the code ignored it.
  case ignoredParameter = "ignored-parameter"

  /// The operator's name in a report.
  public var title: String {
    switch self {
    case .comparison: "comparison flip"
    case .boundary: "boundary"
    case .boolean: "boolean flip"
    case .logical: "and/or swap"
    case .dropStatement: "dropped statement"
    case .returnEarly: "early return"
    case .returnValue: "default return value"
    case .integer: "integer ±1"
    case .swapArguments: "swapped arguments"
    case .branch: "branch never taken"
    case .ignoredParameter: "parameter ignored"
    }
  }

  /// What a surviving mutant of this kind says about the tests, in plain words.
  public var gap: String {
    switch self {
    case .comparison: "no test notices when this comparison gives the opposite answer"
    case .boundary: "no test tries the value right at this boundary"
    case .boolean: "no test depends on this value being true or false"
    case .logical: "no test has a case where only one of the two conditions holds"
    case .dropStatement: "no test checks what this line does"
    case .returnEarly: "no test checks anything this function does"
    case .returnValue: "no test checks the value returned here"
    case .integer: "no test pins this number down exactly"
    case .swapArguments: "no test tells these two arguments apart"
    case .branch: "no test needs this branch to run"
    case .ignoredParameter: "no test notices when this use of the parameter gets a fixed value"
    }
  }
}
