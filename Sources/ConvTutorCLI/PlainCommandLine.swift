import ArgumentParser

/// The command lines convtutor runs without building its argument parser.
///
/// ArgumentParser builds its parser by reflection over the commands and their properties, and
/// in a binary as large as convtutor each first look-up of a type's conformance reads all of
/// the binary's conformance records: about a millisecond of every start, more than
/// `convtutor --version` takes otherwise (benchmark (i)). The commonest command lines need no
/// parsing: none at all (the workspace, or a script piped in), `--version`, and `run` followed
/// by script names. They are recognised here and become what ArgumentParser makes of them (the
/// tests compare the two); every other command line (an option, a help request, a mistake)
/// goes to ArgumentParser.
enum PlainCommandLine {
  /// What a plain command line asks for.
  enum Request {
    /// The version line, `--version`.
    case version
    /// A command to run.
    case command(any ParsableCommand)
  }

  /// What `arguments` (those after the program's name) ask for, or nil when they need the
  /// argument parser.
  static func request(for arguments: [String]) -> Request? {
    guard let first = arguments.first else {
      var command = ConvTutorCommand()
      command.noColor = false
      return .command(command)
    }
    if arguments == ["--version"] { return .version }
    let files = arguments.dropFirst()
    guard first == RunCommand.configuration.commandName, !files.isEmpty,
      files.allSatisfy(isScriptName)
    else { return nil }
    var command = RunCommand()
    command.files = Array(files)
    return .command(command)
  }

  /// Whether ArgumentParser would take `argument` as a value whatever its text: it is `-`
  /// alone (standard input), or it is not empty and does not start with `-` (an option).
  static func isScriptName(_ argument: String) -> Bool {
    argument == "-" || (!argument.isEmpty && !argument.hasPrefix("-"))
  }
}
