# needs: stdlib
# Caught exceptions formatted with the traceback module: every frame line and caret range comes
# from the location table, for failures in many syntactic positions (one case per function).
import traceback

def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(f"--- {fn.__name__}")
        for line in lines[3:]:
            print(line.replace(fn.__code__.co_filename, "FILE"))

def attr_in_call_args():
    obj = None
    return max(1, obj.value, 3)

def subscript_of_call():
    return dict(a=1)["b"]

def binop_right_operand():
    a = 1
    b = "x"
    return (a
            + b)

def method_on_multiline_chain():
    return ("text"
            .upper()
            .missing())

def in_lambda_body():
    f = lambda x: x / 0
    return f(1)

def in_comprehension_condition():
    return [v for v in range(3) if v / (v - 1)]

def in_fstring():
    x = None
    return f"value: {x.attr}"

def in_dict_display():
    return {"a": 1, "b": [][0]}

def in_unary():
    return -"text"

def in_compare():
    return 1 < "a"

def in_augassign():
    total = 0
    total += "s"

def in_nested_call():
    return len(str(int("x")))

def in_slice():
    return [1, 2][::0]

def in_star_call():
    return print(*None)

def in_with_item():
    with None:
        pass

def in_assert_message():
    assert False, 1 / 0

def in_for_iter():
    for x in 5:
        pass

def in_while_condition():
    n = 0
    while n < "5":
        n += 1

def in_if_condition():
    if {}["missing"]:
        pass

def in_return_tuple():
    return 1, 2, undefined_name

def in_keyword_argument():
    return dict(key=[].pop())

def in_conditional_expression():
    x = 0
    return 1 / x if x == 0 else 2

def in_boolean_operation():
    return 0 or None.attribute

def in_del_subscript():
    d = {}
    del d["k"]

def in_unpacking():
    a, b = 1, 2, 3

def in_raise_from_call():
    raise ValueError("explicit") from KeyError("cause")

def in_default_argument_call():
    def inner(x=[]):
        return x[1]
    return inner()

for case in (attr_in_call_args, subscript_of_call, binop_right_operand, method_on_multiline_chain,
             in_lambda_body, in_comprehension_condition, in_fstring, in_dict_display, in_unary,
             in_compare, in_augassign, in_nested_call, in_slice, in_star_call, in_with_item,
             in_assert_message, in_for_iter, in_while_condition, in_if_condition, in_return_tuple,
             in_keyword_argument, in_conditional_expression, in_boolean_operation, in_del_subscript,
             in_unpacking, in_raise_from_call, in_default_argument_call):
    show(case)
