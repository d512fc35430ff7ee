/* common/marshal_read.c: placeholder, being written. */
typedef int pyk_placeholder_marshal_read;
