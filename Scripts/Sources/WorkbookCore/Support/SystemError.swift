import Foundation

/// Words for the errors that Foundation throws when a file cannot be read or written, which
/// on their own say "The operation could not be completed" and name no file.
public enum SystemError {
  /// The file an error is about, relative to `root` when it is inside it, and what went wrong,
  /// such as `Katas/Gone.swift: No such file or directory`; nil when the error names no file.
  public static func describe(_ error: any Error, in root: URL) -> String? {
    let error = error as NSError
    guard
      let path = error.userInfo[NSFilePathErrorKey] as? String
        ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
    else { return nil }
    let prefix = root.standardizedFileURL.path + "/"
    let shown = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    return "\(SafePath.shown(shown)): \(reason(for: error))"
  }

  /// What the operating system said, or failing that, what the error's code means.
  private static func reason(for error: NSError) -> String {
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    switch CocoaError.Code(rawValue: error.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return "No such file or directory"
    case .fileReadNoPermission, .fileWriteNoPermission: return "Permission denied"
    case .fileWriteFileExists: return "File exists"
    case .fileWriteOutOfSpace: return "No space left on device"
    case .fileWriteVolumeReadOnly: return "Read-only file system"
    default: return "it could not be read or written"
    }
  }
}
