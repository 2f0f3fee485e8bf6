package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// runError writes an expression that raises an exception known from its
// operands' types (check.RunError): rt.Fail evaluates the operands, in
// order, and raises.
func (g *gen) runError(e ast.Expr, re check.RunError) jen.Code {
	args := []jen.Code{g.rt(re.Class), jen.Lit(re.Msg)}
	for _, x := range runOperands(e) {
		if valueKind(g.info.TypeOf(x)) {
			args = append(args, g.expr(x))
		}
	}
	return g.rt("Fail").Call(args...)
}

// runOperands are the subexpressions e evaluates before it raises.
func runOperands(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.Subscript:
		return []ast.Expr{x.Value, x.Slice}
	case *ast.Call:
		var out []ast.Expr
		if f, ok := x.Func.(*ast.Attribute); ok {
			out = append(out, f.Value)
		} else {
			out = append(out, x.Func)
		}
		for _, a := range x.Args {
			if s, ok := a.(*ast.Starred); ok {
				a = s.Value
			}
			out = append(out, a)
		}
		for _, k := range x.Keywords {
			out = append(out, k.Value)
		}
		return out
	}
	return nil
}

// valueKind reports whether values of t are Go values that can be passed
// as any (not modules, classes or built-in functions).
func valueKind(t *check.Type) bool {
	switch t.Kind {
	case check.Int, check.Float, check.Str, check.Bool, check.None, check.List, check.Dict, check.Set,
		check.Tuple, check.TupleOf, check.AnyTuple, check.Bytes, check.Dynamic, check.Instance, check.Callable, check.Range:
		return true
	}
	return false
}
