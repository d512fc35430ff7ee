/* common/dis.c: placeholder, being written. */
typedef int pyk_placeholder_dis;
