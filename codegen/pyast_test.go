package codegen_test

// This file converts python3's own ast (as JSON) into our ast, so that
// codegen can be tested before the grammar package parses everything. It is
// test-only and used only when grammar.Parse fails.

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

const dumpScript = `
import ast, json, sys
def conv(n):
    if isinstance(n, ast.AST):
        d = {"_t": type(n).__name__}
        for f in n._fields:
            d[f] = conv(getattr(n, f))
        for a in ("lineno", "col_offset"):
            if hasattr(n, a): d[a] = getattr(n, a)
        return d
    if isinstance(n, list): return [conv(x) for x in n]
    if isinstance(n, bytes): return {"_bytes": list(n)}
    if isinstance(n, complex): return {"_complex": n.imag}
    if n is Ellipsis: return {"_ellipsis": True}
    if isinstance(n, bool) or n is None or isinstance(n, str): return n
    if isinstance(n, int): return {"_int": str(n)}
    if isinstance(n, float): return {"_float": repr(n)}
    return n
print(json.dumps(conv(ast.parse(sys.stdin.read()))))
`

func pyParse(filename, src string) (*ast.Module, error) {
	cmd := exec.Command("python3", "-c", dumpScript)
	cmd.Stdin = strings.NewReader(src)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("python3 ast: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		return nil, err
	}
	return &ast.Module{Filename: filename, Body: stmts(m["body"])}, nil
}

type obj = map[string]any

func pos(m obj) ast.Pos {
	l, _ := m["lineno"].(float64)
	c, _ := m["col_offset"].(float64)
	return ast.Pos{Line: int(l), Col: int(c) + 1}
}

func stmts(v any) []ast.Stmt {
	var out []ast.Stmt
	for _, x := range list(v) {
		out = append(out, stmt(x.(obj)))
	}
	return out
}

func exprs(v any) []ast.Expr {
	var out []ast.Expr
	for _, x := range list(v) {
		out = append(out, expr(x))
	}
	return out
}

func list(v any) []any { l, _ := v.([]any); return l }

func intOf(v any) int {
	o, _ := v.(obj)
	n := 0
	if o != nil {
		fmt.Sscan(o["_int"].(string), &n)
	}
	return n
}

func str(v any) string { s, _ := v.(string); return s }

var opNames = map[string]string{
	"Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//", "Mod": "%", "Pow": "**",
	"MatMult": "@", "LShift": "<<", "RShift": ">>", "BitAnd": "&", "BitOr": "|", "BitXor": "^",
	"USub": "-", "UAdd": "+", "Invert": "~", "Not": "not", "And": "and", "Or": "or",
	"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
	"IsNot": "is not", "In": "in", "NotIn": "not in",
}

func op(v any) string { return opNames[v.(obj)["_t"].(string)] }

func args(v any) *ast.Arguments {
	m := v.(obj)
	arg := func(x any) *ast.Arg {
		if x == nil {
			return nil
		}
		a := x.(obj)
		var ann ast.Expr
		if a["annotation"] != nil {
			ann = expr(a["annotation"])
		}
		return &ast.Arg{Pos: pos(a), Name: str(a["arg"]), Annotation: ann}
	}
	argl := func(x any) []*ast.Arg {
		var out []*ast.Arg
		for _, a := range list(x) {
			out = append(out, arg(a))
		}
		return out
	}
	return &ast.Arguments{
		PosOnlyArgs: argl(m["posonlyargs"]), Args: argl(m["args"]), Vararg: arg(m["vararg"]),
		KwOnlyArgs: argl(m["kwonlyargs"]), KwDefaults: exprs(m["kw_defaults"]), Kwarg: arg(m["kwarg"]),
		Defaults: exprs(m["defaults"]),
	}
}

func keywords(v any) []*ast.Keyword {
	var out []*ast.Keyword
	for _, x := range list(v) {
		k := x.(obj)
		out = append(out, &ast.Keyword{Pos: pos(k), Arg: str(k["arg"]), Value: expr(k["value"])})
	}
	return out
}

func aliases(v any) []*ast.Alias {
	var out []*ast.Alias
	for _, x := range list(v) {
		a := x.(obj)
		out = append(out, &ast.Alias{Pos: pos(a), Name: str(a["name"]), AsName: str(a["asname"])})
	}
	return out
}

func comps(v any) []*ast.Comprehension {
	var out []*ast.Comprehension
	for _, x := range list(v) {
		g := x.(obj)
		out = append(out, &ast.Comprehension{Target: expr(g["target"]), Iter: expr(g["iter"]), Ifs: exprs(g["ifs"]), IsAsync: intOf(g["is_async"]) != 0})
	}
	return out
}

func optExpr(v any) ast.Expr {
	if v == nil {
		return nil
	}
	return expr(v)
}

func stmt(m obj) ast.Stmt {
	p := pos(m)
	switch m["_t"] {
	case "FunctionDef", "AsyncFunctionDef":
		return &ast.FunctionDef{Pos: p, Name: str(m["name"]), Args: args(m["args"]), Body: stmts(m["body"]),
			DecoratorList: exprs(m["decorator_list"]), Returns: optExpr(m["returns"]), IsAsync: m["_t"] == "AsyncFunctionDef"}
	case "ClassDef":
		return &ast.ClassDef{Pos: p, Name: str(m["name"]), Bases: exprs(m["bases"]), Keywords: keywords(m["keywords"]),
			Body: stmts(m["body"]), DecoratorList: exprs(m["decorator_list"])}
	case "Return":
		return &ast.Return{Pos: p, Value: optExpr(m["value"])}
	case "Delete":
		return &ast.Delete{Pos: p, Targets: exprs(m["targets"])}
	case "Assign":
		return &ast.Assign{Pos: p, Targets: exprs(m["targets"]), Value: expr(m["value"])}
	case "AugAssign":
		return &ast.AugAssign{Pos: p, Target: expr(m["target"]), Op: op(m["op"]), Value: expr(m["value"])}
	case "AnnAssign":
		return &ast.AnnAssign{Pos: p, Target: expr(m["target"]), Annotation: expr(m["annotation"]), Value: optExpr(m["value"]), Simple: intOf(m["simple"]) != 0}
	case "For", "AsyncFor":
		return &ast.For{Pos: p, Target: expr(m["target"]), Iter: expr(m["iter"]), Body: stmts(m["body"]), OrElse: stmts(m["orelse"]), IsAsync: m["_t"] == "AsyncFor"}
	case "While":
		return &ast.While{Pos: p, Test: expr(m["test"]), Body: stmts(m["body"]), OrElse: stmts(m["orelse"])}
	case "If":
		return &ast.If{Pos: p, Test: expr(m["test"]), Body: stmts(m["body"]), OrElse: stmts(m["orelse"])}
	case "With", "AsyncWith":
		var items []*ast.WithItem
		for _, x := range list(m["items"]) {
			it := x.(obj)
			items = append(items, &ast.WithItem{ContextExpr: expr(it["context_expr"]), OptionalVars: optExpr(it["optional_vars"])})
		}
		return &ast.With{Pos: p, Items: items, Body: stmts(m["body"]), IsAsync: m["_t"] == "AsyncWith"}
	case "Raise":
		return &ast.Raise{Pos: p, Exc: optExpr(m["exc"]), Cause: optExpr(m["cause"])}
	case "Try", "TryStar":
		var hs []*ast.ExceptHandler
		for _, x := range list(m["handlers"]) {
			h := x.(obj)
			hs = append(hs, &ast.ExceptHandler{Pos: pos(h), Type: optExpr(h["type"]), Name: str(h["name"]), Body: stmts(h["body"])})
		}
		return &ast.Try{Pos: p, Body: stmts(m["body"]), Handlers: hs, OrElse: stmts(m["orelse"]), FinalBody: stmts(m["finalbody"]), IsStar: m["_t"] == "TryStar"}
	case "Assert":
		return &ast.Assert{Pos: p, Test: expr(m["test"]), Msg: optExpr(m["msg"])}
	case "Import":
		return &ast.Import{Pos: p, Names: aliases(m["names"])}
	case "ImportFrom":
		level := intOf(m["level"])
		return &ast.ImportFrom{Pos: p, Module: str(m["module"]), Names: aliases(m["names"]), Level: level}
	case "Global":
		var names []string
		for _, n := range list(m["names"]) {
			names = append(names, n.(string))
		}
		return &ast.Global{Pos: p, Names: names}
	case "Nonlocal":
		var names []string
		for _, n := range list(m["names"]) {
			names = append(names, n.(string))
		}
		return &ast.Nonlocal{Pos: p, Names: names}
	case "Expr":
		return &ast.ExprStmt{Pos: p, Value: expr(m["value"])}
	case "Pass":
		return &ast.Pass{Pos: p}
	case "Break":
		return &ast.Break{Pos: p}
	case "Continue":
		return &ast.Continue{Pos: p}
	}
	panic("pyast: statement " + fmt.Sprint(m["_t"]))
}

func constant(p ast.Pos, v any) *ast.Constant {
	switch v := v.(type) {
	case nil:
		return &ast.Constant{Pos: p, Kind: ast.ConstNone}
	case bool:
		return &ast.Constant{Pos: p, Kind: ast.ConstBool, Value: v}
	case string:
		return &ast.Constant{Pos: p, Kind: ast.ConstStr, Value: v}
	case obj:
		switch {
		case v["_int"] != nil:
			return &ast.Constant{Pos: p, Kind: ast.ConstInt, Value: v["_int"].(string)}
		case v["_float"] != nil:
			var f float64
			fmt.Sscan(v["_float"].(string), &f)
			return &ast.Constant{Pos: p, Kind: ast.ConstFloat, Value: f}
		case v["_complex"] != nil:
			return &ast.Constant{Pos: p, Kind: ast.ConstComplex, Value: v["_complex"]}
		case v["_ellipsis"] != nil:
			return &ast.Constant{Pos: p, Kind: ast.ConstEllipsis}
		case v["_bytes"] != nil:
			var b []byte
			for _, x := range list(v["_bytes"]) {
				b = append(b, byte(x.(float64)))
			}
			return &ast.Constant{Pos: p, Kind: ast.ConstBytes, Value: b}
		}
	}
	panic("pyast: constant")
}

func expr(v any) ast.Expr {
	m := v.(obj)
	p := pos(m)
	switch m["_t"] {
	case "Constant":
		return constant(p, m["value"])
	case "Name":
		return &ast.Name{Pos: p, ID: str(m["id"])}
	case "JoinedStr":
		return &ast.JoinedStr{Pos: p, Values: exprs(m["values"])}
	case "FormattedValue":
		fv := &ast.FormattedValue{Pos: p, Value: expr(m["value"])}
		if n := intOf(m["conversion"]); n > 0 {
			fv.Conversion = rune(n)
		}
		if m["format_spec"] != nil {
			fv.FormatSpec = expr(m["format_spec"]).(*ast.JoinedStr)
		}
		return fv
	case "BinOp":
		return &ast.BinOp{Pos: p, Left: expr(m["left"]), Op: op(m["op"]), Right: expr(m["right"])}
	case "UnaryOp":
		return &ast.UnaryOp{Pos: p, Op: op(m["op"]), Operand: expr(m["operand"])}
	case "BoolOp":
		return &ast.BoolOp{Pos: p, Op: op(m["op"]), Values: exprs(m["values"])}
	case "Compare":
		var ops []string
		for _, o := range list(m["ops"]) {
			ops = append(ops, op(o))
		}
		return &ast.Compare{Pos: p, Left: expr(m["left"]), Ops: ops, Comparators: exprs(m["comparators"])}
	case "Call":
		return &ast.Call{Pos: p, Func: expr(m["func"]), Args: exprs(m["args"]), Keywords: keywords(m["keywords"])}
	case "Attribute":
		return &ast.Attribute{Pos: p, Value: expr(m["value"]), Attr: str(m["attr"])}
	case "Subscript":
		return &ast.Subscript{Pos: p, Value: expr(m["value"]), Slice: expr(m["slice"])}
	case "Slice":
		return &ast.Slice{Pos: p, Lower: optExpr(m["lower"]), Upper: optExpr(m["upper"]), Step: optExpr(m["step"])}
	case "Starred":
		return &ast.Starred{Pos: p, Value: expr(m["value"])}
	case "List":
		return &ast.List{Pos: p, Elts: exprs(m["elts"])}
	case "Tuple":
		return &ast.Tuple{Pos: p, Elts: exprs(m["elts"])}
	case "Set":
		return &ast.Set{Pos: p, Elts: exprs(m["elts"])}
	case "Dict":
		var keys []ast.Expr
		for _, k := range list(m["keys"]) {
			keys = append(keys, optExpr(k))
		}
		return &ast.Dict{Pos: p, Keys: keys, Values: exprs(m["values"])}
	case "ListComp":
		return &ast.ListComp{Pos: p, Elt: expr(m["elt"]), Generators: comps(m["generators"])}
	case "SetComp":
		return &ast.SetComp{Pos: p, Elt: expr(m["elt"]), Generators: comps(m["generators"])}
	case "GeneratorExp":
		return &ast.GeneratorExp{Pos: p, Elt: expr(m["elt"]), Generators: comps(m["generators"])}
	case "DictComp":
		return &ast.DictComp{Pos: p, Key: expr(m["key"]), Value: expr(m["value"]), Generators: comps(m["generators"])}
	case "Lambda":
		return &ast.Lambda{Pos: p, Args: args(m["args"]), Body: expr(m["body"])}
	case "IfExp":
		return &ast.IfExp{Pos: p, Test: expr(m["test"]), Body: expr(m["body"]), OrElse: expr(m["orelse"])}
	case "Await":
		return &ast.Await{Pos: p, Value: expr(m["value"])}
	case "Yield":
		return &ast.Yield{Pos: p, Value: optExpr(m["value"])}
	case "NamedExpr":
		return &ast.NamedExpr{Pos: p, Target: expr(m["target"]).(*ast.Name), Value: expr(m["value"])}
	}
	panic("pyast: expression " + fmt.Sprint(m["_t"]))
}
