// See terminal_guard.h. Everything a handler touches is a lock-free atomic or a value written
// before the handlers were installed.
#define _GNU_SOURCE
#include "terminal_guard.h"

#include <errno.h>
#include <ncurses.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static atomic_int pending_signal = 0;
static atomic_int taken_signal = 0;
static atomic_int resumed = 0;
static atomic_int curses_active = 0;
// Whether ncurses is in the middle of its output, and a Ctrl-Z that waits for its end.
static atomic_int in_output = 0;
static atomic_int suspend_deferred = 0;
static int installed = 0;

static struct sigaction previous_quit[COUNT(quit_signals)];
static struct sigaction previous_fatal[COUNT(fatal_signals)];
static struct sigaction previous_tstp;
static struct sigaction previous_cont;
static struct sigaction tstp_action;

// An alternate stack, so that a stack overflow (SIGSEGV) can still run the handler.
static char alternate_stack[64 * 1024];
static int alternate_stack_given = 0;

static void on_quit_signal(int signal_number) {
  atomic_store(&pending_signal, signal_number);
}

// The descriptor bracketed paste was turned on at, or -1.
static atomic_int paste_descriptor = -1;
static const char paste_on[] = "\033[?2004h";
static const char paste_off[] = "\033[?2004l";

// Async-signal-safe: one write(2) of a constant.
static void write_paste_off(void) {
  int descriptor = atomic_load(&paste_descriptor);
  if (descriptor >= 0) {
    ssize_t written = write(descriptor, paste_off, sizeof paste_off - 1);
    (void)written;
  }
}

void terminal_guard_set_bracketed_paste(int descriptor) {
  if (descriptor >= 0) {
    atomic_store(&paste_descriptor, descriptor);
    ssize_t written = write(descriptor, paste_on, sizeof paste_on - 1);
    (void)written;
  } else {
    write_paste_off();
    atomic_store(&paste_descriptor, -1);
  }
}

static void restore_terminal(void) {
  if (atomic_exchange(&curses_active, 0)) {
    write_paste_off();
    endwin();
  }
}

static void on_fatal_signal(int signal_number) {
  int saved_errno = errno;
  restore_terminal();
  for (size_t index = 0; index < COUNT(fatal_signals); index++) {
    if (fatal_signals[index] == signal_number) {
      sigaction(signal_number, &previous_fatal[index], NULL);
    }
  }
  // Delivered when this handler returns, with the previous handler in place; a fault that was
  // not raised by `raise` also happens again when the faulting instruction re-runs.
  raise(signal_number);
  errno = saved_errno;
}

// Sets the default action for `signal_number`, unblocks it and raises it.
static void raise_with_default_action(int signal_number) {
  struct sigaction default_action;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(signal_number, &default_action, NULL);

  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signal_number);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(signal_number);
}

// Leaves curses and stops the process; back here after SIGCONT, with a repaint asked for.
static void suspend_now(void) {
  if (atomic_load(&curses_active)) {
    write_paste_off();  // The shell gets pastes as plain text; turned on again on resume.
    endwin();
  }
  raise_with_default_action(SIGTSTP);  // Stops here until SIGCONT.
  sigaction(SIGTSTP, &tstp_action, NULL);
  atomic_store(&resumed, 1);
}

static void on_suspend(int signal_number) {
  (void)signal_number;
  int saved_errno = errno;
  if (atomic_load(&in_output)) {
    // `endwin` now would mix its output with the frame's: stop when the frame is out.
    atomic_store(&suspend_deferred, 1);
  } else {
    suspend_now();
  }
  errno = saved_errno;
}

static void on_continue(int signal_number) {
  (void)signal_number;
  atomic_store(&resumed, 1);
}

static int install_handler(int signal_number, void (*handler)(int), int flags,
                           struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  action.sa_flags = flags;
  sigemptyset(&action.sa_mask);
  return sigaction(signal_number, &action, previous);
}

int terminal_guard_install(void) {
  if (installed) {
    return 0;
  }
  int result = 0;

  // Given once, to the installing thread (the event loop's), and never taken back: the buffer
  // is static, and a stack must not be shared by two threads.
  stack_t current;
  if (!alternate_stack_given && sigaltstack(NULL, &current) == 0 &&
      (current.ss_flags & SS_DISABLE)) {
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    if (sigaltstack(&stack, NULL) == 0) {
      alternate_stack_given = 1;
    }
  }

  for (size_t index = 0; index < COUNT(quit_signals); index++) {
    // A signal the parent chose to ignore (nohup, a background job) stays ignored.
    if (sigaction(quit_signals[index], NULL, &previous_quit[index]) == 0 &&
        previous_quit[index].sa_handler == SIG_IGN) {
      continue;
    }
    // No SA_RESTART: a blocking read must return so the loop sees the flag.
    if (install_handler(quit_signals[index], on_quit_signal, 0, &previous_quit[index]) != 0) {
      result = -1;
    }
  }
  for (size_t index = 0; index < COUNT(fatal_signals); index++) {
    if (install_handler(fatal_signals[index], on_fatal_signal, SA_ONSTACK,
                        &previous_fatal[index]) != 0) {
      result = -1;
    }
  }

  memset(&tstp_action, 0, sizeof tstp_action);
  tstp_action.sa_handler = on_suspend;
  sigemptyset(&tstp_action.sa_mask);
  // Ctrl-Z ignored by the parent (a shell without job control) stays ignored: nobody could
  // continue the process.
  if (sigaction(SIGTSTP, NULL, &previous_tstp) != 0 ||
      (previous_tstp.sa_handler != SIG_IGN &&
       sigaction(SIGTSTP, &tstp_action, &previous_tstp) != 0)) {
    result = -1;
  }
  if (install_handler(SIGCONT, on_continue, 0, &previous_cont) != 0) {
    result = -1;
  }
  installed = 1;
  return result;
}

void terminal_guard_uninstall(void) {
  if (!installed) {
    return;
  }
  for (size_t index = 0; index < COUNT(quit_signals); index++) {
    sigaction(quit_signals[index], &previous_quit[index], NULL);
  }
  for (size_t index = 0; index < COUNT(fatal_signals); index++) {
    sigaction(fatal_signals[index], &previous_fatal[index], NULL);
  }
  sigaction(SIGTSTP, &previous_tstp, NULL);
  sigaction(SIGCONT, &previous_cont, NULL);
  installed = 0;
}

int terminal_guard_is_installed(void) { return installed; }

void terminal_guard_set_curses_active(int active) { atomic_store(&curses_active, active ? 1 : 0); }

int terminal_guard_take_signal(void) {
  int signal_number = atomic_exchange(&pending_signal, 0);
  if (signal_number != 0) {
    atomic_store(&taken_signal, signal_number);
  }
  return signal_number;
}

int terminal_guard_taken_signal(void) { return atomic_load(&taken_signal); }

void terminal_guard_exit_by_signal(int signal_number) {
  raise_with_default_action(signal_number);
  _exit(128 + signal_number);  // Only if the signal did not end the process.
}

void terminal_guard_begin_output(void) { atomic_store(&in_output, 1); }

void terminal_guard_end_output(void) {
  atomic_store(&in_output, 0);
  if (atomic_exchange(&suspend_deferred, 0)) {
    suspend_now();
  }
}

int terminal_guard_pending_signal(void) { return atomic_load(&pending_signal); }

int terminal_guard_take_resumed(void) { return atomic_exchange(&resumed, 0); }
