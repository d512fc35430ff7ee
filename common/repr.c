/* common/repr.c: placeholder, being written. */
typedef int pyk_placeholder_repr;
