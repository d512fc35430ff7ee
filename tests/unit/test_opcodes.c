/* tests/unit/test_opcodes.c: the C expansion of bytecode-spec/opcodes.def.
 * The full comparison with python3.11 is tests/spec/check_opcodes.py; these
 * checks pin the lookups other C code relies on.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"

START_TEST(test_names_and_numbers)
{
    ck_assert_int_eq(OP_LOAD_CONST, 100);
    ck_assert_str_eq(op_info[OP_LOAD_CONST].name, "LOAD_CONST");
    ck_assert_str_eq(op_info[OP_CACHE].name, "CACHE");
    ck_assert_int_eq(OP_EXTENDED_ARG, 144);
    ck_assert_ptr_null(op_info[255].name);
    ck_assert(!op_is_defined(255));
    ck_assert(op_is_defined(OP_RESUME));
    ck_assert(!op_is_defined(OP_BINARY_OP_ADD_INT)); /* specialised: never in a file */
}
END_TEST

START_TEST(test_kinds_and_caches)
{
    ck_assert_int_eq(op_info[OP_LOAD_GLOBAL].caches, 5);
    ck_assert_int_eq(op_info[OP_LOAD_METHOD].caches, 10);
    ck_assert_int_eq(op_info[OP_PRECALL].caches, 1);
    ck_assert_int_eq(op_info[OP_LOAD_GLOBAL].arg_kind, ARG_NAME);
    ck_assert_int_eq(op_info[OP_JUMP_BACKWARD].arg_kind, ARG_JUMP_BACK);
    ck_assert_int_eq(op_info[OP_FOR_ITER].arg_kind, ARG_JUMP_FWD);
    ck_assert_int_eq(op_info[OP_KW_NAMES].arg_kind, ARG_CONST);
    ck_assert_int_eq(op_info[OP_POP_TOP].arg_kind, ARG_NONE);
    ck_assert_int_eq(op_info[OP_LOAD_ATTR_SLOT].base, OP_LOAD_ATTR);
    ck_assert(op_info[OP_LOAD_ATTR_SLOT].specialized);
    for (int op = 0; op < 256; op++)
        if (op_is_defined(op))
            ck_assert_int_eq(op_info[op].arg_kind != ARG_NONE, op_has_arg(op));
}
END_TEST

START_TEST(test_stack_effects)
{
    bool ok;
    ck_assert_int_eq(op_stack_effect(OP_BUILD_TUPLE, 3, false, &ok), -2);
    ck_assert(ok);
    ck_assert_int_eq(op_stack_effect(OP_FOR_ITER, 0, false, &ok), 1);
    ck_assert_int_eq(op_stack_effect(OP_FOR_ITER, 0, true, &ok), -1);
    ck_assert_int_eq(op_stack_effect_max(OP_FOR_ITER, 0, &ok), 1);
    ck_assert_int_eq(op_stack_effect(OP_LOAD_GLOBAL, 1, false, &ok), 2);
    ck_assert_int_eq(op_stack_effect(OP_MAKE_FUNCTION, 0xF, false, &ok), -4);
    ck_assert_int_eq(op_stack_effect(OP_UNPACK_EX, 0x102, false, &ok), 3);
    op_stack_effect(3, 0, false, &ok);
    ck_assert(!ok); /* specialised numbers have no effect of their own */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("opcodes");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, test_names_and_numbers);
    tcase_add_test(tc, test_kinds_and_caches);
    tcase_add_test(tc, test_stack_effects);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
