#!/usr/bin/env python3.11
"""tests/frontend/check_astdef.py: checks compiler/ast.def, the AST node table,
against python3.11's ast module: every sum, constructor, product and enum
value, each field's name, order, type and qualifier (from the ASDL signature
in the class docstrings), which nodes carry position attributes, and the class
hierarchy.  Not a parser test.  Usage: check_astdef.py [path/to/ast.def]
"""
import ast
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'compiler', 'ast.def')
text = open(path, encoding='utf-8').read()
# drop comments and the #ifndef preamble
text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
text = '\n'.join(l for l in text.splitlines() if not l.lstrip().startswith('#'))
text = re.sub(r'\s+', ' ', text)

QUAL = {'ONE': '', 'OPT': '?', 'SEQ': '*'}
POS_ATTRS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

ours = {}        # name -> dict(kind, parent, fields[(type+qual, name)], attrs)
order = []
failures = []
cur_sum = None
for m in re.finditer(r'(AST_\w+)\((.*?)\)(?= AST_|\s*$)', text):
    macro, args = m.group(1), m.group(2)
    parts = [a.strip() for a in re.split(r',(?![^()]*\))', args)]
    fields = []
    for f in re.findall(r'\((\w+), (\w+), (\w+)\)', args):
        fields.append((f[1] + QUAL[f[0]], f[2]))
    if macro == 'AST_SUM':
        cur_sum = parts[0]
        ours[cur_sum] = dict(kind='sum', parent='AST', fields=[], attrs=parts[1] == '1')
        order.append(cur_sum)
    elif macro in ('AST_CTOR', 'AST_CTOR0'):
        if parts[0] != cur_sum:
            failures.append(f'{parts[1]}: constructor of {parts[0]} inside {cur_sum}')
        ours[parts[1]] = dict(kind='ctor', parent=parts[0], fields=fields,
                              attrs=ours[parts[0]]['attrs'])
        order.append(parts[1])
    elif macro == 'AST_END_SUM':
        cur_sum = None
    elif macro == 'AST_PRODUCT':
        ours[parts[0]] = dict(kind='product', parent='AST', fields=fields, attrs=parts[1] == '1')
        order.append(parts[0])
    elif macro == 'AST_ENUM':
        cur_sum = parts[0]
        ours[cur_sum] = dict(kind='enum', parent='AST', fields=[], attrs=False)
        order.append(cur_sum)
    elif macro == 'AST_ENUM_VAL':
        ours[parts[1]] = dict(kind='ctor', parent=parts[0], fields=[], attrs=False)
        order.append(parts[1])
    elif macro == 'AST_END_ENUM':
        cur_sum = None
    else:
        failures.append(f'unknown macro {macro}')

# python3.11's view
deprecated = {'slice', 'Index', 'ExtSlice', 'Suite', 'Param', 'AugLoad', 'AugStore',
              'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis'}
theirs = {}


def signature(cls):
    """Field types from the ASDL line in the docstring: 'Name(expr* a, int b)'."""
    doc = cls.__doc__ or ''
    for line in doc.splitlines():
        line = line.strip().lstrip('|').strip()
        if '=' in line and not line.startswith(cls.__name__ + '('):
            line = line.split('=', 1)[1].strip()
        m = re.match(re.escape(cls.__name__) + r'\((.*)\)$', line)
        if m:
            return [tuple(p.split()) for p in m.group(1).split(', ')]
    return []


def visit(cls, parent):
    for sub in cls.__subclasses__():
        if sub.__module__ != 'ast' or sub.__name__ in deprecated:
            continue
        name = sub.__name__
        kids = [s for s in sub.__subclasses__() if s.__name__ not in deprecated]
        if parent == 'AST':
            if kids:
                simple = all(not k._fields and not k._attributes for k in kids)
                kind = 'enum' if simple and name not in ('mod', 'type_ignore') else 'sum'
            else:
                kind = 'product'
        else:
            kind = 'ctor'
        attrs = tuple(sub._attributes) == POS_ATTRS
        if sub._attributes and not attrs:
            failures.append(f'{name}: unexpected _attributes {sub._attributes}')
        fields = [(t, n) for t, n in signature(sub)] if sub._fields else []
        if [n for _, n in fields] != list(sub._fields):
            failures.append(f'{name}: docstring fields {fields} vs _fields {sub._fields}')
        theirs[name] = dict(kind=kind, parent=parent, fields=fields, attrs=attrs)
        if parent == 'AST':
            visit(sub, name)


visit(ast.AST, 'AST')
# Products and sums without attributes in Python report them on the sum class.
for name, info in list(theirs.items()):
    if info['kind'] == 'sum':
        info['attrs'] = tuple(getattr(ast, name)._attributes) == POS_ATTRS

passed = 0
for name in sorted(set(ours) | set(theirs)):
    o, t = ours.get(name), theirs.get(name)
    if o is None:
        failures.append(f'{name}: in python3.11 ({t["kind"]} of {t["parent"]}) but not in ast.def')
    elif t is None:
        failures.append(f'{name}: in ast.def but not in python3.11')
    elif o != t:
        for key in ('kind', 'parent', 'fields', 'attrs'):
            if o[key] != t[key]:
                failures.append(f'{name}: {key}: ast.def {o[key]!r} vs python3.11 {t[key]!r}')
    else:
        passed += 1

for f in failures:
    print('FAIL', f)
print(f'{passed} passed, {len(failures)} failed')
sys.exit(1 if failures else 0)
