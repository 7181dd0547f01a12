import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal belongs to the foreground job. After Ctrl-Z the shell has it; a program
/// continued in the background (`bg`, or `kill %1`, which sends SIGTERM then SIGCONT) must not
/// write to it or change its modes: the kernel would stop it again (SIGTTOU), for good.
extension CursesBackend {
  /// Whether this process is in the terminal's foreground process group (always true for an
  /// output that is not a terminal).
  var isInForeground: Bool {
    let group = tcgetpgrp(outputDescriptor)
    return group < 0 || group == getpgrp()
  }

  /// Gives the terminal back: `endwin`, unless a Ctrl-Z did and nothing was drawn since (the
  /// terminal is as the shell wants it). In the background `endwin` runs with SIGTTOU
  /// blocked, so that restoring the terminal's modes cannot stop the process.
  func endCurses() {
    if isendwin() { return }
    if isInForeground {
      _ = SignalGuard.duringOutput { endwin() }
      return
    }
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGTTOU)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    _ = SignalGuard.duringOutput { endwin() }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
  }
}
