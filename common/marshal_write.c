/* common/marshal_write.c: placeholder, being written. */
typedef int pyk_placeholder_marshal_write;
