import ConvCore

/// The limits that keep any script, however large or strange, from hanging the tutor or filling
/// its memory. Going past one stops the script with a message that names the limit.
///
/// Each tensor is also held to ``Tensor``'s own limit on elements, and each layer call to
/// ``CallLimits``.
enum RunLimits {
  /// How deeply lists and tuples may nest, counting those reached through variables
  /// (`a = [a]`): 100 levels.
  static let maximumNesting = 100
  /// How many values one list or tuple may hold, counted through every nested list, with a
  /// shared one counted each time it appears (`a = (a, a)`): 1,000,000.
  static let maximumListSize = 1_000_000
  /// How deeply `nn.Sequential` may nest: 100 levels.
  static let maximumSequentialNesting = 100
  /// How many layers one `nn.Sequential` may run, counted through nested ones: 10,000.
  static let maximumSequentialLayers = 10_000
  /// The work one run (a script, or one line at the prompt) may do, in multiply-adds, window
  /// reads and tensor elements made: 4 × 10⁹, about two seconds.
  static let maximumWork = 4_000_000_000
  /// The tensor elements one run may make: 64 Mi (512 MiB of values).
  static let maximumCreatedElements = 64 * 1024 * 1024
  /// The layer calls one run may make: 100,000.
  static let maximumLayerCalls = 100_000
  /// The memory the process may hold before a script is stopped: 1.5 GiB. Checked after each
  /// statement that made a tensor, so the peak stays under this plus one run's tensors.
  static let maximumResidentBytes = 1536 * 1024 * 1024
}

extension RunLimits {
  /// Refuses a list or tuple nested or sized past the limits.
  static func check(_ list: ValueList, at range: SourceRange) throws(Diagnostic) {
    guard list.depth <= maximumNesting else {
      throw Diagnostic(
        "lists and tuples nested \(list.depth) levels deep are over convtutor's limit of "
          + "\(maximumNesting) levels",
        at: range)
    }
    guard list.size <= maximumListSize else {
      throw Diagnostic(
        "this list holds over \(maximumListSize) values (counting the lists inside it, "
          + "each time it appears), over convtutor's limit",
        at: range)
    }
  }
}
