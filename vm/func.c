/* vm/func.c: the callable and namespace types the interpreter builds:
 * code objects, Python functions, built-in functions (bound or not), bound
 * methods, cells and modules.  Calling a Python function is eval.c's job;
 * here are the objects, their reprs and attributes.
 */
#include <inttypes.h>
#include <string.h>

#include "classes.h"
#include "modules.h"
#include "object.h"
#include "runtime.h"

/* ---- code ---- */
static Value code_repr(Value v)
{
    PvCode *co = (PvCode *)v_obj(v);
    return pv_str_printf("<code object %s at %p, file \"%s\", line %d>",
                         pv_str_utf8(co->name, &(size_t){0}), (void *)co,
                         pv_str_utf8(co->filename, &(size_t){0}), co->firstlineno);
}

static Value code_getattr(Value v, Value name)
{
    PvCode *co = (PvCode *)v_obj(v);
    if (pv_str_eq_cstr(name, "co_name"))
        return co->name;
    if (pv_str_eq_cstr(name, "co_qualname"))
        return co->qualname;
    if (pv_str_eq_cstr(name, "co_filename"))
        return co->filename;
    if (pv_str_eq_cstr(name, "co_firstlineno"))
        return v_from_small(co->firstlineno);
    if (pv_str_eq_cstr(name, "co_argcount"))
        return v_from_small(co->argcount);
    if (pv_str_eq_cstr(name, "co_flags"))
        return v_from_small(co->flags);
    if (pv_str_eq_cstr(name, "co_consts"))
        return co->consts;
    if (pv_str_eq_cstr(name, "co_names"))
        return co->names;
    if (pv_str_eq_cstr(name, "co_posonlyargcount"))
        return v_from_small(co->posonlyargcount);
    if (pv_str_eq_cstr(name, "co_kwonlyargcount"))
        return v_from_small(co->kwonlyargcount);
    if (pv_str_eq_cstr(name, "co_stacksize"))
        return v_from_small(co->stacksize);
    if (pv_str_eq_cstr(name, "co_nlocals"))
        return v_from_small(co->nlocals);
    /* the three views of localsplus, by kind, as CPython derives them */
    int want = pv_str_eq_cstr(name, "co_varnames")    ? CO_FAST_LOCAL
               : pv_str_eq_cstr(name, "co_cellvars") ? CO_FAST_CELL
               : pv_str_eq_cstr(name, "co_freevars") ? CO_FAST_FREE
                                                      : 0;
    if (want) {
        Value l = pv_list_new(0);
        for (int32_t i = 0; i < co->nlocalsplus; i++)
            if (co->localspluskinds[i] & want)
                pv_list_append(l, PV_TUPLE_ITEMS(co->localsplusnames)[i]);
        return pv_tuple_from(PV_LIST_LEN(l), PV_LIST_ITEMS(l));
    }
    return V_NULL;
}

PvType pv_code_type = {.ob = {&pv_type_type}, .name = "code", .base = &pv_object_type,
                       .repr = code_repr, .getattr = code_getattr};

/* ---- function ---- */
static Value function_repr(Value v)
{
    PvFunction *f = (PvFunction *)v_obj(v);
    size_t n;
    return pv_str_printf("<function %s at %p>", pv_str_utf8(f->qualname, &n), (void *)f);
}

static Value function_getattr(Value v, Value name)
{
    PvFunction *f = (PvFunction *)v_obj(v);
    if (pv_str_eq_cstr(name, "__name__"))
        return f->name;
    if (pv_str_eq_cstr(name, "__qualname__"))
        return f->qualname;
    if (pv_str_eq_cstr(name, "__module__"))
        return f->module;
    if (pv_str_eq_cstr(name, "__doc__"))
        return f->doc;
    if (pv_str_eq_cstr(name, "__code__"))
        return v_from(f->code);
    if (pv_str_eq_cstr(name, "__globals__"))
        return f->globals;
    if (pv_str_eq_cstr(name, "__builtins__"))
        return f->builtins;
    if (pv_str_eq_cstr(name, "__defaults__"))
        return f->defaults == V_NULL ? V_NONE : f->defaults;
    if (pv_str_eq_cstr(name, "__kwdefaults__"))
        return f->kwdefaults == V_NULL ? V_NONE : f->kwdefaults;
    if (pv_str_eq_cstr(name, "__closure__"))
        return f->closure == V_NULL ? V_NONE : f->closure;
    if (pv_str_eq_cstr(name, "__annotations__")) {
        if (f->annotations == V_NULL)
            f->annotations = pv_dict_new();
        return f->annotations;
    }
    if (pv_str_eq_cstr(name, "__dict__")) {
        if (f->dict == V_NULL)
            f->dict = pv_dict_new();
        return f->dict;
    }
    if (f->dict != V_NULL)
        return pv_dict_get_str(f->dict, name);
    return V_NULL;
}

static int function_setattr(Value v, Value name, Value val)
{
    PvFunction *f = (PvFunction *)v_obj(v);
    if (pv_str_eq_cstr(name, "__name__") || pv_str_eq_cstr(name, "__qualname__")) {
        if (val == V_NULL || !v_isinstance(val, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "%S must be set to a string object", name);
            return -1;
        }
        if (pv_str_eq_cstr(name, "__name__"))
            f->name = val;
        else
            f->qualname = val;
    } else if (pv_str_eq_cstr(name, "__closure__") || pv_str_eq_cstr(name, "__globals__") ||
               pv_str_eq_cstr(name, "__builtins__")) {
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
        return -1;
    } else if (pv_str_eq_cstr(name, "__code__")) {
        if (val == V_NULL || !v_is(val, &pv_code_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__code__ must be set to a code object");
            return -1;
        }
        /* CPython also checks the free variables still match the closure */
        PvCode *co = (PvCode *)v_obj(val);
        int64_t nclosure = f->closure == V_NULL ? 0 : PV_TUPLE_LEN(f->closure);
        if (co->nfreevars != nclosure) {
            pv_err_format(&pv_exc_ValueError,
                          "%S() requires a code object with %" PRId64 " free vars, not %d",
                          f->name, nclosure, co->nfreevars);
            return -1;
        }
        f->code = co;
    } else if (pv_str_eq_cstr(name, "__annotations__")) {
        if (val != V_NULL && !v_is(val, &pv_dict_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        f->annotations = val;
    } else if (pv_str_eq_cstr(name, "__dict__")) {
        if (val == V_NULL) {
            pv_err_set_str(&pv_exc_TypeError, "cannot delete __dict__");
            return -1;
        }
        if (!v_isinstance(val, &pv_dict_type)) {
            pv_err_format(&pv_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                          pv_type_name(val));
            return -1;
        }
        f->dict = val;
    } else if (pv_str_eq_cstr(name, "__doc__"))
        f->doc = val == V_NULL ? V_NONE : val;
    else if (pv_str_eq_cstr(name, "__module__"))
        f->module = val == V_NULL ? V_NONE : val;
    else if (pv_str_eq_cstr(name, "__defaults__")) {
        if (val != V_NULL && val != V_NONE && !v_is(val, &pv_tuple_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__defaults__ must be set to a tuple object");
            return -1;
        }
        f->defaults = (val == V_NONE || val == V_NULL || PV_TUPLE_LEN(val) == 0) ? V_NULL : val;
    } else if (pv_str_eq_cstr(name, "__kwdefaults__")) {
        if (val != V_NULL && val != V_NONE && !v_is(val, &pv_dict_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        f->kwdefaults = (val == V_NONE) ? V_NULL : val;
    }
    else {
        if (f->dict == V_NULL)
            f->dict = pv_dict_new();
        if (val != V_NULL)
            return pv_dict_set(f->dict, name, val);
        Value old = pv_dict_get(f->dict, name);
        if (old == V_NULL) {
            if (!pv_err_occurred())
                pv_err_format(&pv_exc_AttributeError, "'function' object has no attribute '%S'",
                              name);
            return -1;
        }
        return pv_dict_del(f->dict, name);
    }
    return 0;
}

static Value function_call(Value self, int argc, const Value *argv, Value kwnames)
{
    return pv_function_call(self, argc, argv, kwnames);
}

/* a function found on a class binds to the instance (a method) */
static Value function_descr_get(Value self, Value obj, Value type)
{
    (void)type;
    return obj == V_NULL ? self : pv_method_new(self, obj);
}

PvType pv_function_type = {.ob = {&pv_type_type}, .name = "function", .base = &pv_object_type,
                           .repr = function_repr, .getattr = function_getattr,
                           .setattr = function_setattr, .call = function_call,
                           .descr_get = function_descr_get};

/* _PyObject_FunctionStr: "module.qualname()" names in call errors */
Value pv_function_str(Value f)
{
    if (v_is(f, &pv_function_type)) {
        PvFunction *fn = (PvFunction *)v_obj(f);
        if (v_is(fn->module, &pv_str_type) && !pv_str_eq_cstr(fn->module, "builtins"))
            return pv_str_printf("%s.%s()", pv_str_utf8(fn->module, &(size_t){0}),
                                 pv_str_utf8(fn->qualname, &(size_t){0}));
        return pv_str_printf("%s()", pv_str_utf8(fn->qualname, &(size_t){0}));
    }
    if (v_is(f, &pv_builtin_type))
        return pv_str_printf("%s()", ((PvBuiltin *)v_obj(f))->name);
    if (pv_is_type(f))
        return pv_str_printf("%s()", ((PvType *)v_obj(f))->name);
    return pv_str_printf("%s object", pv_type_name(f));
}

/* ---- builtin_function_or_method ---- */
Value pv_builtin_new(const char *name, PvCFunc fn, Value self, const char *owner)
{
    PvBuiltin *b = (PvBuiltin *)pv_new_object(&pv_builtin_type, sizeof(PvBuiltin));
    b->name = name;
    b->fn = fn;
    b->self = self;
    b->owner = owner;
    return v_from(b);
}

static Value builtin_repr(Value v)
{
    PvBuiltin *b = (PvBuiltin *)v_obj(v);
    if (b->self == V_NULL && b->owner)
        return pv_str_printf("<method '%s' of '%s' objects>", b->name, b->owner);
    if (b->self == V_NULL || v_is(b->self, &pv_module_type))
        return pv_str_printf("<built-in function %s>", b->name);
    return pv_str_printf("<built-in method %s of %s object at %p>", b->name,
                         pv_type_name(b->self), (void *)b->self);
}

/* list.append(3, 4): the C function assumes its instance's layout, so an
 * unbound method may only run on an object whose type (or a base) has it */
static Value builtin_call(Value self, int argc, const Value *argv, Value kwnames)
{
    PvBuiltin *b = (PvBuiltin *)v_obj(self);
    if (b->self != V_NULL)
        return b->fn(b->self, argc, argv, kwnames);
    if (b->owner) {
        /* an unbound method: the first argument is the instance */
        int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
        if (argc - nkw < 1) {
            pv_err_format(&pv_exc_TypeError, "unbound method %s.%s() needs an argument",
                          b->owner, b->name);
            return V_NULL;
        }
        if (b->objclass && !v_isinstance(argv[0], b->objclass)) {
            pv_err_format(&pv_exc_TypeError,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          b->name, b->owner, pv_type_name(argv[0]));
            return V_NULL;
        }
        return b->fn(argv[0], argc - 1, argv + 1, kwnames);
    }
    return b->fn(V_NULL, argc, argv, kwnames);
}

static Value builtin_getattr(Value v, Value name)
{
    PvBuiltin *b = (PvBuiltin *)v_obj(v);
    if (pv_str_eq_cstr(name, "__name__"))
        return pv_str_cstr(b->name);
    /* an unbound method (CPython's method_descriptor) has its class, no self */
    bool descriptor = b->self == V_NULL && b->owner;
    if (pv_str_eq_cstr(name, "__objclass__") && descriptor && b->objclass)
        return v_from(b->objclass);
    if (pv_str_eq_cstr(name, "__self__")) {
        if (descriptor) {
            pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '__self__'",
                          b->classmeth ? "classmethod_descriptor" : "method_descriptor");
            return V_NULL;
        }
        if (b->self == V_NULL)
            return pv_mod_builtins_init(); /* len.__self__ is the builtins module */
        return b->self;
    }
    if (pv_str_eq_cstr(name, "__qualname__")) {
        if (!b->owner)
            return pv_str_cstr(b->name);
        return pv_str_printf("%s.%s", b->owner, b->name);
    }
    if (pv_str_eq_cstr(name, "__module__")) {
        if (b->self == V_NULL && !b->owner)
            return pv_str_intern_cstr("builtins");
        if (b->self != V_NULL && v_is(b->self, &pv_module_type))
            return ((PvModule *)v_obj(b->self))->name;
        return V_NONE;
    }
    return V_NULL;
}

/* nothing of a built-in is writable; the messages name CPython's types
 * (an unbound method is its method_descriptor) */
static int builtin_setattr(Value v, Value name, Value val)
{
    (void)val;
    PvBuiltin *b = (PvBuiltin *)v_obj(v);
    bool descriptor = b->self == V_NULL && b->owner;
    const char *tname = !descriptor ? "builtin_function_or_method"
                        : b->classmeth ? "classmethod_descriptor"
                                       : "method_descriptor";
    bool member = descriptor && (pv_str_eq_cstr(name, "__name__") ||
                                 pv_str_eq_cstr(name, "__objclass__"));
    bool getset = pv_str_eq_cstr(name, "__qualname__") || pv_str_eq_cstr(name, "__doc__") ||
                  pv_str_eq_cstr(name, "__text_signature__") ||
                  (!descriptor && (pv_str_eq_cstr(name, "__name__") ||
                                   pv_str_eq_cstr(name, "__self__")));
    if (member)
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
    else if (getset)
        pv_err_format(&pv_exc_AttributeError, "attribute '%S' of '%s' objects is not writable",
                      name, tname);
    else
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'", tname, name);
    return -1;
}

/* bound built-in methods are equal when bound to the same object */
static Value builtin_richcompare(Value a, Value c, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_is(a, &pv_builtin_type) || !v_is(c, &pv_builtin_type))
        return V_NOTIMPLEMENTED;
    PvBuiltin *x = (PvBuiltin *)v_obj(a), *y = (PvBuiltin *)v_obj(c);
    bool eq = x->fn == y->fn && x->self == y->self && !strcmp(x->name, y->name);
    return v_bool(op == PV_EQ ? eq : !eq);
}

static int builtin_hash(Value v, int64_t *out)
{
    PvBuiltin *b = (PvBuiltin *)v_obj(v);
    int64_t h = (int64_t)((uintptr_t)b->fn >> 4) ^ (int64_t)((uintptr_t)b->self >> 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

/* a built-in type's method found through an instance binds to it; a
 * class method to the type; plain built-in functions never bind */
static Value builtin_descr_get(Value self, Value obj, Value type)
{
    PvBuiltin *b = (PvBuiltin *)v_obj(self);
    if (b->self != V_NULL || !b->owner)
        return self;
    if (b->classmeth) {
        Value t = type != V_NULL ? type : v_from(pv_type(obj));
        return pv_builtin_new(b->name, b->fn, t, b->owner);
    }
    if (obj == V_NULL)
        return self;
    Value r = pv_builtin_new(b->name, b->fn, obj, b->owner);
    ((PvBuiltin *)v_obj(r))->objclass = b->objclass;
    return r;
}

PvType pv_builtin_type = {.ob = {&pv_type_type}, .name = "builtin_function_or_method",
                          .base = &pv_object_type, .repr = builtin_repr, .call = builtin_call,
                          .getattr = builtin_getattr, .descr_get = builtin_descr_get,
                          .setattr = builtin_setattr, .richcompare = builtin_richcompare,
                          .hash = builtin_hash};

/* ---- method (a Python function bound to an instance) ---- */
Value pv_method_new(Value func, Value self)
{
    PvMethod *m = (PvMethod *)pv_new_object(&pv_method_type, sizeof(PvMethod));
    m->func = func;
    m->self = self;
    return v_from(m);
}

static Value method_call(Value v, int argc, const Value *argv, Value kwnames)
{
    PvMethod *m = (PvMethod *)v_obj(v);
    Value small[8];
    Value *args = argc + 1 <= 8 ? small : pv_alloc(sizeof(Value) * (size_t)(argc + 1));
    args[0] = m->self;
    if (argc) /* argv may be NULL for no arguments */
        memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
    return pv_call(m->func, argc + 1, args, kwnames);
}

static Value method_repr(Value v)
{
    PvMethod *m = (PvMethod *)v_obj(v);
    Value fr = pv_getattr_cstr(m->func, "__qualname__");
    Value sr = pv_repr(m->self);
    if (fr == V_NULL || sr == V_NULL)
        return V_NULL;
    return pv_str_printf("<bound method %s of %s>", pv_str_utf8(fr, &(size_t){0}),
                         pv_str_utf8(sr, &(size_t){0}));
}

/* CPython's method_getattro: its own attributes and the method type's,
 * then the function's (m.__name__, m.__dict__ entries) */
static Value method_getattr(Value v, Value name)
{
    PvMethod *m = (PvMethod *)v_obj(v);
    if (pv_str_eq_cstr(name, "__self__"))
        return m->self;
    if (pv_str_eq_cstr(name, "__func__"))
        return m->func;
    if (pv_str_eq_cstr(name, "__doc__"))
        return pv_getattr(m->func, name);
    if (pv_str_eq_cstr(name, "__class__") || pv_type_lookup(&pv_method_type, name) != V_NULL)
        return V_NULL;
    return pv_getattr(m->func, name);
}

static int method_setattr(Value v, Value name, Value val)
{
    (void)val;
    if (pv_str_eq_cstr(name, "__self__") || pv_str_eq_cstr(name, "__func__"))
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
    else if (pv_str_eq_cstr(name, "__doc__"))
        pv_err_set_str(&pv_exc_AttributeError,
                       "attribute '__doc__' of 'method' objects is not writable");
    else
        pv_err_format(&pv_exc_AttributeError, "'method' object has no attribute '%S'", name);
    return -1;
}

/* equal when the functions are equal and bound to the same object */
static Value method_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_is(a, &pv_method_type) || !v_is(b, &pv_method_type))
        return V_NOTIMPLEMENTED;
    PvMethod *x = (PvMethod *)v_obj(a), *y = (PvMethod *)v_obj(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = pv_richcompare_bool(x->func, y->func, PV_EQ);
        if (eq < 0)
            return V_NULL;
    }
    return v_bool(op == PV_EQ ? eq : !eq);
}

static int method_hash(Value v, int64_t *out)
{
    PvMethod *m = (PvMethod *)v_obj(v);
    /* CPython: the self pointer's hash (self may be unhashable) ^ func's */
    uintptr_t p = (uintptr_t)m->self;
    int64_t a = (int64_t)((p >> 4) | (p << (8 * sizeof(uintptr_t) - 4))), b;
    if (pv_hash(m->func, &b) < 0)
        return -1;
    int64_t h = a ^ b;
    *out = h == -1 ? -2 : h;
    return 0;
}

PvType pv_method_type = {.ob = {&pv_type_type}, .name = "method", .base = &pv_object_type,
                         .repr = method_repr, .call = method_call, .getattr = method_getattr,
                         .setattr = method_setattr, .richcompare = method_richcompare,
                         .hash = method_hash};

/* ---- cell ---- */
Value pv_cell_new(Value v)
{
    PvCell *c = (PvCell *)pv_new_object(&pv_cell_type, sizeof(PvCell));
    c->ref = v;
    return v_from(c);
}

static Value cell_repr(Value v)
{
    PvCell *c = (PvCell *)v_obj(v);
    if (c->ref == V_NULL)
        return pv_str_printf("<cell at %p: empty>", (void *)c);
    return pv_str_printf("<cell at %p: %s object at %p>", (void *)c, pv_type_name(c->ref),
                         (void *)c->ref);
}

static Value cell_getattr(Value v, Value name)
{
    PvCell *c = (PvCell *)v_obj(v);
    if (pv_str_eq_cstr(name, "cell_contents")) {
        if (c->ref == V_NULL)
            pv_err_set_str(&pv_exc_ValueError, "Cell is empty");
        return c->ref;
    }
    return V_NULL;
}

PvType pv_cell_type = {.ob = {&pv_type_type}, .name = "cell", .base = &pv_object_type,
                       .repr = cell_repr, .getattr = cell_getattr};

/* ---- module ---- */
Value pv_module_new(Value name)
{
    PvModule *m = (PvModule *)pv_new_object(&pv_module_type, sizeof(PvModule));
    m->name = name;
    m->dict = pv_dict_new();
    pv_dict_set(m->dict, pv_s___name__, name);
    return v_from(m);
}

/* importlib's _module_repr: from the spec when there is one, else from
 * __file__ / __loader__ */
static Value module_repr(Value v)
{
    PvModule *m = (PvModule *)v_obj(v);
    Value name = pv_dict_get_str(m->dict, pv_s___name__);
    if (name == V_NULL)
        name = pv_str_cstr("?");
    Value spec = pv_dict_get_str(m->dict, pv_str_intern_cstr("__spec__"));
    if (spec != V_NULL && v_is(spec, &pv_spec_type)) {
        Value origin = pv_getattr_cstr(spec, "origin");
        Value loader = pv_getattr_cstr(spec, "loader");
        Value sname = pv_repr(pv_getattr_cstr(spec, "name"));
        bool located = pv_getattr_cstr(spec, "has_location") == V_TRUE;
        Value detail = origin != V_NONE ? (located ? pv_repr(origin) : pv_str(origin))
                       : loader != V_NONE ? pv_repr(loader) : V_NONE;
        if (sname == V_NULL || detail == V_NULL)
            return V_NULL;
        const char *sn = pv_str_utf8(sname, &(size_t){0});
        if (detail == V_NONE)
            return pv_str_printf("<module %s>", sn);
        return pv_str_printf(origin != V_NONE && located ? "<module %s from %s>" : "<module %s (%s)>", sn,
                             pv_str_utf8(detail, &(size_t){0}));
    }
    Value r = pv_repr(name);
    if (r == V_NULL)
        return V_NULL;
    const char *rs = pv_str_utf8(r, &(size_t){0});
    Value file = pv_dict_get_str(m->dict, pv_s___file__);
    if (file != V_NULL) {
        Value f = pv_repr(file);
        return f == V_NULL ? V_NULL : pv_str_printf("<module %s from %s>", rs, pv_str_utf8(f, &(size_t){0}));
    }
    if (pv_str_eq_cstr(m->name, "builtins") || pv_str_eq_cstr(m->name, "sys") ||
        pv_str_eq_cstr(m->name, "math") || pv_str_eq_cstr(m->name, "gc"))
        return pv_str_printf("<module %s (built-in)>", rs);
    Value loader = pv_dict_get_str(m->dict, pv_str_intern_cstr("__loader__"));
    if (loader != V_NULL && loader != V_NONE) {
        Value l = pv_repr(loader);
        return l == V_NULL ? V_NULL : pv_str_printf("<module %s (%s)>", rs, pv_str_utf8(l, &(size_t){0}));
    }
    return pv_str_printf("<module %s>", rs);
}

bool pv_module_initializing(Value module)
{
    Value spec = pv_dict_get_str(((PvModule *)v_obj(module))->dict, pv_str_intern_cstr("__spec__"));
    return spec != V_NULL && pv_spec_initializing(spec);
}

/* the namespace, then (PEP 562) the module's own __getattr__, called only
 * for names the module type itself does not have */
static Value module_getattr(Value v, Value name)
{
    PvModule *m = (PvModule *)v_obj(v);
    if (pv_str_eq_cstr(name, "__dict__"))
        return m->dict;
    Value r = pv_dict_get_str(m->dict, name);
    if (r != V_NULL || pv_err_occurred())
        return r;
    Value hook = pv_dict_get_str(m->dict, pv_str_intern_cstr("__getattr__"));
    if (hook == V_NULL || pv_str_eq_cstr(name, "__class__"))
        return V_NULL;
    bool unbound;
    if (pv_lookup_special(v, name, &unbound) != V_NULL || pv_err_occurred())
        return V_NULL;
    r = pv_call1(hook, name);
    /* as CPython, an AttributeError from the hook names the attribute */
    if (r == V_NULL && pv_err_matches(&pv_exc_AttributeError)) {
        PvException *e = (PvException *)v_obj(pv_err_occurred());
        if (e->name == V_NULL || e->name == V_NONE) {
            e->name = name;
            e->obj = v;
        }
    }
    return r;
}

static int module_setattr(Value v, Value name, Value val)
{
    PvModule *m = (PvModule *)v_obj(v);
    if (val != V_NULL)
        return pv_dict_set(m->dict, name, val);
    Value old = pv_dict_get(m->dict, name);
    if (old == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_AttributeError, "'module' object has no attribute '%S'", name);
        return -1;
    }
    return pv_dict_del(m->dict, name);
}

PvType pv_module_type = {.ob = {&pv_type_type}, .name = "module", .base = &pv_object_type,
                         .repr = module_repr, .getattr = module_getattr,
                         .setattr = module_setattr};
