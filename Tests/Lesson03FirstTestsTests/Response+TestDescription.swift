import Lesson03FirstTests
import Testing

/// How a failed expectation shows a response: its status, its header fields, and its body in a
/// few words, such as `201, payment pay_1 of 1000 EUR`, instead of every type's full name.
extension Response: CustomTestStringConvertible {
  public var testDescription: String {
    let fields = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    return ([String(status)] + fields + [body.testDescription]).joined(separator: ", ")
  }
}

/// How a failed expectation shows a body: in a few words, such as `payment pay_1 of 1000 EUR`.
extension Body: CustomTestStringConvertible {
  public var testDescription: String {
    switch self {
    case .payment(let payment): "payment \(payment.id) of \(payment.amount) \(payment.currency)"
    case .problem(let problem): "problem \"\(problem.title)\""
    }
  }
}
