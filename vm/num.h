/* vm/num.h: what int.c, float.c, complex.c and format.c offer each other and
 * the builtins (round, pow, divmod, abs, sys.set_int_max_str_digits) beyond
 * the constructors in objects.h.  Same error convention as runtime.h.
 */
#ifndef PVM_NUM_H
#define PVM_NUM_H

#include "objects.h"

/* ---- int.c ---- */
/* routes GMP's allocations to the collector: call once, before any int */
void pv_num_init(void);
/* a str as ASCII for number parsing (Unicode spaces -> ' ', Unicode
 * decimal digits -> ASCII digits, other non-ASCII -> '?') */
char *pv_num_to_ascii(Value s, size_t *n);
/* sys.get_int_max_str_digits(): 0 means no limit; default 4300 */
extern int64_t pv_int_max_str_digits;
static inline bool pv_is_int(Value v) { return v_isinstance(v, &pv_int_type); }
/* pow(a, b, m) for ints: CPython's rules and messages */
Value pv_int_pow3(Value a, Value b, Value m);
/* divmod(a, b) for ints: a tuple */
Value pv_int_divmod(Value a, Value b);
/* round(v, ndigits) for an int; ndigits V_NULL or None: v itself as int */
Value pv_int_round(Value v, Value ndigits);
/* the int nearest towards zero of a finite double; ValueError / OverflowError
 * "cannot convert float NaN/infinity to integer" otherwise */
Value pv_int_from_double(double d);
/* an int to the nearest double (correctly rounded); OverflowError
 * "int too large to convert to float" */
int pv_int_as_double(Value v, double *out);
/* int(x) / int(x, base) */
Value pv_int_new_from(Value x, Value base);
/* int in base 2, 8, 10 or 16 with an optional 0b/0o/0x prefix ("-0x1f"), as
 * bin()/oct()/hex() and format() write it; the digit limit applies to base 10 */
Value pv_int_to_base(Value v, int base, bool prefix);
/* the same as a NUL-terminated C string in collector memory (no prefix) */
const char *pv_int_digits(Value v, int base);
/* the decimal digits of a small int into buf (no NUL), backwards from its
 * end: returns where they start (str(), %d and f-strings of small ints) */
char *pv_small_decimal(intptr_t i, char buf[24]);
/* int true division, correctly rounded like CPython's long_true_divide */
Value pv_int_true_divide(Value a, Value b);

/* ---- float.c ---- */
/* PyOS_double_to_string: type 'e' 'f' 'g' (uppercase too) with precision,
 * or 'r' (shortest repr, precision 0); flags below.  Returns a C string in
 * collector memory. */
#define PV_DTSF_SIGN 0x1      /* always a sign */
#define PV_DTSF_ADD_DOT_0 0x2 /* integral results get ".0" */
#define PV_DTSF_ALT 0x4       /* '#': keep the point and trailing zeros */
#define PV_DTSF_NO_NEG_0 0x8  /* 'z': -0 after rounding prints as 0 */
char *pv_double_to_string(double d, char type, int precision, int flags);
/* float(x) for a str (CPython's rules: spaces, underscores, inf/nan) */
Value pv_float_from_str(Value s);
/* float(x) */
Value pv_float_new_from(Value x);
/* round(x, ndigits) for a float; ndigits V_NULL or None: an int */
Value pv_float_round(Value v, Value ndigits);
/* float ** float with CPython's special cases (may return a complex) */
Value pv_float_pow(double a, double b);
/* divmod(a, b) when one is a float */
Value pv_float_divmod(Value a, Value b);
/* x as a double for mixed arithmetic: int (OverflowError if too big),
 * bool or float; 0 if not a number (no exception), -1 on error, 1 ok */
int pv_float_coerce(Value v, double *out);

/* ---- complex.c ---- */
/* complex ** complex (CPython's c_pow / c_powi and messages) */
Value pv_complex_pow(double ar, double ai, double br, double bi);
Value pv_complex_repr(double re, double im);
Value pv_complex_format(Value v, Value spec);

#endif
