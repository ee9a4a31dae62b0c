import Foundation

extension LearnerProgress {
  /// What makes the progress impossible, such as more predictions held than made, or nil
  /// when it could be true: a file that says so was damaged, or edited by hand.
  var impossibility: String? {
    if predictions < 0 || predictionsHeld < 0 || predictionsHeld > predictions {
      return "it says \(predictionsHeld) of \(predictions) predictions held, which cannot be"
    }
    if hintsShown < 0 || step < 0 {
      return "it counts \(hintsShown) hints seen at step \(step), which cannot be"
    }
    return nil
  }

  /// What can still be read from a damaged progress file's `data`, without its position:
  /// the lessons finished and the prediction score, when they make sense. Nothing when the
  /// file is not JSON at all.
  ///
  /// - Returns: the progress kept, and the lesson and step it names, if it names them, for the
  ///   caller to keep when the learner's files agree.
  public static func salvaged(from data: Data) -> (
    progress: LearnerProgress, lesson: String?, step: Int?
  ) {
    guard let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return (.none, nil, nil)
    }
    var progress = LearnerProgress.none
    progress.finished = fields["finished"] as? [String] ?? []
    if let made = fields["predictions"] as? Int, let held = fields["predictionsHeld"] as? Int,
      held >= 0, held <= made
    {
      progress.predictions = made
      progress.predictionsHeld = held
    }
    return (progress, fields["lesson"] as? String, fields["step"] as? Int)
  }
}
