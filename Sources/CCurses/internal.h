#ifndef CCURSES_INTERNAL_H
#define CCURSES_INTERNAL_H
// Between the terminal (curses.c) and the signals (signals.c); not for Swift.

/// Ends the screen from a signal handler, async-signal-safe: one prepared write (attributes,
/// clear, cursor, keypad, alternate screen, scrollback) and the terminal's modes restored.
void dp_emergency_restore(void);
/// Before stopping for Ctrl-Z: the screen cleared, typed-ahead keys dropped, curses left.
void dp_leave_for_suspend(void);
/// Once continued: the next refresh repaints everything.
void dp_resume_after_suspend(void);

/// The read end of the wake pipe: a byte arrives with every signal handled (and a resize), so
/// a wait for a key that began just after the flags were looked at still ends at once; -1 when
/// there is none (signals not caught for the terminal, or no pipe could be made).
int dp_wake_fd(void);
/// Empties the wake pipe, before the flags are looked at.
void dp_drain_wake(void);
/// Whether a signal, a Ctrl-Z or a resize waits for the key loop.
int dp_wake_pending(void);

#endif
