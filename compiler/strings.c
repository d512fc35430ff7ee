/* compiler/strings.c: placeholder, being written. */
typedef int pyc_placeholder_strings;
