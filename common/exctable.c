/* common/exctable.c: placeholder, being written. */
typedef int pyk_placeholder_exctable;
