/* tests/bench/measure.c: run one command, report its wall time and peak RSS.
 * run_bench.py compiles it on the fly.  It exists because Linux charges an
 * exec'd child with the pages of the process that forked it: timed from
 * the Python driver, every ru_maxrss would include the driver's ~10 MiB.
 * From this small C parent the bias is a few hundred KiB at most.
 *
 * usage: measure RESULT_FILE TIMEOUT_SECONDS PROG [ARG...]
 * The child inherits stdin/stdout/stderr.  RESULT_FILE receives one line:
 * "STATUS WALL_NS MAXRSS_KIB USER_US SYS_US" where STATUS is the exit code,
 * -SIGNAL if killed by a signal, or "timeout".  Exit status: 0, or 2 on a
 * usage or system error (then nothing is written).
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
}

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: measure RESULT_FILE TIMEOUT_SECONDS PROG [ARG...]\n");
        return 2;
    }
    unsigned timeout = (unsigned)strtoul(argv[2], NULL, 10);

    /* No SA_RESTART: the alarm must interrupt wait4. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);

    long long start = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    if (timeout)
        alarm(timeout);

    int status;
    struct rusage ru;
    pid_t got;
    while ((got = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR) {
        if (timed_out)
            kill(pid, SIGKILL);
    }
    long long wall = now_ns() - start;
    if (got < 0) {
        perror("measure: wait4");
        return 2;
    }

    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror("measure: result file");
        return 2;
    }
    if (timed_out)
        fprintf(f, "timeout");
    else if (WIFSIGNALED(status))
        fprintf(f, "%d", -WTERMSIG(status));
    else
        fprintf(f, "%d", WEXITSTATUS(status));
    fprintf(f, " %lld %ld %lld %lld\n", wall, ru.ru_maxrss,
            (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec,
            (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec);
    return fclose(f) == 0 ? 0 : 2;
}
