// A process-wide signal guard that keeps the terminal usable whatever happens.
//
// - SIGINT, SIGTERM and SIGHUP only record the signal (no SA_RESTART, so a blocking read returns
//   at once); the event loop takes it with `terminal_guard_take_signal` and ends cleanly. One
//   that is ignored when the guard is installed (nohup) stays ignored.
// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGQUIT call `endwin` when curses is
//   active, restore the handler that was there before (the default action, or Swift's
//   backtracer) and raise the signal again.
// - SIGTSTP (unless ignored when the guard is installed) calls `endwin` and stops the process; SIGCONT records that the screen must be
//   repainted (`terminal_guard_take_resumed`). While ncurses writes (between
//   `terminal_guard_begin_output` and `terminal_guard_end_output`) the stop waits for the end
//   of the output, so that `endwin`'s output is never mixed into a frame.
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

/// The signal the last `terminal_guard_take_signal` returned that was not 0 (0 if none).
int terminal_guard_taken_signal(void);

/// Ends the process as `signal_number` would have ended it without a handler: its default
/// action, unblocked, raised (for SIGINT, SIGTERM and SIGHUP: killed by that signal); exits
/// with 128 + the number if the process is still alive. Call it after the cleanup.
__attribute__((noreturn)) void terminal_guard_exit_by_signal(int signal_number);

/// Turns the terminal's bracketed paste on by writing its sequence to `descriptor`, which the
/// guard remembers so that suspension and fatal signals turn it off again for the shell; -1
/// turns it off on the descriptor given before.
void terminal_guard_set_bracketed_paste(int descriptor);
/// Marks the start of ncurses output (a refresh, `endwin`): a Ctrl-Z now waits for the end.
void terminal_guard_begin_output(void);

/// Marks the end of ncurses output; a Ctrl-Z that came meanwhile stops the process now.
void terminal_guard_end_output(void);

#ifdef __cplusplus
}
#endif

#endif
