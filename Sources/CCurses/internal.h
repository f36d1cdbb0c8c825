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

#endif
