/* common/pyc.c: placeholder, being written. */
typedef int pyk_placeholder_pyc;
