// The part of ncurses that Swift imports, with accessors for what it cannot import.
//
// SwiftPM drops `-D_XOPEN_SOURCE` from pkg-config flags, so the wide-character API is enabled
// here, before the first include. Macros that Swift cannot import (attributes, getmaxyx) and
// globals that Swift 6 refuses to read (stdscr, LINES, COLS, cur_term, stdin/stdout) are
// wrapped in `static inline` functions named `cn_*`.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <term.h>
#include <stdio.h>
#include <wchar.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline TERMINAL *cn_cur_term(void) { return cur_term; }

static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stderr(void) { return stderr; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

static inline int cn_getmaxy(const WINDOW *window) { return getmaxy(window); }
static inline int cn_getmaxx(const WINDOW *window) { return getmaxx(window); }

/// The key code of function key `n` (KEY_F(n)).
static inline int cn_key_f(int n) { return KEY_F(n); }

/// 1 when `tigetstr(name)` names a string capability the terminal has, else 0.
static inline int cn_has_string_capability(const char *name) {
  char *value = tigetstr(name);
  return value != NULL && value != (char *)-1;
}

/// The columns the C library gives a character (<wchar.h> declares `wcwidth` only under
/// `_XOPEN_SOURCE`, which SwiftPM drops): what ncurses believes a character takes.
int wcwidth(wchar_t character);
static inline int cn_wcwidth(wchar_t character) { return wcwidth(character); }

/// The bytes that move the cursor to (`row`, `column`) (`cup`), or NULL without that
/// capability. `tiparm` takes variable arguments, which Swift cannot call.
static inline const char *cn_cursor_address(int row, int column) {
  char *cup = tigetstr("cup");
  if (cup == NULL || cup == (char *)-1) return NULL;
  return tiparm(cup, row, column);
}

#endif
