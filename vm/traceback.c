/* vm/traceback.c: traceback objects and the printer of uncaught
 * exceptions, byte-identical to python3.11's C printer (Python/traceback.c
 * and pythonrun.c): frames with source lines and PEP 657 carets, repeated
 * frames collapsed, chained exceptions, notes, "Did you mean" suggestions
 * exception groups drawn in boxes, and SyntaxError's own "File/line/caret"
 * block.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "exc.h"
#include "linetable.h"
#include "modules.h"
#include "runtime.h"
#include "str.h"

#define FAST_LOCAL 0x20          /* co_localspluskinds: CO_FAST_LOCAL */
#define TB_LIMIT 1000            /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
#define SOURCE_INDENT 4

/* ---- traceback objects ---- */
typedef struct Loc {
    int line, end_line, col, end_col;
} Loc;

/* PyCode_Addr2Location: the location of the instruction at code unit lasti */
static bool code_location(const PvCode *code, int lasti, Loc *loc)
{
    loc->line = loc->end_line = loc->col = loc->end_col = -1;
    if (lasti < 0) {
        loc->line = code->firstlineno;
        return true;
    }
    LineIter it;
    LineEntry e;
    lnt_iter_init(&it, code->linetable, (size_t)code->nlinetable, code->firstlineno);
    int addr = lasti * 2;
    while (lnt_iter_next(&it, &e)) {
        if (e.start <= addr && addr < e.end) {
            loc->line = e.line;
            loc->end_line = e.end_line;
            loc->col = e.col;
            loc->end_col = e.end_col;
            return true;
        }
    }
    return false;
}

#define LINENO_UNKNOWN INT32_MIN

Value pv_traceback_new(Value next, PvCode *code, int lasti)
{
    PvTraceback *tb = (PvTraceback *)pv_new_object(&pv_traceback_type, sizeof(PvTraceback));
    tb->next = next ? next : V_NONE;
    tb->code = code;
    tb->lasti = lasti;
    /* decoded when asked for: a caught exception usually never is */
    tb->lineno = LINENO_UNKNOWN;
    return v_from(tb);
}

int pv_traceback_lineno(const PvTraceback *tb)
{
    if (tb->lineno == LINENO_UNKNOWN) {
        Loc loc;
        code_location(tb->code, tb->lasti, &loc);
        ((PvTraceback *)tb)->lineno = loc.line; /* a cache, filled once */
    }
    return tb->lineno;
}

static Value tb_getattr(Value self, Value name)
{
    PvTraceback *tb = (PvTraceback *)v_obj(self);
    if (pv_str_eq_cstr(name, "tb_next"))
        return tb->next;
    if (pv_str_eq_cstr(name, "tb_lineno"))
        return pv_int_from_i64(pv_traceback_lineno(tb));
    if (pv_str_eq_cstr(name, "tb_lasti"))
        return pv_int_from_i64((int64_t)tb->lasti * 2);
    return V_NULL;
}

static int tb_setattr(Value self, Value name, Value val)
{
    PvTraceback *tb = (PvTraceback *)v_obj(self);
    if (pv_str_eq_cstr(name, "tb_next")) {
        if (!val) {
            pv_err_set_str(&pv_exc_TypeError, "can't delete tb_next attribute");
            return -1;
        }
        if (val != V_NONE && !v_is(val, &pv_traceback_type)) {
            pv_err_format(&pv_exc_TypeError, "expected traceback object or None, got '%T'", val);
            return -1;
        }
        for (Value c = val; c != V_NONE; c = ((PvTraceback *)v_obj(c))->next)
            if (c == self) {
                pv_err_set_str(&pv_exc_ValueError, "traceback loop detected");
                return -1;
            }
        tb->next = val;
        return 0;
    }
    if (pv_str_eq_cstr(name, "tb_lineno") || pv_str_eq_cstr(name, "tb_lasti") ||
        pv_str_eq_cstr(name, "tb_frame")) {
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
        return -1;
    }
    pv_err_format(&pv_exc_AttributeError, "'traceback' object has no attribute '%S'", name);
    return -1;
}

PvType pv_traceback_type = {
    .ob = {&pv_type_type},
    .name = "traceback",
    .base = &pv_object_type,
    .size = sizeof(PvTraceback),
    .getattr = tb_getattr,
    .setattr = tb_setattr,
};

/* ---- output ---- */
static void put(FILE *f, const char *s) { fputs(s, f); }

static void put_str(FILE *f, Value s)
{
    size_t n;
    const char *p = pv_str_utf8(s, &n);
    fwrite(p, 1, n, f);
}

static void put_indent(FILE *f, int indent)
{
    for (int i = 0; i < indent; i++)
        fputc(' ', f);
}

static void put_margin(FILE *f, int indent, const char *margin)
{
    put_indent(f, indent);
    if (margin)
        put(f, margin);
}

/* ---- source lines (linecache as the C printer reads them: decoded as
 * UTF-8, universal newlines, the newline removed) ---- */
static struct {
    char *path;
    char *data;
    size_t len;
    bool ok;
} src_cache;

static bool valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
                 : (c & 0xF8) == 0xF0 ? 3 : 9;
        if (k == 9 || (k == 1 && c < 0xC2) || i + k >= n + (k ? 0 : 1))
            return false;
        for (size_t j = 1; j <= k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
        if (k == 2) {
            unsigned cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3Fu) << 6);
            if (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))
                return false;
        }
        if (k == 3) {
            unsigned cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3Fu) << 12);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return false;
        }
        i += k + 1;
    }
    return true;
}

/* fopen for reading that fails on directories, as io.open(path, "rb") */
static FILE *open_regular(const char *path)
{
    FILE *fp = fopen(path, "rb");
    struct stat st;
    if (fp && (fstat(fileno(fp), &st) != 0 || S_ISDIR(st.st_mode))) {
        fclose(fp);
        return NULL;
    }
    return fp;
}

/* the PEP 263 coding cookie of the tokenizer (get_coding_spec): a comment
 * holding "coding:" or "coding=" and a name, on line 1, or on line 2 when
 * line 1 holds nothing but a comment; the name normalised as
 * get_normal_name does.  NULL for none or for UTF-8 (the default). */
static const char *declared_encoding(const char *data, size_t n)
{
    const char *line = data, *end = data + n;
    for (int lineno = 1; lineno <= 2 && line < end; lineno++) {
        const char *eol = line;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        if (eol < end)
            eol += *eol == '\r' && eol + 1 < end && eol[1] == '\n' ? 2 : 1;
        ptrdiff_t size = eol - line, i = 0;
        for (; i < size - 6 && line[i] != '#'; i++)
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f')
                return NULL; /* code before any comment: no cookie */
        for (; i < size - 6; i++) {
            const char *t = line + i;
            if (memcmp(t, "coding", 6) != 0 || (t[6] != ':' && t[6] != '='))
                continue;
            t += 7;
            while (t < eol && (*t == ' ' || *t == '\t'))
                t++;
            const char *begin = t;
            while (t < eol && (isalnum((unsigned char)*t) || *t == '-' || *t == '_' || *t == '.'))
                t++;
            if (begin == t)
                continue;
            char name[13];
            size_t k = 0;
            for (const char *c = begin; c < t && k < 12; c++, k++)
                name[k] = *c == '_' ? '-' : (char)tolower((unsigned char)*c);
            name[k] = 0;
            if (!strcmp(name, "utf-8") || !strncmp(name, "utf-8-", 6))
                return NULL;
            static const char *const latin1[] = { "latin-1", "iso-8859-1", "iso-latin-1" };
            for (int j = 0; j < 3; j++) {
                size_t m = strlen(latin1[j]);
                if (!strcmp(name, latin1[j]) || (!strncmp(name, latin1[j], m) && name[m] == '-'))
                    return "iso-8859-1";
            }
            char *out = pv_alloc_atomic((size_t)(t - begin) + 1);
            memcpy(out, begin, (size_t)(t - begin));
            out[t - begin] = 0;
            return out;
        }
        /* only a blank or comment-only line lets line 2 declare it */
        for (i = 0; i < size; i++) {
            if (line[i] == '#' || line[i] == '\n' || line[i] == '\r')
                break;
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f')
                return NULL;
        }
        line = eol;
    }
    return NULL;
}

static bool load_source(const char *path)
{
    if (src_cache.path && strcmp(src_cache.path, path) == 0)
        return src_cache.ok;
    src_cache.path = pv_alloc_atomic(strlen(path) + 1);
    strcpy(src_cache.path, path);
    src_cache.ok = false;
    FILE *fp = open_regular(path);
    if (!fp)
        return false;
    size_t cap = 8192, n = 0;
    char *buf = pv_alloc_atomic(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = pv_alloc_atomic(cap * 2);
            memcpy(nb, buf, n);
            buf = nb;
            cap *= 2;
        }
    }
    fclose(fp);
    const char *encoding = declared_encoding(buf, n);
    if (encoding) {
        /* decoded once into the UTF-8 the line reader expects; a codec pvm
         * lacks or bytes it rejects show no lines */
        Value text = pv_str_decode((const uint8_t *)buf, (int64_t)n, pv_str_cstr(encoding), V_NULL);
        if (!text) {
            pv_err_clear();
            return false;
        }
        const char *utf8 = pv_str_utf8(text, &n);
        buf = pv_alloc_atomic(n + 1);
        memcpy(buf, utf8, n);
    }
    src_cache.data = buf;
    src_cache.len = n;
    src_cache.ok = true;
    return true;
}

/* CPython's _Py_FindSourceFile: a file that cannot be opened as named is
 * looked for by its last component in each str entry of sys.path */
static bool load_from_sys_path(const char *fn)
{
    Value sys = pv_mod_sys_init();
    Value path = pv_dict_get_str(((PvModule *)v_obj(sys))->dict, pv_str_intern_cstr("path"));
    if (path == V_NULL || !v_isinstance(path, &pv_list_type)) {
        pv_err_clear();
        return false;
    }
    const char *slash = strrchr(fn, '/');
    const char *tail = slash ? slash + 1 : fn;
    size_t taillen = strlen(tail);
    for (int64_t i = 0; i < PV_LIST_LEN(path); i++) {
        Value dir = PV_LIST_ITEMS(path)[i];
        if (!v_isinstance(dir, &pv_str_type))
            continue;
        size_t n;
        const char *d = pv_str_utf8(dir, &n);
        /* CPython's MAXPATHLEN buffer; entries holding NUL are skipped (the
         * shared empty str has no NUL after it: no strlen) */
        if (n + 1 + taillen >= 4096 - 1 || memchr(d, 0, n))
            continue;
        char *full = pv_alloc_atomic(n + taillen + 2);
        memcpy(full, d, n);
        if (n > 0 && full[n - 1] != '/')
            full[n++] = '/';
        memcpy(full + n, tail, taillen + 1);
        if (load_source(full))
            return true;
    }
    return false;
}

/* Line `lineno` (1-based) of the file, without its line ending; false when
 * the file or line is missing or cannot be decoded. */
static bool source_line(Value filename, int lineno, const char **out, size_t *outlen)
{
    size_t flen;
    const char *fn = pv_str_utf8(filename, &flen);
    /* Do not try to open things like <string> or <stdin> */
    if (flen == 0 || (fn[0] == '<' && fn[flen - 1] == '>') || lineno < 1)
        return false;
    if (strlen(fn) != flen || (!load_source(fn) && !load_from_sys_path(fn)))
        return false;
    const char *p = src_cache.data, *end = p + src_cache.len;
    for (int l = 1;; l++) {
        if (p >= end)
            return false;
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            q++;
        if (!valid_utf8((const unsigned char *)p, (size_t)(q - p)))
            return false;
        if (l == lineno) {
            *out = p;
            *outlen = (size_t)(q - p);
            return true;
        }
        if (q < end && *q == '\r' && q + 1 < end && q[1] == '\n')
            q++;
        p = q + 1;
    }
}

/* code points in the first n bytes of UTF-8 text (a cut sequence counts
 * as one, as "replace" decoding does) */
static int64_t count_chars(const char *s, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* byte offset of code point k */
static size_t char_to_byte(const char *s, size_t n, int64_t k)
{
    size_t i = 0;
    for (int64_t c = 0; c < k && i < n; c++) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* _PyPegen_byte_offset_to_character_offset: past the end it counts the
 * terminating NUL as one more character */
static int64_t byte_to_char(const char *s, size_t n, int64_t off)
{
    if (off > (int64_t)n)
        return count_chars(s, n) + 1;
    return count_chars(s, (size_t)off);
}

/* ---- caret anchors: python3.11 parses the failing segment and, for a
 * binary operation or a subscript at its top, draws '~' under the operands
 * and '^' under the operator or index.  pvm has no parser, so this is a
 * small tokenizer plus precedence scan that finds the same top node and
 * the same AST offsets (a parenthesised operand keeps its inner offsets;
 * tuples and generator expressions include their parentheses). ---- */
enum tok { T_NAME, T_KW, T_NUMBER, T_STRING, T_OP, T_OPEN, T_CLOSE };
typedef struct Tok {
    enum tok kind;
    int start, end;   /* byte offsets in the segment */
    int match;        /* brackets: index of the partner */
    char op[4];       /* T_OP / brackets / T_KW (first 3 chars not enough: see kw) */
    const char *kw;   /* T_KW: the keyword */
} Tok;

#define MAX_TOKS 512

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL};

static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "...", NULL};
static const char *const ops2[] = {"!=", "==", "<=", ">=", "**", "//", "<<", ">>", "->", ":=",
                                   "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL};

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }
static bool name_char(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

static bool string_prefix(const char *s, int n)
{
    if (n > 2)
        return false;
    bool r = false, b = false, u = false, f = false;
    for (int i = 0; i < n; i++) {
        char c = (char)(s[i] | 0x20);
        bool *flag = c == 'r' ? &r : c == 'b' ? &b : c == 'u' ? &u : c == 'f' ? &f : NULL;
        if (!flag || *flag)
            return false;
        *flag = true;
    }
    return !(u && (r || b || f)) && !(b && f);
}

/* the string starting with the quote at s[i]: index after it, -1 if open */
static int skip_string(const char *s, int n, int i)
{
    char q = s[i];
    bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < n) {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == q) {
            if (!triple)
                return i + 1;
            if (i + 2 < n && s[i + 1] == q && s[i + 2] == q)
                return i + 3;
        }
        i++;
    }
    return -1;
}

static int tokenize(const char *s, int n, Tok *t)
{
    int nt = 0, stack[MAX_TOKS], sp = 0;
    int i = 0;
    while (i < n) {
        char c = s[i];
        if (is_ws(c)) {
            i++;
            continue;
        }
        if (c == '#')
            break;
        if (nt == MAX_TOKS)
            return -1;
        Tok *k = &t[nt];
        memset(k, 0, sizeof *k);
        k->start = i;
        if (name_char((unsigned char)c) && !(c >= '0' && c <= '9')) {
            int j = i;
            while (j < n && name_char((unsigned char)s[j]))
                j++;
            if (j < n && (s[j] == '\'' || s[j] == '"') && string_prefix(s + i, j - i)) {
                int e = skip_string(s, n, j);
                if (e < 0)
                    return -1;
                k->kind = T_STRING;
                i = e;
            } else {
                k->kind = T_NAME;
                for (int w = 0; keywords[w]; w++)
                    if ((int)strlen(keywords[w]) == j - i && !memcmp(keywords[w], s + i, (size_t)(j - i))) {
                        k->kind = T_KW;
                        k->kw = keywords[w];
                    }
                i = j;
            }
        } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            bool hex = c == '0' && i + 1 < n && (s[i + 1] | 0x20) == 'x';
            int j = i;
            while (j < n) {
                char d = s[j];
                if (name_char((unsigned char)d) || d == '.')
                    j++;
                else if ((d == '+' || d == '-') && !hex && ((s[j - 1] | 0x20) == 'e'))
                    j++;
                else
                    break;
            }
            k->kind = T_NUMBER;
            i = j;
        } else if (c == '\'' || c == '"') {
            int e = skip_string(s, n, i);
            if (e < 0)
                return -1;
            k->kind = T_STRING;
            i = e;
        } else if (c == '(' || c == '[' || c == '{') {
            k->kind = T_OPEN;
            k->op[0] = c;
            stack[sp++] = nt;
            i++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (sp == 0)
                return -1;
            int o = stack[--sp];
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (t[o].op[0] != want)
                return -1;
            k->kind = T_CLOSE;
            k->op[0] = c;
            k->match = o;
            t[o].match = nt;
            i++;
        } else {
            int len = 0;
            for (int w = 0; ops3[w] && !len; w++)
                if (i + 3 <= n && !memcmp(ops3[w], s + i, 3))
                    len = 3;
            for (int w = 0; ops2[w] && !len; w++)
                if (i + 2 <= n && !memcmp(ops2[w], s + i, 2))
                    len = 2;
            if (!len && strchr("+-*/%@&|^~<>=.,:;", c))
                len = 1;
            if (!len)
                return -1;
            k->kind = T_OP;
            memcpy(k->op, s + i, (size_t)len);
            i += len;
        }
        k->end = i;
        nt++;
    }
    return sp ? -1 : nt;
}

static bool is_op(const Tok *k, const char *op) { return k->kind == T_OP && !strcmp(k->op, op); }
static bool is_kw(const Tok *k, const char *kw) { return k->kind == T_KW && !strcmp(k->kw, kw); }

/* an operand ends here, so a following + - * is binary */
static bool ends_operand(const Tok *k)
{
    if (k->kind == T_KW)
        return !strcmp(k->kw, "None") || !strcmp(k->kw, "True") || !strcmp(k->kw, "False");
    return k->kind == T_NAME || k->kind == T_NUMBER || k->kind == T_STRING || k->kind == T_CLOSE ||
           is_op(k, "...");
}

static int binop_level(const Tok *k)
{
    static const struct { const char *op; int level; } levels[] = {
        {"|", 1}, {"^", 2}, {"&", 3}, {"<<", 4}, {">>", 4}, {"+", 5}, {"-", 5},
        {"*", 6}, {"/", 6}, {"//", 6}, {"%", 6}, {"@", 6}, {"**", 8}, {NULL, 0}};
    if (k->kind != T_OP)
        return 0;
    for (int i = 0; levels[i].op; i++)
        if (!strcmp(k->op, levels[i].op))
            return levels[i].level;
    return 0;
}

/* (lo .. hi) is a parenthesised expression whose node is the inner one
 * (not a tuple, not a generator expression) */
static bool transparent(const Tok *t, int lo, int hi)
{
    if (t[lo].kind != T_OPEN || t[lo].op[0] != '(' || t[lo].match != hi - 1 || hi - lo < 3)
        return false;
    for (int i = lo + 1; i < hi - 1; i++) {
        if (t[i].kind == T_OPEN) {
            i = t[i].match;
            continue;
        }
        if (is_op(&t[i], ",") || is_kw(&t[i], "for"))
            return false;
    }
    return true;
}

static int node_start(const Tok *t, int lo, int hi)
{
    while (transparent(t, lo, hi))
        lo++, hi--;
    return t[lo].start;
}

static int node_end(const Tok *t, int lo, int hi)
{
    while (transparent(t, lo, hi))
        lo++, hi--;
    return t[hi - 1].end;
}

/* Anchors of the top node of segment s: 1 with the left and right byte offsets
 * (BinOp: the operator; Subscript: from the value's end to after the
 * index), 0 when it is neither or does not parse. */
static int segment_anchors(const char *s, int n, int *left, int *right)
{
    static Tok t[MAX_TOKS];
    int nt = tokenize(s, n, t);
    if (nt <= 0)
        return 0;
    int lo = 0, hi = nt;
    while (transparent(t, lo, hi))
        lo++, hi--;
    /* scan the top level */
    int best = 0, best_at = -1;
    bool first_unary = false;
    for (int i = lo; i < hi; i++) {
        const Tok *k = &t[i];
        if (k->kind == T_OPEN) {
            i = k->match;
            continue;
        }
        if (k->kind == T_KW) {
            if (!strcmp(k->kw, "None") || !strcmp(k->kw, "True") || !strcmp(k->kw, "False") ||
                !strcmp(k->kw, "await"))
                continue;
            return 0; /* lambda, if, or, not, in, is, yield, statements... */
        }
        if (k->kind != T_OP)
            continue;
        int level = binop_level(k);
        bool binary = i > lo && ends_operand(&t[i - 1]);
        if (!binary) {
            if (is_op(k, "+") || is_op(k, "-") || is_op(k, "~")) {
                if (i == lo)
                    first_unary = true;
                continue;
            }
            if (is_op(k, ".") || is_op(k, "..."))
                continue;
            return 0;
        }
        if (!level) {
            if (is_op(k, "."))
                continue;
            return 0; /* comparison, comma, assignment, ':' ... */
        }
        /* lowest level wins; left-associative levels take the last one,
         * '**' (right-associative) the first */
        if (!best || level < best || (level == best && level != 8)) {
            best = level;
            best_at = i;
        }
    }
    if (best) {
        if (best == 8 && first_unary)
            return 0; /* -a ** b is a UnaryOp */
        if (best_at == lo || best_at == hi - 1)
            return 0;
        int lend = node_end(t, lo, best_at), rstart = node_start(t, best_at + 1, hi);
        for (int i = lend; i < rstart; i++) {
            if (is_ws(s[i]))
                continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < rstart && !is_ws(s[i + 1]))
                ++*right;
            return 1;
        }
        return 0;
    }
    if (first_unary || is_kw(&t[lo], "await"))
        return 0;
    /* a primary: atom then trailers; we need its last trailer */
    int i = lo;
    if (t[i].kind == T_STRING) {
        while (i < hi && t[i].kind == T_STRING)
            i++;
    } else if (t[i].kind == T_OPEN) {
        i = t[i].match + 1;
    } else if (t[i].kind == T_NAME || t[i].kind == T_NUMBER || t[i].kind == T_KW ||
               is_op(&t[i], "...")) {
        i++;
    } else {
        return 0;
    }
    int last_open = -1;
    while (i < hi) {
        if (is_op(&t[i], ".") && i + 1 < hi && t[i + 1].kind == T_NAME) {
            last_open = -1;
            i += 2;
        } else if (t[i].kind == T_OPEN && t[i].op[0] != '{') {
            last_open = t[i].op[0] == '[' ? i : -1;
            i = t[i].match + 1;
        } else {
            return 0;
        }
    }
    if (last_open < 0)
        return 0;
    int close = t[last_open].match;
    if (close == last_open + 1)
        return 0;
    *left = node_end(t, lo, last_open);
    *right = node_end(t, last_open + 1, close) + 1;
    return 1;
}

/* ---- one frame ---- */
static void display_line(FILE *f, const PvTraceback *tb, int indent, const char *margin)
{
    const PvCode *code = tb->code;
    put_margin(f, indent, margin);
    put(f, "  File \"");
    put_str(f, code->filename);
    fprintf(f, "\", line %d, in ", pv_traceback_lineno(tb));
    put_str(f, code->name);
    put(f, "\n");

    const char *line;
    size_t len;
    if (!source_line(code->filename, pv_traceback_lineno(tb), &line, &len))
        return;
    size_t ws = 0;
    while (ws < len && is_ws(line[ws]))
        ws++;
    put_margin(f, indent, margin);
    put_indent(f, SOURCE_INDENT);
    fwrite(line + ws, 1, len - ws, f);
    put(f, "\n");

    /* ws is also the number of stripped characters (all ASCII) */
    int64_t truncation = (int64_t)ws - SOURCE_INDENT;
    Loc loc;
    if (!code_location(code, tb->lasti, &loc))
        return;
    if (loc.line < 0 || loc.end_line < 0 || loc.col < 0 || loc.end_col < 0)
        return;
    int64_t line_chars = count_chars(line, len);
    int64_t start = byte_to_char(line, len, loc.col);
    int64_t end = byte_to_char(line, len, loc.end_col);
    int64_t left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (loc.line == loc.end_line) {
        /* the segment line[start:end] in characters */
        int64_t cs = start < line_chars ? start : line_chars;
        int64_t ce = end < line_chars ? end : line_chars;
        if (ce > cs) {
            size_t bs = char_to_byte(line, len, cs), be = char_to_byte(line, len, ce);
            int la, ra;
            if (segment_anchors(line + bs, (int)(be - bs), &la, &ra)) {
                left = byte_to_char(line + bs, be - bs, la) + start;
                right = byte_to_char(line + bs, be - bs, ra) + start;
                primary = "~";
            }
        }
    } else {
        /* a multi-line expression: up to the last non-blank character of
         * the line; python3.11 mixes a character count with a UTF-8 byte
         * index here, and so do we */
        int64_t i = line_chars;
        while (--i >= 0)
            if (!is_ws(line[i]))
                break;
        end = i + 1;
    }
    int64_t stripped = line_chars - (int64_t)ws;
    bool secondary_ranges = left != -1 || right != -1;
    if (end - start == stripped && !secondary_ranges)
        return;
    put_margin(f, indent, margin);
    for (int64_t off = truncation + 1; off <= end; off++) {
        if (off <= start)
            put(f, " ");
        else if (secondary_ranges && left < off && off <= right)
            put(f, secondary);
        else
            put(f, primary);
    }
    put(f, "\n");
}

static void print_repeated(FILE *f, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(f, cnt > 1 ? "  [Previous line repeated %ld more times]\n"
                       : "  [Previous line repeated %ld more time]\n",
            cnt);
}

static void print_tb(FILE *f, Value tbv, int indent, const char *margin, const char *header_margin,
                     const char *header)
{
    put_margin(f, indent, header_margin);
    put(f, header);
    long depth = 0;
    for (Value t = tbv; t != V_NONE; t = ((PvTraceback *)v_obj(t))->next)
        depth++;
    while (tbv != V_NONE && depth > TB_LIMIT) {
        depth--;
        tbv = ((PvTraceback *)v_obj(tbv))->next;
    }
    Value last_file = V_NULL, last_name = V_NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tbv != V_NONE; tbv = ((PvTraceback *)v_obj(tbv))->next) {
        const PvTraceback *tb = (const PvTraceback *)v_obj(tbv);
        const PvCode *code = tb->code;
        if (!last_file || !pv_str_eq(code->filename, last_file) || last_line == -1 ||
            pv_traceback_lineno(tb) != last_line || !last_name || !pv_str_eq(code->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(f, cnt);
            last_file = code->filename;
            last_line = pv_traceback_lineno(tb);
            last_name = code->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            display_line(f, tb, indent, margin);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(f, cnt);
}

/* ---- "Did you mean" (Python/suggestions.c) ---- */
#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    while (an && bn && a[0] == b[0])
        a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1])
        an--, bn--;
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b, b = t;
        size_t tn = an;
        an = bn, bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (size_t i = 0; i < an; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* candidates: n str Values */
static Value best_suggestion(const Value *cands, int64_t n, Value name)
{
    if (n >= MAX_CANDIDATE_ITEMS)
        return V_NULL;
    size_t nn;
    const char *ns = pv_str_utf8(name, &nn);
    size_t best_dist = SIZE_MAX;
    Value best = V_NULL;
    for (int64_t i = 0; i < n; i++) {
        if (!v_isinstance(cands[i], &pv_str_type))
            continue;
        size_t in;
        const char *is = pv_str_utf8(cands[i], &in);
        if (in == nn && !memcmp(is, ns, nn))
            continue;
        size_t max_dist = (nn + in + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_dist)
            max_dist = best_dist - 1;
        size_t d = levenshtein(ns, nn, is, in, max_dist);
        if (d > max_dist)
            continue;
        if (!best || d < best_dist) {
            best = cands[i];
            best_dist = d;
        }
    }
    return best;
}

static Value suggest_from_dict(Value d, Value name)
{
    if (!d || !v_isinstance(d, &pv_dict_type))
        return V_NULL;
    Value keys = pv_list_new(0);
    int64_t pos = 0;
    Value k, v;
    while (pv_dict_next(d, &pos, &k, &v))
        pv_list_append(keys, k);
    return best_suggestion(PV_LIST_ITEMS(keys), PV_LIST_LEN(keys), name);
}

static Value suggestion_for(Value exc)
{
    PvException *e = (PvException *)v_obj(exc);
    PvType *t = pv_type(exc);
    if (!e->name || !v_is(e->name, &pv_str_type))
        return V_NULL;
    if (t == &pv_exc_AttributeError) {
        if (!e->obj || e->obj == V_NONE)
            return V_NULL;
        Value dirf = pv_dict_get_str(pv_builtins_module(), pv_str_intern_cstr("dir"));
        Value dir = dirf ? pv_call1(dirf, e->obj) : V_NULL;
        if (!dir || !v_isinstance(dir, &pv_list_type)) {
            pv_err_clear();
            return V_NULL;
        }
        return best_suggestion(PV_LIST_ITEMS(dir), PV_LIST_LEN(dir), e->name);
    }
    if (t != &pv_exc_NameError || e->traceback == V_NONE)
        return V_NULL;
    Value tbv = e->traceback;
    while (((PvTraceback *)v_obj(tbv))->next != V_NONE)
        tbv = ((PvTraceback *)v_obj(tbv))->next;
    const PvCode *code = ((PvTraceback *)v_obj(tbv))->code;
    Value locals = pv_list_new(0);
    for (int32_t i = 0; i < code->nlocalsplus; i++)
        if (code->localspluskinds[i] & FAST_LOCAL)
            pv_list_append(locals, PV_TUPLE_ITEMS(code->localsplusnames)[i]);
    Value s = best_suggestion(PV_LIST_ITEMS(locals), PV_LIST_LEN(locals), e->name);
    if (!s)
        s = suggest_from_dict(e->obj, e->name);
    if (!s)
        s = suggest_from_dict(pv_builtins_module(), e->name);
    return s;
}

/* ---- one exception, its chain, groups (pythonrun.c) ---- */
typedef struct Ctx {
    FILE *f;
    int depth;          /* exception group nesting */
    bool need_close;
    Value seen;         /* list of exceptions already printed (by identity) */
} Ctx;

static int ctx_indent(const Ctx *c) { return 2 * c->depth; }
static const char *ctx_margin(const Ctx *c) { return c->depth ? "| " : ""; }
static void write_margin(const Ctx *c) { put_margin(c->f, ctx_indent(c), ctx_margin(c)); }

static bool seen_has(const Ctx *c, Value v)
{
    for (int64_t i = 0; i < PV_LIST_LEN(c->seen); i++)
        if (PV_LIST_ITEMS(c->seen)[i] == v)
            return true;
    return false;
}

static bool is_group(Value v) { return v_isinstance(v, &pv_exc_BaseExceptionGroup); }

static void print_type_name(FILE *f, PvType *t)
{
    /* builtins and __main__ are not shown; a class's __module__ is in its
     * dict, its __qualname__ in the type (type.c) */
    if ((t->flags & PV_TF_HEAPTYPE) && t->dict && v_isinstance(t->dict, &pv_dict_type)) {
        Value mod = pv_dict_get_str(t->dict, pv_str_intern_cstr("__module__"));
        if (!mod)
            pv_err_clear();
        else if (!v_is(mod, &pv_str_type))
            put(f, "<unknown>");
        else if (!pv_str_eq_cstr(mod, "builtins") && !pv_str_eq_cstr(mod, "__main__")) {
            put_str(f, mod);
            put(f, ".");
        }
        if (t->qualname != V_NULL && v_is(t->qualname, &pv_str_type)) {
            put_str(f, t->qualname);
            return;
        }
    }
    put(f, t->name);
}

static void print_notes(Ctx *c, Value exc)
{
    Value notes = ((PvException *)v_obj(exc))->notes;
    if (!notes)
        return;
    FILE *f = c->f;
    PvType *nt = pv_type(notes);
    if (!nt->getitem || pv_type_is_subtype(nt, &pv_dict_type)) {
        write_margin(c);
        Value r = pv_repr(notes);
        if (r)
            put_str(f, r);
        else {
            pv_err_clear();
            put(f, "<__notes__ repr() failed>");
        }
        /* python3.11 writes no newline after it (print_exception_notes) */
        return;
    }
    Value list = pv_sequence_list(notes);
    if (!list) {
        pv_err_clear();
        return;
    }
    for (int64_t i = 0; i < PV_LIST_LEN(list); i++) {
        Value s = pv_str(PV_LIST_ITEMS(list)[i]);
        if (!s) {
            pv_err_clear();
            write_margin(c);
            put(f, "<note str() failed>\n");
            continue;
        }
        /* each line of the note behind the margin (splitlines(keepends)) */
        size_t n;
        const char *p = pv_str_utf8(s, &n);
        size_t a = 0;
        write_margin(c);
        for (size_t i2 = 0; i2 < n; i2++) {
            unsigned char ch = (unsigned char)p[i2];
            size_t brk = 0;
            if (ch == '\n' || ch == '\v' || ch == '\f' || ch == 0x1c || ch == 0x1d || ch == 0x1e)
                brk = 1;
            else if (ch == '\r')
                brk = (i2 + 1 < n && p[i2 + 1] == '\n') ? 2 : 1;
            else if (ch == 0xC2 && i2 + 1 < n && (unsigned char)p[i2 + 1] == 0x85)
                brk = 2;
            else if (ch == 0xE2 && i2 + 2 < n && (unsigned char)p[i2 + 1] == 0x80 &&
                     ((unsigned char)p[i2 + 2] == 0xA8 || (unsigned char)p[i2 + 2] == 0xA9))
                brk = 3;
            if (brk && i2 + brk < n) {
                fwrite(p + a, 1, i2 + brk - a, f);
                a = i2 + brk;
                write_margin(c);
            }
            if (brk)
                i2 += brk - 1;
        }
        fwrite(p + a, 1, n - a, f);
        put(f, "\n");
    }
}

/* ---- SyntaxError's location block (pythonrun.c's
 * print_exception_file_and_line and print_error_text) ---- */

typedef struct SyntaxLoc {
    Value msg, filename, text; /* text V_NULL when None */
    int64_t lineno, offset, end_lineno, end_offset;
} SyntaxLoc;

/* PyLong_AsSsize_t: an int (bool included) that fits */
static bool ssize_of(Value v, int64_t *out)
{
    return v && v_isinstance(v, &pv_int_type) && pv_int_as_i64(v, out);
}

/* an int attribute, None giving `none`; false when CPython's parse fails */
static bool loc_int(Value exc, const char *name, bool none_ok, int64_t none, int64_t *out)
{
    Value v = pv_getattr_cstr(exc, name);
    if (none_ok && v == V_NONE) {
        *out = none;
        return true;
    }
    return ssize_of(v, out);
}

/* parse_syntax_error: false (error cleared) sends the exception to the
 * ordinary printer */
static bool syntax_location(Value exc, SyntaxLoc *l)
{
    l->end_offset = -1;
    l->msg = pv_getattr_cstr(exc, "msg");
    l->filename = l->msg ? pv_getattr_cstr(exc, "filename") : V_NULL;
    if (!l->filename)
        goto fail;
    if (l->filename == V_NONE)
        l->filename = pv_str_cstr("<string>");
    if (!loc_int(exc, "lineno", false, 0, &l->lineno) ||
        !loc_int(exc, "offset", true, -1, &l->offset))
        goto fail;
    /* subclasses (IndentationError, TabError, user classes) get one caret */
    if (v_is(exc, &pv_exc_SyntaxError)) {
        if (!loc_int(exc, "end_lineno", true, l->lineno, &l->end_lineno) ||
            !loc_int(exc, "end_offset", true, -1, &l->end_offset))
            goto fail;
    } else {
        l->end_lineno = l->lineno;
    }
    l->text = pv_getattr_cstr(exc, "text");
    if (!l->text)
        goto fail;
    if (l->text == V_NONE)
        l->text = V_NULL;
    return true;
fail:
    pv_err_clear();
    return false;
}

/* the offending line without its leading blanks, then carets from offset
 * to end_offset; all in UTF-8 bytes, up to a NUL as C strings end */
static void print_error_text(FILE *f, int64_t offset, int64_t end_offset, const char *text)
{
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    /* an error on a later line of a multi-line text shows that line */
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl || nl - text >= offset)
            break;
        int64_t skip = nl - text + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    put(f, "    ");
    put(f, text);
    if (text[len] != '\n')
        put(f, "\n");
    if (offset < 0)
        return;
    put(f, "    ");
    put_indent(f, (int)offset);
    for (int64_t i = 0; i < carets; i++)
        fputc('^', f);
    put(f, "\n");
}

/* prints the location block and returns the message to print in place of
 * the exception, or V_NULL when exc is printed the ordinary way */
static Value print_syntax_location(Ctx *c, Value exc)
{
    if (!v_isinstance(exc, &pv_exc_SyntaxError))
        return V_NULL;
    SyntaxLoc l;
    if (!syntax_location(exc, &l))
        return V_NULL;
    Value fname = pv_str(l.filename);
    if (!fname) {
        pv_err_clear();
        return V_NULL;
    }
    write_margin(c);
    put(c->f, "  File \"");
    put_str(c->f, fname);
    fprintf(c->f, "\", line %lld\n", (long long)l.lineno);
    if (l.text && v_isinstance(l.text, &pv_str_type)) {
        size_t size;
        const char *utf8 = pv_str_utf8(l.text, &size);
        /* a C string (the shared empty str has no NUL after its data) */
        char *line = pv_alloc_atomic(size + 1);
        memcpy(line, utf8, size);
        line[size] = 0;
        int64_t line_size = (int64_t)size;
        /* a multi-line location is shown to the end of its first line */
        if (l.end_lineno > l.lineno)
            l.end_offset = line_size;
        if (l.end_offset > line_size + 1)
            l.end_offset = line_size + 1;
        print_error_text(c->f, l.offset, l.end_offset, line);
    }
    return l.msg;
}

static void print_one(Ctx *c, Value exc)
{
    FILE *f = c->f;
    PvException *e = (PvException *)v_obj(exc);
    fflush(stdout);
    if (e->traceback != V_NONE && v_is(e->traceback, &pv_traceback_type)) {
        const char *header = "Traceback (most recent call last):\n";
        const char *header_margin = ctx_margin(c);
        if (is_group(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->depth == 1)
                header_margin = "+ ";
        }
        print_tb(f, e->traceback, ctx_indent(c), ctx_margin(c), header_margin, header);
    }
    /* CPython prints a SyntaxError's msg in place of the exception, and
     * then looks for suggestions and notes on the msg (finding none) */
    Value msg = print_syntax_location(c, exc);
    write_margin(c);
    print_type_name(f, pv_type(exc));
    Value s = msg ? (msg == V_NONE ? V_NULL : pv_str(msg)) : pv_exc_str(exc);
    if (msg == V_NONE) {
        /* nothing after the type name */
    } else if (!s) {
        pv_err_clear();
        put(f, ": <exception str() failed>");
    } else {
        if (!v_isinstance(s, &pv_str_type) || pv_str_len(s) != 0)
            put(f, ": ");
        put_str(f, s);
    }
    Value sugg = msg ? V_NULL : suggestion_for(exc);
    if (sugg) {
        put(f, ". Did you mean: '");
        put_str(f, sugg);
        put(f, "'?");
    }
    put(f, "\n");
    if (!msg)
        print_notes(c, exc);
}

static void print_recursive(Ctx *c, Value exc);

static void print_chained(Ctx *c, Value exc, const char *message)
{
    bool need_close = c->need_close;
    print_recursive(c, exc);
    c->need_close = need_close;
    /* every line of the separator carries the group margin */
    write_margin(c);
    put(c->f, "\n");
    write_margin(c);
    put(c->f, message);
    put(c->f, "\n");
    write_margin(c);
    put(c->f, "\n");
}

static void print_group(Ctx *c, Value exc)
{
    FILE *f = c->f;
    if (c->depth > MAX_GROUP_DEPTH) {
        write_margin(c);
        fprintf(f, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (c->depth == 0)
        c->depth++;
    print_one(c, exc);
    Value excs = ((PvExcGroup *)v_obj(exc))->excs;
    int64_t num = PV_TUPLE_LEN(excs);
    int64_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            c->need_close = true;
        put_indent(f, ctx_indent(c));
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated)
            fprintf(f, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ",
                    (long long)(i + 1));
        else
            fprintf(f, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        c->depth++;
        if (!truncated) {
            print_recursive(c, PV_TUPLE_ITEMS(excs)[i]);
        } else {
            int64_t remaining = num - MAX_GROUP_WIDTH;
            write_margin(c);
            fprintf(f, "and %lld more exception%s\n", (long long)remaining,
                    remaining > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            put_indent(f, ctx_indent(c));
            put(f, "+------------------------------------\n");
            c->need_close = false;
        }
        c->depth--;
    }
    if (c->depth == 1)
        c->depth--;
}

static void print_recursive(Ctx *c, Value exc)
{
    if (!pv_exc_is_instance(exc)) {
        /* print_exception_invalid_type */
        fprintf(c->f, "TypeError: print_exception(): Exception expected for value, %s found\n",
                pv_type_name(exc));
        return;
    }
    pv_list_append(c->seen, exc);
    PvException *e = (PvException *)v_obj(exc);
    if (e->cause != V_NONE) {
        if (!seen_has(c, e->cause))
            print_chained(c, e->cause,
                          "The above exception was the direct cause of the following exception:");
    } else if (!e->suppress_context && e->context != V_NONE) {
        if (!seen_has(c, e->context))
            print_chained(c, e->context,
                          "During handling of the above exception, another exception occurred:");
    }
    if (is_group(exc))
        print_group(c, exc);
    else
        print_one(c, exc);
}

void pv_print_exception(FILE *f, Value exc)
{
    Ctx c = {f, 0, false, pv_list_new(0)};
    Value saved = pv_err_fetch();
    print_recursive(&c, exc);
    pv_err_clear();
    if (saved)
        pv_err_set(saved);
    fflush(f);
}
