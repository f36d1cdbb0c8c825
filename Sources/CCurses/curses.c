#define _XOPEN_SOURCE_EXTENDED 1
#define _DEFAULT_SOURCE 1
#include "CCurses.h"
#include "internal.h"
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static SCREEN *screen = NULL;
static int started = 0;
static int color = 0;
// Reads in a row that found the terminal readable but got nothing: end of input.
static int empty_reads = 0;


// How each style looks, as Swift's Theme says (dp_set_look): attributes, and a colour pair
// numbered as the style where it has colours.
static attr_t look_attrs[DP_STYLE_COUNT];
static short look_pair[DP_STYLE_COUNT];

void dp_set_look(int style, int attributes, int foreground, int background) {
    if (style < 0 || style >= DP_STYLE_COUNT) return;
    attr_t attrs = A_NORMAL;
    if (attributes & DP_ATTR_BOLD) attrs |= A_BOLD;
    if (attributes & DP_ATTR_DIM) attrs |= A_DIM;
    if (attributes & DP_ATTR_REVERSE) attrs |= A_REVERSE;
    if (attributes & DP_ATTR_UNDERLINE) attrs |= A_UNDERLINE;
    look_attrs[style] = attrs;
    look_pair[style] = 0;
    if (started && color && style > 0 && (foreground >= 0 || background >= 0)) {
        init_pair((short)style, (short)foreground, (short)background);
        look_pair[style] = (short)style;
    }
}

static void apply_style(int style) {
    if (style < 0 || style >= DP_STYLE_COUNT) style = DP_STYLE_NORMAL;
    attr_set(look_attrs[style], look_pair[style], NULL);
}

/// Sequences terminals commonly send for these keys whatever TERM says: tmux and PuTTY send
/// ESC[1~/ESC[4~ for Home/End under TERM=xterm, rxvt ESC[7~/ESC[8~, xterm ESC[H/ESC[F or
/// ESC OH/ESC OF depending on its cursor-key mode, and arrows come as ESC[A or ESC OA likewise.
static const struct { const char *sequence; int code; } key_variants[] = {
    {"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME}, {"\033[H", KEY_HOME}, {"\033OH", KEY_HOME},
    {"\033[4~", KEY_END}, {"\033[8~", KEY_END}, {"\033[F", KEY_END}, {"\033OF", KEY_END},
    {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE},
    {"\033[A", KEY_UP}, {"\033[B", KEY_DOWN}, {"\033[C", KEY_RIGHT}, {"\033[D", KEY_LEFT},
    {"\033OA", KEY_UP}, {"\033OB", KEY_DOWN}, {"\033OC", KEY_RIGHT}, {"\033OD", KEY_LEFT},
};

/// Teaches curses' key decoder the variants its terminal description lacks; what the
/// description binds is kept (vt220's ESC[1~ is Find, read as Home below).
static void add_key_variants(void) {
    for (size_t i = 0; i < sizeof key_variants / sizeof key_variants[0]; i++) {
        if (key_defined(key_variants[i].sequence) == 0) define_key(key_variants[i].sequence, key_variants[i].code);
    }
}

int dp_escape_delay(const char *setting) {
    return setting != NULL && setting[0] != '\0' ? -1 : 25;
}

/// What ends the screen in one write, made when curses starts, for a fault that cannot wait
/// for curses (async-signal-safe): plain attributes, the screen cleared, the cursor shown,
/// keypad off, the alternate screen left, and the scrollback erased where the program drew on
/// the main screen.
static char exit_sequence[1024];
static size_t exit_length = 0;
/// The terminal's modes before curses, restored with them.
static struct termios shell_modes;
static int have_shell_modes = 0;
/// Whether the terminal has no alternate screen (linux, vt100): the program draws on the main
/// screen, and what it clears may go into the terminal's scrollback.
static int main_screen_only = 0;

/// Appends a terminfo string, without its padding ($<50>): no time to wait for in a handler.
static void append_exit(const char *cap) {
    if (cap == NULL || cap == (char *)-1) return;
    for (const char *p = cap; *p != '\0'; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) { p = end; continue; }
        }
        if (exit_length < sizeof exit_sequence) exit_sequence[exit_length++] = *p;
    }
}

/// The sequence that erases the terminal's scrollback: E3 where the terminal type names it,
/// else the ANSI one where the type speaks ANSI (vt100, vt220 lack E3 but keep a scrollback in
/// tmux and PuTTY); none otherwise.
static const char *scrollback_eraser(void) {
    const char *e3 = tigetstr("E3");
    if (e3 != NULL && e3 != (char *)-1 && e3[0] != '\0') return e3;
    const char *clear = tigetstr("clear");
    if (clear != NULL && clear != (char *)-1 && strncmp(clear, "\033[", 2) == 0) return "\033[3J";
    return NULL;
}

/// After a clear on a terminal without an alternate screen: what the clear pushed into the
/// scrollback (tmux, PuTTY) is erased too, so the next user cannot scroll back to it.
static void erase_scrollback(void) {
    if (!main_screen_only) return;
    const char *eraser = scrollback_eraser();
    if (eraser == NULL) return;
    fflush(stdout);
    size_t length = strlen(eraser);
    while (length > 0) {
        ssize_t written = write(fileno(stdout), eraser, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        eraser += written;
        length -= (size_t)written;
    }
}

static void prepare_exit_sequence(void) {
    exit_length = 0;
    append_exit(tigetstr("sgr0"));
    append_exit(tigetstr("clear"));
    append_exit(tigetstr("cnorm"));
    append_exit(tigetstr("rmkx"));
    append_exit(tigetstr("rmcup"));
    if (main_screen_only) append_exit(scrollback_eraser());
}

void dp_emergency_restore(void) {
    if (!started) return;
    started = 0;
    size_t offset = 0;
    while (offset < exit_length) {
        ssize_t written = write(STDOUT_FILENO, exit_sequence + offset, exit_length - offset);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;
        offset += (size_t)written;
    }
    if (have_shell_modes) tcsetattr(STDOUT_FILENO, TCSANOW, &shell_modes);
}

int dp_clamp_size(int size, int largest) {
    if (size < 1) return 1;
    return size > largest ? largest : size;
}

/// A window's side from the environment (LINES, COLUMNS), as curses reads it; 0 when unset.
static long environment_size(const char *name) {
    const char *value = getenv(name);
    if (value == NULL || *value == '\0') return 0;
    char *end = NULL;
    errno = 0;
    long number = strtol(value, &end, 10);
    return errno == 0 && end != NULL && *end == '\0' && number > 0 ? number : 0;
}

/// Curses sizes its windows from the terminal (TIOCGWINSZ), overridden by LINES and COLUMNS.
/// A side larger than the program lays out is given to curses as the largest instead, through
/// the same variables, so memory stays bounded whatever the terminal or a stale export says.
static void clamp_starting_size(void) {
    struct winsize size;
    // (Not named `lines` and `columns`: term.h makes those macros.)
    long height = 0, width = 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) { height = size.ws_row; width = size.ws_col; }
    if (environment_size("LINES") > 0) height = environment_size("LINES");
    if (environment_size("COLUMNS") > 0) width = environment_size("COLUMNS");
    char text[16];
    if (height > DP_LARGEST_ROWS) {
        snprintf(text, sizeof text, "%d", DP_LARGEST_ROWS);
        setenv("LINES", text, 1);
    }
    if (width > DP_LARGEST_COLUMNS) {
        snprintf(text, sizeof text, "%d", DP_LARGEST_COLUMNS);
        setenv("COLUMNS", text, 1);
    }
}

/// After SIGWINCH: the new size, clamped, given to curses (which queues KEY_RESIZE).
static void apply_resize(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return;
    resizeterm(dp_clamp_size(size.ws_row, DP_LARGEST_ROWS), dp_clamp_size(size.ws_col, DP_LARGEST_COLUMNS));
}

int dp_start(const char *term, int use_color) {
    if (started) return 0;
    have_shell_modes = tcgetattr(STDOUT_FILENO, &shell_modes) == 0;
    clamp_starting_size();
    screen = newterm(term, stdout, stdin);
    if (screen == NULL) {
        // Unknown type, or a terminal curses could not set up (out of memory): say which.
        int found = 0;
        TERMINAL *saved = cur_term;
        if (setupterm(term, STDOUT_FILENO, &found) == OK && cur_term != saved) del_curterm(cur_term);
        set_curterm(saved);
        return found == 1 ? -2 : -1;
    }
    set_term(screen);
    started = 1;
    cbreak();               // Ctrl-C stays a signal, so it restores the terminal and is re-raised
    noecho();
    keypad(stdscr, TRUE);
    add_key_variants();
    int delay = dp_escape_delay(getenv("ESCDELAY"));
    if (delay >= 0) set_escdelay(delay);
    curs_set(0);
    leaveok(stdscr, TRUE);  // the cursor is hidden: no need to move it back after each update
    color = use_color && has_colors();
    if (color) {
        start_color();
        use_default_colors();
    }
    empty_reads = 0;
    const char *alternate = tigetstr("smcup");
    main_screen_only = alternate == NULL || alternate == (char *)-1 || alternate[0] == '\0';
    prepare_exit_sequence();
    dp_take_resize_request();  // a resize before now is in the size just read
    return 0;
}

void dp_use_raw_keys(void) {
    if (started) raw();
}

static void blank_screen(void) {
    attr_set(A_NORMAL, 0, NULL);
    erase();
    refresh();
}

/// Keys typed ahead (a paste, keys pressed while leaving) must not reach the shell.
static void discard_typeahead(void) {
    if (started) flushinp();
    tcflush(STDIN_FILENO, TCIFLUSH);
}

void dp_stop(int clear) {
    if (!started) return;
    if (clear) {
        blank_screen();
        erase_scrollback();
    }
    discard_typeahead();
    started = 0;
    curs_set(1);
    endwin();
    fflush(stdout);
    delscreen(screen);
    screen = NULL;
    tcflush(STDIN_FILENO, TCIFLUSH);  // keys that came during the restore
}

int dp_rows(void) { return started ? getmaxy(stdscr) : 0; }
int dp_cols(void) { return started ? getmaxx(stdscr) : 0; }
int dp_has_color(void) { return color; }

void dp_beep(void) { if (started) beep(); }

int dp_send_control(const char *bytes, int length) {
    if (!started || bytes == NULL || length <= 0) return 0;
    fflush(stdout);
    int offset = 0;
    while (offset < length) {
        ssize_t written = write(STDOUT_FILENO, bytes + offset, (size_t)(length - offset));
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return 0;
        offset += (int)written;
    }
    return 1;
}

int dp_can_draw_lines(void) {
    if (!started) return 0;
    const char *acsc = tigetstr("acsc");
    return acsc != NULL && acsc != (char *)-1 && acsc[0] != '\0';
}

void dp_erase(void) { if (started) erase(); }

void dp_clear_row(int y) {
    if (!started) return;
    move(y, 0);
    clrtoeol();
}

void dp_put_text(int y, int x, const wchar_t *text, int length, int style) {
    if (!started || length <= 0) return;
    apply_style(style);
    mvaddnwstr(y, x, text, length);
}

void dp_put_line(int y, int x, int piece, int style) {
    if (!started) return;
    apply_style(style);
    const cchar_t *glyph;
    switch (piece) {
    case DP_LINE_V: glyph = WACS_VLINE; break;
    case DP_LINE_TL: glyph = WACS_ULCORNER; break;
    case DP_LINE_TR: glyph = WACS_URCORNER; break;
    case DP_LINE_BL: glyph = WACS_LLCORNER; break;
    case DP_LINE_BR: glyph = WACS_LRCORNER; break;
    default: glyph = WACS_HLINE; break;
    }
    mvadd_wch(y, x, glyph);
}

void dp_refresh(int full) {
    if (!started) return;
    attr_set(A_NORMAL, 0, NULL);
    if (full) clearok(curscr, TRUE);
    refresh();
    if (full) erase_scrollback();
}

static int key_from_code(wint_t code) {
    switch (code) {
    case KEY_UP: return DP_KEY_UP;
    case KEY_DOWN: return DP_KEY_DOWN;
    case KEY_LEFT: return DP_KEY_LEFT;
    case KEY_RIGHT: return DP_KEY_RIGHT;
    case KEY_ENTER: return DP_KEY_ENTER;
    case KEY_BACKSPACE: return DP_KEY_BACKSPACE;
    case KEY_PPAGE: return DP_KEY_PAGE_UP;
    case KEY_NPAGE: return DP_KEY_PAGE_DOWN;
    case KEY_HOME: case KEY_FIND: return DP_KEY_HOME;     // vt220 names Home/End's sequences
    case KEY_END: case KEY_SELECT: return DP_KEY_END;     // Find and Select
    case KEY_F(1): return DP_KEY_F1;
    case KEY_F(10): return DP_KEY_F10;
    case KEY_RESIZE: return DP_KEY_RESIZE;
    case KEY_BTAB: return DP_KEY_TAB;
    default: return DP_KEY_NONE;
    }
}

static int key_from_char(wint_t ch, unsigned int *codepoint) {
    switch (ch) {
    case '\n': case '\r': return DP_KEY_ENTER;
    case 127: case 8: return DP_KEY_BACKSPACE;
    case 27: return DP_KEY_ESCAPE;
    case '\t': return DP_KEY_TAB;
    case 12: return DP_KEY_CTRL_L;
    case 24: return DP_KEY_CTRL_X;
    case 21: return DP_KEY_CTRL_U;
    case ' ': return DP_KEY_SPACE;
    default: break;
    }
    if (ch < 32) return DP_KEY_NONE;
    *codepoint = (unsigned int)ch;
    return DP_KEY_CHAR;
}

enum { SCAN_START = 0, SCAN_CSI_FIRST, SCAN_CSI, SCAN_LINUX_FUNCTION, SCAN_SS3 };
// Longer than any key's sequence; a runaway one is cut there.
enum { MAX_SEQUENCE = 32 };

int dp_escape_next(struct dp_escape_scan *scan, unsigned int ch) {
    int step = DP_ESCAPE_STRAY;
    switch (scan->state) {
    case SCAN_START:
        if (ch == '[') { scan->state = SCAN_CSI_FIRST; step = DP_ESCAPE_MORE; }
        else if (ch == 'O') { scan->state = SCAN_SS3; step = DP_ESCAPE_MORE; }
        // ESC and a printable character together: an Alt key (Alt-q sends ESC q), ignored
        // whole, never Esc followed by the letter.
        else if ((ch >= 0x20 && ch < 0x7F) || ch >= 0xA0) step = DP_ESCAPE_DONE;
        break;
    case SCAN_CSI_FIRST:
        scan->state = SCAN_CSI;
        // The Linux console's F1-F5 are ESC [ [ A..E.
        if (ch == '[') { scan->state = SCAN_LINUX_FUNCTION; step = DP_ESCAPE_MORE; break; }
        /* fall through */
    case SCAN_CSI:
        // Parameter bytes 0x30-0x3F and intermediate bytes 0x20-0x2F, then one final byte.
        if (ch >= 0x20 && ch <= 0x3F) step = DP_ESCAPE_MORE;
        else if (ch >= 0x40 && ch <= 0x7E) step = DP_ESCAPE_DONE;
        break;
    case SCAN_LINUX_FUNCTION:
        if (ch >= 0x40 && ch <= 0x7E) step = DP_ESCAPE_DONE;
        break;
    case SCAN_SS3:
        // One final byte, after modifiers as in ESC O 1 ; 2 P.
        if (ch >= 0x30 && ch <= 0x3F) step = DP_ESCAPE_MORE;
        else if (ch >= 0x40 && ch <= 0x7E) step = DP_ESCAPE_DONE;
        break;
    default:
        break;
    }
    if (step == DP_ESCAPE_STRAY) return step;
    scan->length++;
    if (step == DP_ESCAPE_MORE && scan->length >= MAX_SEQUENCE) step = DP_ESCAPE_DONE;
    return step;
}

/// Curses read a lone ESC: the Esc key, an Alt key, or the start of a sequence the terminal type
/// does not describe. Curses has already waited ESCDELAY for the rest of a sequence, so any rest
/// is pending now; a sequence or an Alt key is dropped whole rather than read as Esc and stray
/// characters.
static int after_escape(void) {
    struct dp_escape_scan scan = {0, 0};
    timeout(0);
    for (;;) {
        wint_t ch = 0;
        int kind = get_wch(&ch);
        if (kind == ERR) return scan.length == 0 ? DP_KEY_ESCAPE : DP_KEY_NONE;
        if (kind == KEY_CODE_YES) {
            ungetch((int)ch);  // a key of its own, read next
            return scan.length == 0 ? DP_KEY_ESCAPE : DP_KEY_NONE;
        }
        switch (dp_escape_next(&scan, (unsigned int)ch)) {
        case DP_ESCAPE_MORE:
            timeout(get_escdelay());  // the rest of a sequence comes with it, or just after
            break;
        case DP_ESCAPE_DONE:
            return DP_KEY_NONE;
        case DP_ESCAPE_STRAY: default:
            unget_wch((wchar_t)ch);
            return scan.length == 0 ? DP_KEY_ESCAPE : DP_KEY_NONE;
        }
    }
}

// A dead terminal reads as "readable, nothing there" at once; a key that merely arrived just
// after a timeout is read the next time, so only a run of these means the input has ended.
enum { EMPTY_READS_AT_END = 8 };

/// After a read that got nothing: whether the terminal is gone (hung up, closed, or at end of
/// input) rather than quiet.
static int input_gone(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int ready = poll(&input, 1, 0);
    if (ready <= 0) { empty_reads = 0; return 0; }
    if (input.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    return ++empty_reads >= EMPTY_READS_AT_END;
}

enum { WAIT_KEY, WAIT_WOKEN, WAIT_GONE };

/// A key with no time limit, so the program sleeps while the user reads: what curses holds or
/// the terminal has sent is read without waiting; otherwise poll waits for the terminal or the
/// wake pipe, which a signal or a resize writes to (emptied before the flags are looked at, so
/// one that comes between the look and the wait ends the wait at once).
static int wait_untimed(int *kind, wint_t *ch) {
    for (;;) {
        dp_drain_wake();
        if (dp_wake_pending()) return WAIT_WOKEN;
        timeout(0);
        *kind = get_wch(ch);
        if (*kind != ERR) return WAIT_KEY;
        if (input_gone()) return WAIT_GONE;
        struct pollfd fds[2] = { { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 },
                                 { .fd = dp_wake_fd(), .events = POLLIN, .revents = 0 } };
        if (poll(fds, 2, -1) < 0 && errno != EINTR) return WAIT_WOKEN;
    }
}

int dp_read_key(int timeout_ms, unsigned int *codepoint) {
    if (!started) return DP_KEY_NONE;
    if (dp_take_resize_request()) apply_resize();
    wint_t ch = 0;
    int kind = ERR;
    if (timeout_ms < 0 && dp_wake_fd() >= 0) {
        switch (wait_untimed(&kind, &ch)) {
        case WAIT_GONE: return DP_KEY_HANGUP;
        case WAIT_WOKEN:
            if (dp_take_resize_request()) apply_resize();
            return DP_KEY_NONE;
        default: break;
        }
    } else {
        // A negative timeout without a wake pipe still wakes four times a second.
        timeout(timeout_ms < 0 ? 250 : timeout_ms);
        kind = get_wch(&ch);
    }
    if (kind == ERR) {
        // A resize interrupts the wait: its KEY_RESIZE is read next time round.
        if (dp_take_resize_request()) { apply_resize(); return DP_KEY_NONE; }
        return input_gone() ? DP_KEY_HANGUP : DP_KEY_NONE;
    }
    empty_reads = 0;
    if (kind == KEY_CODE_YES) return key_from_code(ch);
    if (ch == 27) return after_escape();
    return key_from_char(ch, codepoint);
}

void dp_leave_for_suspend(void) {
    if (!started) return;
    blank_screen();
    erase_scrollback();
    discard_typeahead();
    endwin();
    fflush(stdout);
}

void dp_resume_after_suspend(void) {
    if (started) clearok(curscr, TRUE);
}

int dp_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

long long dp_now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}
