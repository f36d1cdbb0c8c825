#define _GNU_SOURCE 1
#include "CCurses.h"
#include "internal.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

// Signals are caught by setting flags the key loop reads: the terminal is restored there, with
// curses, and then the signal is raised again with its default action (dp_reraise).

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t pending_stop = 0;
static volatile sig_atomic_t pending_resize = 0;
// Signals that were ignored when the program started, and stay so (nohup, trap '' XFSZ, a
// launcher that forbids Ctrl-Z).
static unsigned char ignored_on_entry[NSIG];
// The actions there were before the fault handler: the Swift runtime's crash report.
static struct sigaction previous_fault_action[NSIG];

/// Signals whose default action ends the process and that only come from outside: a kill, the
/// terminal, a timer or a resource limit.
static const int asynchronous[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
    SIGIO, SIGPWR, SIGSTKFLT,
};
/// Faults: from the processor (or abort), or sent with kill like any other.
static const int faults[] = { SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS };

// The key wait's wake-up (the self-pipe trick): every handler writes a byte after setting its
// flag, so a wait with no time limit that began just after the flags were looked at still ends.
static int wake_pipe[2] = { -1, -1 };

static void wake(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    ssize_t written = write(wake_pipe[1], "", 1);  // a full pipe is awake already
    (void)written;
    errno = saved;
}

int dp_wake_fd(void) { return wake_pipe[0]; }

void dp_drain_wake(void) {
    if (wake_pipe[0] < 0) return;
    char bytes[64];
    while (read(wake_pipe[0], bytes, sizeof bytes) > 0) {}
}

int dp_wake_pending(void) { return pending_signal != 0 || pending_stop != 0 || pending_resize != 0; }

static void on_signal(int sig) { pending_signal = sig; wake(); }

/// The line mode's: the input ends at once. A flag checked before each read could miss a signal
/// that comes just after the check, and the read would then wait for a line that never comes;
/// with standard input on /dev/null, any read from now on ends the input.
static void on_signal_ending_input(int sig) {
    int saved = errno;
    pending_signal = sig;
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDIN_FILENO) {
        dup2(fd, STDIN_FILENO);
        close(fd);
    }
    errno = saved;
}
static void on_stop(int sig) { (void)sig; pending_stop = 1; wake(); }
static void on_resize(int sig) { (void)sig; pending_resize = 1; wake(); }

/// A fault sent by another process is a request to end, like SIGTERM. A real one (or abort)
/// cannot wait for the loop: the terminal is restored here, with async-signal-safe calls only,
/// and the fault goes on to the handler there was before.
static void on_fault(int sig, siginfo_t *info, void *context) {
    (void)context;
    int sent = info != NULL && (info->si_code == SI_USER || info->si_code == SI_QUEUE || info->si_code == SI_TKILL)
        && info->si_pid != getpid();
    if (sent) { pending_signal = sig; wake(); return; }
    dp_emergency_restore();
    sigaction(sig, &previous_fault_action[sig], NULL);
    // Raised again (blocked here, so delivered on return, at the faulting instruction): one
    // raised by the program (abort) or the kernel would not come back by itself.
    raise(sig);
}

static void set_action(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocked read returns at once
    sigaction(sig, &action, NULL);
}

static int is_ignored(int sig) {
    struct sigaction current;
    return sigaction(sig, NULL, &current) == 0 && current.sa_handler == SIG_IGN;
}

/// Catches `sig` with `handler` unless it was ignored on entry; unblocks it.
static void catch_signal(int sig, void (*handler)(int), sigset_t *handled) {
    if (sig <= 0 || sig >= NSIG) return;
    ignored_on_entry[sig] = (unsigned char)is_ignored(sig);
    if (ignored_on_entry[sig]) return;
    set_action(sig, handler);
    sigaddset(handled, sig);
}

void dp_catch_signals(int terminal) {
    sigset_t handled;
    sigemptyset(&handled);
    void (*handler)(int) = terminal ? on_signal : on_signal_ending_input;
    for (size_t i = 0; i < sizeof asynchronous / sizeof asynchronous[0]; i++) catch_signal(asynchronous[i], handler, &handled);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) catch_signal(sig, handler, &handled);
    if (terminal) {
        if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) wake_pipe[0] = wake_pipe[1] = -1;
        // A reader gone away only matters for output to a pipe; on the terminal it is one more
        // request to end. Elsewhere SIGPIPE keeps its quiet default.
        catch_signal(SIGPIPE, on_signal, &handled);
        catch_signal(SIGTSTP, on_stop, &handled);
        // Handled here, not by curses, so that a resize is clamped before curses sizes its
        // windows (curses installs its own only where none is).
        set_action(SIGWINCH, on_resize);
        sigaddset(&handled, SIGWINCH);
        for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
            int sig = faults[i];
            struct sigaction action;
            memset(&action, 0, sizeof action);
            action.sa_sigaction = on_fault;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_SIGINFO | SA_ONSTACK;
            if (sigaction(sig, &action, &previous_fault_action[sig]) == 0) sigaddset(&handled, sig);
        }
    }
    // A parent can hand down a mask blocking nearly everything (a launcher that spawns from a
    // worker thread does): the signals handled here must get through.
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

int dp_pending_signal(void) { return pending_signal; }

void dp_note_hangup(void) {
    if (pending_signal == 0) pending_signal = SIGHUP;
}

/// Gives `sig` its default action and raises it.
static void raise_default(int sig) {
    set_action(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

void dp_reraise(int sig) {
    if (sig <= 0 || sig >= NSIG || ignored_on_entry[sig]) return;
    raise_default(sig);
}

int dp_take_stop_request(void) {
    int requested = pending_stop;
    pending_stop = 0;
    return requested;
}

int dp_take_resize_request(void) {
    int requested = pending_resize;
    pending_resize = 0;
    return requested;
}

void dp_suspend(void) {
    dp_leave_for_suspend();
    raise_default(SIGTSTP);
    // Continued (fg): catch Ctrl-Z again; the window may have changed size meanwhile.
    set_action(SIGTSTP, on_stop);
    pending_resize = 1;
    dp_resume_after_suspend();
}

int dp_forbid_core_dumps(void) {
    struct rlimit none = { 0, 0 };
    int limited = setrlimit(RLIMIT_CORE, &none) == 0;
    int undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable ? 0 : -1;
}
