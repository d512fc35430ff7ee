/* common/linetable.c: placeholder, being written. */
typedef int pyk_placeholder_linetable;
