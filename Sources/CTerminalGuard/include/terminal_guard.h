// A process-wide signal guard that keeps the terminal usable whatever happens.
//
// - SIGINT, SIGTERM and SIGHUP only record the signal (no SA_RESTART, so a blocking read returns
//   at once); the event loop takes it with `terminal_guard_take_signal` and ends cleanly. One
//   that is ignored when the guard is installed (nohup) stays ignored.
// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGQUIT call `endwin` when curses is
//   active, restore the handler that was there before (the default action, or Swift's
//   backtracer) and raise the signal again.
// - SIGTSTP calls `endwin` and stops the process; SIGCONT records that the screen must be
//   repainted (`terminal_guard_take_resumed`).
//
// Install the guard before `newterm`: ncurses installs its own handlers only for signals that
// are still at SIG_DFL, and its SIGINT/SIGTERM handlers exit without running our cleanup.
#ifndef TERMINAL_GUARD_H
#define TERMINAL_GUARD_H

#ifdef __cplusplus
extern "C" {
#endif

/// Installs the handlers, remembering the previous ones. Returns 0, or -1 when a handler could
/// not be installed. Calling it again while installed does nothing.
int terminal_guard_install(void);

/// Restores the handlers that were there before `terminal_guard_install`.
void terminal_guard_uninstall(void);

/// Whether the guard is installed (1) or not (0).
int terminal_guard_is_installed(void);

/// Tells the guard whether curses is active, so that fatal signals and suspension call `endwin`.
void terminal_guard_set_curses_active(int active);

/// The last SIGINT, SIGTERM or SIGHUP received since the previous call (0 if none); clears it.
int terminal_guard_take_signal(void);

/// The last SIGINT, SIGTERM or SIGHUP received, without clearing it (0 if none).
int terminal_guard_pending_signal(void);

/// 1 if the process was continued (SIGCONT) since the previous call, else 0; clears it.
int terminal_guard_take_resumed(void);

#ifdef __cplusplus
}
#endif

#endif
