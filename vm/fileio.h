/* vm/fileio.h: pvm's file objects, CPython's _io stack in three layers:
 * FileIO (an fd), BufferedReader/Writer/Random over it (fileio.c) and
 * TextIOWrapper over those (textio.c), stacked by open() (open.c), and the
 * flushing of every open file at exit.  Invariant: data written is buffered only in the
 * Buffered layer (the text layer encodes straight into it), so flushing the
 * buffered objects flushes everything.  CPython closes a dropped file at
 * once (reference counts); pvm's collector finds it late, so open() first
 * flushes every buffered file: the one visible difference is a program
 * reading a file it still holds with unflushed writes (it sees them).
 * Not for sockets, pipes' special cases or the io module's classes.
 */
#ifndef PVM_FILEIO_H
#define PVM_FILEIO_H

#include "objects.h"

typedef struct PvFileIO {
    PvObject ob;
    int fd;                  /* -1 once closed */
    Value name;              /* str, bytes or int, as given to open() */
    bool readable, writable, appending, created, plus, closefd;
    int8_t seekable;         /* -1 not asked yet */
} PvFileIO;

typedef struct OpenFile OpenFile;
typedef struct PvBuffered {
    PvObject ob;
    PvFileIO *raw;
    uint8_t *rbuf;           /* read-ahead (malloc), rbuf[rpos..rlen) unread */
    int64_t rpos, rlen, rcap;
    uint8_t *wbuf;           /* pending writes (malloc) */
    int64_t wlen, wcap;
    int64_t size;            /* buffer size: st_blksize, as CPython picks */
    OpenFile *open;          /* its entry in the list flushed at exit */
} PvBuffered;

extern PvType pv_fileio_type, pv_bufreader_type, pv_bufwriter_type, pv_bufrandom_type,
    pv_textio_type, pv_exc_UnsupportedOperation;

/* ---- fileio.c, for textio.c ---- */
/* opens `name` (str/bytes path or int fd) with the flags of mode letters
 * r/w/a/x and plus; V_NULL with OSError (FileNotFoundError...) set */
Value pv_fileio_open(Value name, char kind, bool plus, bool closefd);
Value pv_buffered_new(PvFileIO *raw);
/* the fd is open (else raises ValueError msg: the messages vary by method) */
bool pv_buffered_check_open(PvBuffered *b, const char *msg);
/* up to n bytes (n < 0: to the end); V_NULL on error */
Value pv_buffered_read(PvBuffered *b, int64_t n);
int pv_buffered_write(PvBuffered *b, const uint8_t *data, int64_t n);
int pv_buffered_flush(PvBuffered *b);
int64_t pv_buffered_tell(PvBuffered *b);                  /* -1 on error */
int64_t pv_buffered_seek(PvBuffered *b, int64_t pos, int whence);
int pv_buffered_close(PvBuffered *b);
int pv_buffered_truncate(PvBuffered *b, int64_t size);
/* raises UnsupportedOperation(msg) / ValueError for closed files */
Value pv_unsupported(const char *msg);
Value pv_closed_error(const char *msg);
/* an int argument in [min, max]: pv_index's TypeError, else ovf_type(msg)
 * when it does not fit (CPython's converters word it per C type) */
bool pv_io_int(Value v, int64_t *out, int64_t min, int64_t max, PvType *ovf_type,
               const char *msg);
#define PV_IO_CINT(v, out)                                                                   \
    pv_io_int(v, out, -2147483647 - 1, 2147483647, &pv_exc_OverflowError,                   \
              "Python int too large to convert to C int")
#define PV_IO_CLONG(v, out)                                                                  \
    pv_io_int(v, out, INT64_MIN, INT64_MAX, &pv_exc_OverflowError,                          \
              "Python int too large to convert to C long")
/* "__next__() expected 0 arguments" as slot wrappers say it */
bool pv_io_slot_noargs(int argc, Value kwnames);
/* OSError subclass from errno, with filename when not V_NULL */
Value pv_err_errno(int err, Value filename);
/* flushes every open buffered file (main.c, at exit) */
void pv_files_flush_all(void);

/* ---- textio.c ---- */
/* a TextIOWrapper over buffer (a Buffered*); raises "illegal newline
 * value" / LookupError for a bad newline or encoding (str or V_NULL each) */
Value pv_textio_new(Value buffer, Value mode, Value encoding, Value errors, Value newline,
                    bool line_buffering);

/* ---- open.c ---- */
Value pv_builtin_open(Value self, int argc, const Value *argv, Value kwnames);
/* file.write(s) for a TextIOWrapper (print's fast path): 0 or -1 */
int pv_textio_write(Value file, Value s);

#endif
