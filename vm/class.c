/* vm/class.c: creating classes: type(name, bases, dict) and the class
 * statement's __build_class__ (metaclass calculation, __prepare__,
 * __mro_entries__), C3 MRO, instance layout and __slots__, the class dict's
 * implicit wrappers, __set_name__ and __init_subclass__.  Not here: type
 * objects' behaviour once made (type.c), their slot functions (slots.c).
 */
#include "classes.h"

/* ------------------------------------------------------------------ */
/* creating classes                                                     */

/* C3 linearisation of t over its bases; V_NULL with CPython's TypeError */
static Value c3_mro(PvType *t, Value bases)
{
    int64_t nb = PV_TUPLE_LEN(bases);
    int64_t nseq = nb + 1;
    Value *seqs = pv_alloc(sizeof(Value) * (size_t)nseq);
    int64_t *heads = pv_alloc(sizeof(int64_t) * (size_t)nseq);
    for (int64_t i = 0; i < nb; i++)
        seqs[i] = ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->mro;
    seqs[nb] = bases;
    Value out = pv_list_new(0);
    pv_list_append(out, v_from(t));
    for (;;) {
        bool any = false;
        Value pick = V_NULL;
        for (int64_t i = 0; i < nseq && pick == V_NULL; i++) {
            if (heads[i] >= PV_TUPLE_LEN(seqs[i]))
                continue;
            any = true;
            Value cand = PV_TUPLE_ITEMS(seqs[i])[heads[i]];
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = heads[j] + 1; k < PV_TUPLE_LEN(seqs[j]); k++)
                    if (PV_TUPLE_ITEMS(seqs[j])[k] == cand) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                pick = cand;
        }
        if (!any)
            break;
        if (pick == V_NULL) {
            /* CPython lists the heads still blocked, in bases order, once */
            PvStrBuf b;
            pv_sb_init(&b);
            pv_sb_ascii(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            Value seen = pv_list_new(0);
            for (int64_t i = 0; i < nseq; i++) {
                if (heads[i] >= PV_TUPLE_LEN(seqs[i]))
                    continue;
                Value cand = PV_TUPLE_ITEMS(seqs[i])[heads[i]];
                bool dup = false;
                for (int64_t k = 0; k < PV_LIST_LEN(seen); k++)
                    dup |= PV_LIST_ITEMS(seen)[k] == cand;
                if (dup)
                    continue;
                pv_list_append(seen, cand);
                pv_sb_ascii(&b, PV_LIST_LEN(seen) > 1 ? ", " : " ");
                pv_sb_ascii(&b, ((PvType *)v_obj(cand))->name);
            }
            pv_err_set(pv_exc_new(&pv_exc_TypeError, pv_tuple_from(1, (Value[]){pv_sb_finish(&b)})));
            return V_NULL;
        }
        pv_list_append(out, pick);
        for (int64_t i = 0; i < nseq; i++)
            if (heads[i] < PV_TUPLE_LEN(seqs[i]) && PV_TUPLE_ITEMS(seqs[i])[heads[i]] == pick)
                heads[i]++;
    }
    return pv_tuple_from(PV_LIST_LEN(out), PV_LIST_ITEMS(out));
}

/* the type whose instance layout a class extends: the nearest class that
 * added __slots__, else the nearest built-in type */
static PvType *solid_base(PvType *t)
{
    /* word 1 (the dict) is every class's, so only words past it count */
    while ((t->flags & PV_TF_HEAPTYPE) &&
           t->extra_words <= (t->base->extra_words > 1 ? t->base->extra_words : 1))
        t = t->base;
    /* built-in types that add no fields share their base's layout */
    while (!(t->flags & PV_TF_HEAPTYPE) && t->base && t->size && t->base->size == t->size)
        t = t->base;
    return t;
}

static PvType *builtin_base(PvType *t)
{
    while (t->flags & PV_TF_HEAPTYPE)
        t = t->base;
    return t;
}

static PvType *best_base(Value bases)
{
    PvType *winner = NULL, *best = NULL;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        PvType *b = (PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]);
        PvType *cand = solid_base(b);
        if (!winner || (cand != winner && pv_type_is_subtype(cand, winner))) {
            winner = cand;
            best = b;
        } else if (!pv_type_is_subtype(winner, cand)) {
            pv_err_set_str(&pv_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* the metaclass actually used: the most derived of meta and the bases'
 * (CPython's _PyType_CalculateMetaclass); NULL with its TypeError */
static PvType *calculate_metaclass(PvType *meta, Value bases)
{
    PvType *winner = meta;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        PvType *bm = pv_type(PV_TUPLE_ITEMS(bases)[i]);
        if (pv_type_is_subtype(winner, bm))
            continue;
        if (pv_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        pv_err_set_str(&pv_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* "__x" in class C names "_C__x" (private name mangling, as the compiler
 * does for identifiers) */
static Value mangle(Value cls_name, Value name)
{
    size_t n, cn;
    const char *s = pv_str_utf8(name, &n);
    const char *c = pv_str_utf8(cls_name, &cn);
    if (n < 2 || s[0] != '_' || s[1] != '_' || (n >= 4 && s[n - 1] == '_' && s[n - 2] == '_'))
        return name;
    while (*c == '_')
        c++;
    if (!*c)
        return name;
    return pv_str_printf("_%s%s", c, s);
}

static int add_subclass(PvType *base, PvType *t)
{
    if (base->subclasses == V_NULL)
        base->subclasses = pv_list_new(0);
    pv_list_append(base->subclasses, v_from(t));
    return 0;
}

/* wraps a plain function stored under `name` as CPython does implicitly */
static int implicit_wrap(Value dict, Value name, Value (*wrap)(Value))
{
    Value f = pv_dict_get_str(dict, name);
    if (f != V_NULL && v_is(f, &pv_function_type))
        return pv_dict_set(dict, name, wrap(f));
    return 0;
}

static int setup_slots(PvType *t, PvType *base, Value dict, Value slots, bool *want_dict,
                       bool *want_weakref)
{
    Value seq;
    if (v_is(slots, &pv_str_type))
        seq = pv_tuple_from(1, &slots);
    else if ((seq = pv_sequence_tuple(slots)) == V_NULL)
        return -1;
    int32_t word = base->extra_words ? base->extra_words : 1;
    *want_dict = false;
    for (int64_t i = 0; i < PV_TUPLE_LEN(seq); i++) {
        Value s = PV_TUPLE_ITEMS(seq)[i];
        if (!v_is(s, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          pv_type_name(s));
            return -1;
        }
        if (pv_str_eq_cstr(s, "__dict__")) {
            if (base->dict_word || *want_dict) {
                pv_err_set_str(&pv_exc_TypeError,
                               "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *want_dict = true;
            continue;
        }
        if (pv_str_eq_cstr(s, "__weakref__")) {
            *want_weakref = true;
            continue;
        }
        Value name = mangle(t->name_str, s);
        if (pv_dict_get_str(dict, name) != V_NULL) {
            pv_err_format(&pv_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            return -1;
        }
        word++;
        pv_dict_set(dict, name, pv_member_new(t, name, word));
    }
    t->extra_words = word;
    return 0;
}

static Value wrap_classmethod(Value f) { return pv_classmethod_new(f); }
static Value wrap_staticmethod(Value f) { return pv_staticmethod_new(f); }

Value pv_type_new_from(PvType *meta, Value name, Value bases, Value ns, int nkw,
                       const Value *kwv, Value kwnames)
{
    if (!v_is(name, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                      pv_type_name(name));
        return V_NULL;
    }
    if (!v_is(bases, &pv_tuple_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                      pv_type_name(bases));
        return V_NULL;
    }
    if (!v_isinstance(ns, &pv_dict_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                      pv_type_name(ns));
        return V_NULL;
    }
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (!pv_is_type(b) && pv_type_lookup(pv_type(b), ID(__mro_entries__)) != V_NULL) {
            pv_err_set_str(&pv_exc_TypeError,
                           "type() doesn't support MRO entry resolution; use types.new_class()");
            return V_NULL;
        }
    }
    PvType *winner = calculate_metaclass(meta, bases);
    if (!winner)
        return V_NULL;
    if (winner != meta && winner->new != meta->new) {
        /* a base's metaclass is more derived: its __new__ makes the class */
        Value *argv = pv_alloc(sizeof(Value) * (size_t)(3 + nkw));
        argv[0] = name;
        argv[1] = bases;
        argv[2] = ns;
        for (int i = 0; i < nkw; i++)
            argv[3 + i] = kwv[i];
        return winner->new(winner, 3 + nkw, argv, nkw ? kwnames : V_NULL);
    }
    meta = winner;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (!pv_is_type(b)) {
            if (pv_type_lookup(pv_type(b), ID(__mro_entries__)) != V_NULL)
                pv_err_set_str(&pv_exc_TypeError,
                               "type() doesn't support MRO entry resolution; use types.new_class()");
            else
                pv_err_format(&pv_exc_TypeError, "bases must be types");
            return V_NULL;
        }
        PvType *bt = (PvType *)v_obj(b);
        pv_type_ready(bt);
        if (!(bt->flags & PV_TF_BASETYPE)) {
            pv_err_format(&pv_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->name);
            return V_NULL;
        }
    }
    if (PV_TUPLE_LEN(bases) == 0)
        bases = pv_tuple_from(1, (Value[]){v_from(&pv_object_type)});
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        for (int64_t j = 0; j < i; j++)
            if (PV_TUPLE_ITEMS(bases)[i] == PV_TUPLE_ITEMS(bases)[j]) {
                pv_err_format(&pv_exc_TypeError, "duplicate base class %s",
                              ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->name);
                return V_NULL;
            }
    PvType *base = best_base(bases);
    if (!base)
        return V_NULL;
    PvType *bb = builtin_base(base);

    PvType *t = (PvType *)pv_new_object(meta, sizeof(PvType));
    t->name_str = name;
    t->name = pv_str_utf8(name, &(size_t){0});
    t->base = base;
    t->size = base->size;
    t->flags = PV_TF_HEAPTYPE | PV_TF_MULTI_BASE | PV_TF_BASETYPE |
               (base->flags & (PV_TF_EXCEPTION | PV_TF_SEQUENCE | PV_TF_MAPPING |
                               PV_TF_TYPE_SUBCLASS));
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        t->flags |= ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->flags &
                    (PV_TF_SEQUENCE | PV_TF_MAPPING);
    t->methods = NULL;
    t->bases = bases;
    Value dict = pv_dict_new();
    if (pv_dict_update(dict, ns) < 0)
        return V_NULL;
    t->dict = dict;

    Value qn = pv_dict_get_str(dict, ID(__qualname__));
    if (qn != V_NULL) {
        if (!v_is(qn, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "type __qualname__ must be a str, not %s",
                          pv_type_name(qn));
            return V_NULL;
        }
        pv_dict_del(dict, ID(__qualname__));
    }
    t->qualname = qn != V_NULL ? qn : name;
    if (pv_dict_get_str(dict, ID(__module__)) == V_NULL) {
        Value g = pv_current_globals();
        Value m = g != V_NULL ? pv_dict_get_str(g, pv_s___name__) : V_NULL;
        if (m != V_NULL)
            pv_dict_set(dict, ID(__module__), m);
    }
    Value cell = pv_dict_get_str(dict, ID(__classcell__));
    if (cell != V_NULL) {
        if (!v_is(cell, &pv_cell_type)) {
            pv_err_format(&pv_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                          v_from(pv_type(cell)));
            return V_NULL;
        }
        pv_dict_del(dict, ID(__classcell__));
    }
    if (implicit_wrap(dict, ID(__new__), wrap_staticmethod) < 0 ||
        implicit_wrap(dict, ID(__init_subclass__), wrap_classmethod) < 0 ||
        implicit_wrap(dict, ID(__class_getitem__), wrap_classmethod) < 0)
        return V_NULL;
    if (pv_dict_get_str(dict, ID(__eq__)) != V_NULL &&
        pv_dict_get_str(dict, ID(__hash__)) == V_NULL)
        pv_dict_set(dict, ID(__hash__), V_NONE);

    /* instance layout: words before the header (docs/pvm.md "Classes") */
    t->extra_words = base->extra_words;
    t->dict_word = base->dict_word;
    bool exc_dict = (bb->flags & PV_TF_EXCEPTION) != 0; /* PvException has its own */
    bool want_dict = true, slots_weakref = false;
    Value slots = pv_dict_get_str(dict, ID(__slots__));
    if (slots != V_NULL) {
        if (setup_slots(t, base, dict, slots, &want_dict, &slots_weakref) < 0)
            return V_NULL;
    } else {
        /* a dict unless a base (any of them) already gives one */
        for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
            PvType *b = (PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]);
            if (b->dict_word)
                t->dict_word = b->dict_word;
        }
    }
    if (t->extra_words == 0)
        t->extra_words = 1; /* word 1 is reserved for the dict */
    if (want_dict && !t->dict_word && !exc_dict && bb != &pv_type_type) {
        t->dict_word = 1;
        pv_dict_set(dict, ID(__dict__), pv_getset_new(t, 1));
    }
    /* __weakref__ (the attribute only: weak references are a follow-up) */
    bool weak = bb == &pv_type_type;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        weak |= (((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->flags & PV_TF_WEAKREFS) != 0;
    if (!weak && (slots == V_NULL || slots_weakref)) {
        pv_dict_set(dict, ID(__weakref__), pv_getset_new(t, 2));
        weak = true;
    }
    if (weak)
        t->flags |= PV_TF_WEAKREFS;
    if (pv_dict_get_str(dict, ID(__doc__)) == V_NULL)
        pv_dict_set(dict, ID(__doc__), V_NONE);

    Value mro = c3_mro(t, bases);
    if (mro == V_NULL)
        return V_NULL;
    t->mro = mro;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        add_subclass((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]), t);
    pv_heap_type_fix_slots(t);
    pv_type_new_version(t); /* its dict is complete: lookups may be cached */
    if (cell != V_NULL)
        ((PvCell *)v_obj(cell))->ref = v_from(t);

    /* __set_name__ on the attributes, then the parent's __init_subclass__ */
    Value keys = pv_list_new(0), vals = pv_list_new(0);
    int64_t pos = 0;
    Value k, v;
    while (pv_dict_next(dict, &pos, &k, &v)) {
        pv_list_append(keys, k);
        pv_list_append(vals, v);
    }
    for (int64_t i = 0; i < PV_LIST_LEN(keys); i++) {
        Value args[2] = {v_from(t), PV_LIST_ITEMS(keys)[i]};
        Value r = pv_call_special(PV_LIST_ITEMS(vals)[i], ID(__set_name__), 2, args);
        if (r == V_NULL && pv_err_occurred()) {
            /* 3.11 wraps the error, the original as __cause__ */
            Value cause = pv_err_fetch();
            pv_err_format(&pv_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                          pv_type_name(PV_LIST_ITEMS(vals)[i]), PV_LIST_ITEMS(keys)[i], t->name);
            PvException *e = (PvException *)v_obj(pv_err_occurred());
            e->cause = cause;
            e->suppress_context = true;
            return V_NULL;
        }
    }
    Value init_sub = V_NULL;
    for (int64_t i = 1; i < PV_TUPLE_LEN(mro) && init_sub == V_NULL; i++) {
        PvType *anc = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
        pv_type_ready(anc);
        init_sub = pv_dict_get_str(anc->dict, ID(__init_subclass__));
    }
    if (init_sub != V_NULL) {
        Value bound = pv_descr_get(init_sub, V_NULL, v_from(t));
        if (bound == V_NULL || pv_call(bound, nkw, kwv, nkw ? kwnames : V_NULL) == V_NULL)
            return V_NULL;
    }
    return v_from(t);
}

/* ------------------------------------------------------------------ */
/* __build_class__                                                      */

static Value update_bases(Value bases, bool *changed)
{
    *changed = false;
    Value out = pv_list_new(0);
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (pv_is_type(b)) {
            pv_list_append(out, b);
            continue;
        }
        Value r = pv_call_special(b, ID(__mro_entries__), 1, &bases);
        if (r == V_NULL) {
            if (pv_err_occurred())
                return V_NULL;
            pv_list_append(out, b);
            continue;
        }
        if (!v_is(r, &pv_tuple_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__mro_entries__ must return a tuple");
            return V_NULL;
        }
        *changed = true;
        for (int64_t k = 0; k < PV_TUPLE_LEN(r); k++)
            pv_list_append(out, PV_TUPLE_ITEMS(r)[k]);
    }
    return pv_tuple_from(PV_LIST_LEN(out), PV_LIST_ITEMS(out));
}

Value pv_bi_build_class(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    int npos = argc - nkw;
    if (npos < 2) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: not enough arguments");
        return V_NULL;
    }
    Value func = argv[0], name = argv[1];
    if (!v_is(func, &pv_function_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: func must be a function");
        return V_NULL;
    }
    if (!v_is(name, &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: name is not a string");
        return V_NULL;
    }
    Value orig_bases = pv_tuple_from(npos - 2, argv + 2);
    bool changed;
    Value bases = update_bases(orig_bases, &changed);
    if (bases == V_NULL)
        return V_NULL;
    /* keyword arguments but metaclass= go to __prepare__, the metaclass
     * and __init_subclass__ */
    Value meta = V_NULL;
    Value kwl = pv_list_new(0), kwvals = pv_list_new(0);
    for (int i = 0; i < nkw; i++) {
        Value k = PV_TUPLE_ITEMS(kwnames)[i];
        if (pv_str_eq_cstr(k, "metaclass"))
            meta = argv[npos + i];
        else {
            pv_list_append(kwl, k);
            pv_list_append(kwvals, argv[npos + i]);
        }
    }
    int64_t nk = PV_LIST_LEN(kwl);
    Value kwt = nk ? pv_tuple_from(nk, PV_LIST_ITEMS(kwl)) : V_NULL;
    bool is_class = true;
    if (meta == V_NULL) {
        meta = PV_TUPLE_LEN(bases) ? v_from(pv_type(PV_TUPLE_ITEMS(bases)[0]))
                                   : v_from(&pv_type_type);
    } else {
        is_class = pv_is_type(meta);
    }
    if (is_class) {
        PvType *winner = calculate_metaclass((PvType *)v_obj(meta), bases);
        if (!winner)
            return V_NULL;
        meta = v_from(winner);
    }
    /* __prepare__(name, bases, **kwds) */
    Value ns;
    Value prep = pv_getattr(meta, ID(__prepare__));
    if (prep == V_NULL) {
        if (!pv_err_matches(&pv_exc_AttributeError))
            return V_NULL;
        pv_err_clear();
        ns = pv_dict_new();
    } else {
        Value *pargs = pv_alloc(sizeof(Value) * (size_t)(2 + nk));
        pargs[0] = name;
        pargs[1] = bases;
        for (int64_t i = 0; i < nk; i++)
            pargs[2 + i] = PV_LIST_ITEMS(kwvals)[i];
        ns = pv_call(prep, (int)(2 + nk), pargs, kwt);
        if (ns == V_NULL)
            return V_NULL;
    }
    if (!v_isinstance(ns, &pv_dict_type)) {
        if (is_class)
            pv_err_format(&pv_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                          ((PvType *)v_obj(meta))->name, pv_type_name(ns));
        else
            pv_err_format(&pv_exc_TypeError,
                          "<metaclass>.__prepare__() must return a mapping, not %s",
                          pv_type_name(ns));
        return V_NULL;
    }
    Value cell = pv_run_class_body(func, ns);
    if (cell == V_NULL)
        return V_NULL;
    if (changed && pv_dict_set(ns, ID(__orig_bases__), orig_bases) < 0)
        return V_NULL;
    Value *margs = pv_alloc(sizeof(Value) * (size_t)(3 + nk));
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (int64_t i = 0; i < nk; i++)
        margs[3 + i] = PV_LIST_ITEMS(kwvals)[i];
    Value cls = pv_call(meta, (int)(3 + nk), margs, kwt);
    if (cls == V_NULL)
        return V_NULL;
    if (pv_is_type(cls) && v_is(cell, &pv_cell_type)) {
        Value got = ((PvCell *)v_obj(cell))->ref;
        if (got != cls) {
            if (got == V_NULL)
                pv_err_format(&pv_exc_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ "
                              "propagated to type.__new__?",
                              name, cls);
            else
                pv_err_format(&pv_exc_TypeError, "__class__ set to %R defining %R as %R", got,
                              name, cls);
            return V_NULL;
        }
    }
    return cls;
}
