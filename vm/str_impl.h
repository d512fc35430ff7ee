/* vm/str_impl.h: what str.c shares with str_codecs.c and str_format.c, the
 * other two parts of the str type: the storage accessors, the string
 * builder's low-level steps and the argument checks of str's methods.
 * Private to those three files; the rest of pvm uses objects.h and str.h.
 */
#ifndef PVM_STR_IMPL_H
#define PVM_STR_IMPL_H

#include "objects.h"

#define SDATA1(s) ((uint8_t *)(s)->data)
#define SDATA2(s) ((uint16_t *)(void *)(s)->data)
#define SDATA4(s) ((uint32_t *)(void *)(s)->data)
#define STR(v) ((PvStr *)v_obj(v))
/* the one empty str */
extern PvStr pv_empty_str;
#define V_EMPTY v_from(&pv_empty_str)

/* code point i of s */
static inline uint32_t ch(const PvStr *s, int64_t i)
{
    switch (s->kind) {
    case 1: return ((const uint8_t *)s->data)[i];
    case 2: return ((const uint16_t *)(const void *)s->data)[i];
    default: return ((const uint32_t *)(const void *)s->data)[i];
    }
}

/* a method of str as the method table holds it */
#define METH(name) static Value name(Value self, int argc, const Value *argv, Value kwnames)
#define SHARED_METH(name) Value name(Value self, int argc, const Value *argv, Value kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

/* s[start:end] as a new str (indices already clamped) */
Value pv_str_substr(Value v, int64_t start, int64_t end);
bool pv_str_check(Value v);                         /* an instance of str */
/* room for `extra` more code points */
void pv_sb_reserve(PvStrBuf *b, int64_t extra);
void pv_sb_substr(PvStrBuf *b, PvStr *s, int64_t start, int64_t end);
void pv_sb_repeat(PvStrBuf *b, uint32_t c, int64_t n);
/* c in hex with `digits` digits (\x.., \u...., \U........) */
void pv_sb_hex(PvStrBuf *b, uint32_t c, int digits);
/* method argument checks with CPython's messages */
bool pv_str_has_kwargs(Value kwnames);
int pv_str_exact_args(const char *name, int argc, Value kwnames, int n);

/* str_codecs.c */
SHARED_METH(pv_str_meth_encode);
/* str_format.c */
SHARED_METH(pv_str_meth_format);
SHARED_METH(pv_str_meth_format_map);
SHARED_METH(pv_str_meth___format__);

#endif
