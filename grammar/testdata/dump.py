"""Print CPython's syntax tree of a file in the form grammar's tests expect.

Usage: python3 dump.py FILE.py

Like ast.dump, without ctx, type_ignores, kind and type_comment fields;
constants are written as JSON strings (str, bytes as latin-1), repr (float,
complex) or decimal (int); stmt, expr, arg, keyword, alias and excepthandler
nodes carry @LINE:COL (col_offset, 0-based) except the literal parts of
f-strings, whose positions CPython 3.11 does not define precisely.
"""
import ast
import json
import sys

SKIP = {"ctx", "type_ignores", "kind", "type_comment"}
POSITIONED = (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.alias, ast.excepthandler)


def const(v):
    if v is None or v is Ellipsis or isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, complex):
        return repr(v.imag) + "j"
    if isinstance(v, bytes):
        return "b" + json.dumps(v.decode("latin-1"))
    return json.dumps(v)


def fmt(node, fpart=False):
    if isinstance(node, list):
        return "[" + ", ".join(fmt(x) for x in node) + "]"
    if not isinstance(node, ast.AST):
        return const(node)
    name = type(node).__name__
    if not node._fields and not isinstance(node, POSITIONED):
        return name + "()"
    parts = []
    for f in node._fields:
        if f in SKIP:
            continue
        v = getattr(node, f)
        if isinstance(node, ast.JoinedStr) and f == "values":
            s = "[" + ", ".join(fmt(x, True) for x in v) + "]"
        elif isinstance(node, ast.FormattedValue) and f == "format_spec":
            s = fmt(v, True)
        elif isinstance(node, ast.Constant) and f == "value":
            s = const(v)
        else:
            s = fmt(v)
        parts.append(f + "=" + s)
    at = ""
    if isinstance(node, POSITIONED) and not fpart:
        at = "@%d:%d" % (node.lineno, node.col_offset)
    return name + at + "(" + ", ".join(parts) + ")"


def main():
    with open(sys.argv[1], "rb") as f:
        src = f.read()
    tree = ast.parse(src, sys.argv[1])
    for stmt in tree.body:
        print(fmt(stmt))


main()
