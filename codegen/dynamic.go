package codegen

import (
	"math"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// dynOps names rt's dynamic operator for each Python binary operator.
var dynOps = map[string]string{
	"+": "Add", "-": "Sub", "*": "Mul", "/": "TrueDiv", "//": "FloorDiv",
	"%": "Mod", "**": "Pow", "&": "BitAnd", "|": "BitOr", "^": "BitXor",
	"<<": "LShift", ">>": "RShift",
}

// isDyn reports whether values of t are held in a Go any.
func isDyn(t *check.Type) bool { return t != nil && t.Kind == check.Dynamic }

// dynCompareOne writes a comparison that involves a dynamic value and
// cannot raise (==, !=, is, is not); nil when no operand is dynamic.
func (g *gen) dynCompareOne(op string, lt, rt *check.Type, lc, rc *jen.Statement) *jen.Statement {
	if lt.Kind == check.None && rt.Kind == check.None && (op == "==" || op == "!=") {
		return jen.Lit(op == "==")
	}
	dynList := func(t *check.Type) bool { return t.Kind == check.List && isDyn(t.Elem) }
	if !isDyn(lt) && !isDyn(rt) && !dynList(lt) && !dynList(rt) {
		return nil
	}
	switch op {
	case "==":
		return g.rt("Equal").Call(lc, rc)
	case "!=":
		return jen.Op("!").Add(g.rt("Equal").Call(lc, rc))
	case "is", "is not":
		var c *jen.Statement
		switch {
		case rt.Kind == check.None:
			c = g.rt("IsNone").Call(lc)
		case lt.Kind == check.None:
			c = g.rt("IsNone").Call(rc)
		default:
			c = g.rt("Is").Call(lc, rc)
		}
		if op == "is not" {
			return jen.Op("!").Add(c)
		}
		return c
	}
	return nil
}

// dynCompare writes a comparison of dynamic values that can raise (an
// ordering, or "in"), as a call returning (bool, error).
func (g *gen) dynCompare(e *ast.Compare) jen.Code {
	if len(e.Ops) != 1 {
		g.unsupported(e.Pos, "chained comparisons of values of different types")
	}
	l, r := g.expr(e.Left), g.expr(e.Comparators[0])
	switch e.Ops[0] {
	case "<":
		return g.rt("Lt").Call(l, r)
	case "<=":
		return g.rt("Le").Call(l, r)
	case ">":
		return g.rt("Gt").Call(l, r)
	case ">=":
		return g.rt("Ge").Call(l, r)
	case "in":
		return g.rt("In").Call(l, r)
	case "not in":
		return g.rt("NotIn").Call(l, r)
	}
	g.unsupported(e.Pos, "the comparison %s here", e.Ops[0])
	return nil
}

// typeNameLits are the class names isinstance(x, ...) tests, as literals.
func typeNameLits(e ast.Expr) []jen.Code {
	var out []jen.Code
	for _, n := range check.TypeNames(e) {
		out = append(out, jen.Lit(n))
	}
	return out
}

// typed converts code to type to where Go infers types from it (generic
// calls, composite literals): a static value becomes any explicitly.
func (g *gen) typed(code *jen.Statement, from, to *check.Type) *jen.Statement {
	if isDyn(to) && !isDyn(from) {
		return jen.Any().Call(code)
	}
	return g.convert(code, from, to)
}

// identity writes "is" between values that have no pointer identity in Go:
// a name is itself; bool, int, float and str compare by value (CPython
// shares small ints, bools and interned strings); lists by storage.
func (g *gen) identity(op string, l, r ast.Expr, lc, rc *jen.Statement) *jen.Statement {
	lt, rt := g.info.TypeOf(l), g.info.TypeOf(r)
	var c *jen.Statement
	ln, lok := l.(*ast.Name)
	rn, rok := r.(*ast.Name)
	switch {
	case lok && rok && ln.ID == rn.ID && g.info.Uses[ln] == g.info.Uses[rn]:
		c = jen.True()
	case lt.Kind == check.List && rt.Kind == check.List && lt.Shared && rt.Shared:
		c = lc.Op("==").Add(rc)
	case lt.Kind == check.List && rt.Kind == check.List:
		c = g.rt("SameSlice").Call(g.sliceOf(lc, lt), g.sliceOf(rc, rt))
	case lt.Kind == rt.Kind && (lt.Kind == check.Int || lt.Kind == check.Bool || lt.Kind == check.Str || lt.Kind == check.Float):
		c = lc.Op("==").Add(rc)
	default:
		return nil
	}
	if op == "is not" {
		return jen.Op("!").Parens(c)
	}
	return c
}

func (g *gen) sliceOf(code *jen.Statement, t *check.Type) *jen.Statement {
	if t.Shared {
		return code.Dot("S")
	}
	return code
}

// lenRaises reports whether len() of a value of type t is rt.Len, which
// raises TypeError for values without a length.
func lenRaises(t *check.Type) bool {
	switch t.Kind {
	case check.Dynamic, check.Int, check.Float, check.Bool, check.None:
		return true
	}
	return false
}

// constFloat returns the value of a numeric constant (or its negation).
func constFloat(e ast.Expr) (float64, bool) {
	switch x := e.(type) {
	case *ast.Constant:
		switch v := x.Value.(type) {
		case float64:
			return v, true
		case string:
			if x.Kind == ast.ConstInt {
				f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64)
				return f, err == nil
			}
		}
	case *ast.UnaryOp:
		if x.Op == "-" {
			f, ok := constFloat(x.Operand)
			return -f, ok
		}
	}
	return 0, false
}

// constFloatOverflow writes a float operation on two constants whose
// result overflows to infinity (Go rejects such constant expressions).
func constFloatOverflow(e *ast.BinOp) *jen.Statement {
	l, lok := constFloat(e.Left)
	r, rok := constFloat(e.Right)
	if !lok || !rok {
		return nil
	}
	var v float64
	switch e.Op {
	case "+":
		v = l + r
	case "-":
		v = l - r
	case "*":
		v = l * r
	default:
		return nil
	}
	if !math.IsInf(v, 0) {
		return nil
	}
	sign := 1
	if v < 0 {
		sign = -1
	}
	return jen.Qual("math", "Inf").Call(jen.Lit(sign))
}

// boolValue writes "a or b" / "a and b" used for its value: the first
// operand that decides, evaluated left to right with short-circuiting.
func (g *gen) boolValue(e *ast.BoolOp, t *check.Type) *jen.Statement {
	tmp := g.fc.names.fresh("v")
	first := e.Values[0]
	g.emit(jen.Var().Id(tmp).Add(g.goType(t)).Op("=").Add(g.exprAs(first, t)))
	var rest func(i int)
	rest = func(i int) {
		if i == len(e.Values) {
			return
		}
		c := truth(jen.Id(tmp), t)
		if e.Op == "or" {
			c = jen.Op("!").Parens(c)
		}
		g.push()
		x := e.Values[i]
		g.emit(jen.Id(tmp).Op("=").Add(g.exprAs(x, t)))
		rest(i + 1)
		g.emit(jen.If(c).Block(g.pop()...))
	}
	rest(1)
	return jen.Id(tmp)
}

// excClasses reports whether isinstance's second argument names exception
// classes only.
func (g *gen) excClasses(e ast.Expr) bool {
	elts := []ast.Expr{e}
	if t, ok := e.(*ast.Tuple); ok {
		elts = t.Elts
	}
	for _, x := range elts {
		if g.info.TypeOf(x).Kind != check.Class {
			return false
		}
	}
	return true
}

// dynDictMethod writes get, items, keys or values called on a dynamic
// value (rt.DynGet, rt.DynItems...); nil for other calls.
func (g *gen) dynDictMethod(c callee, x *ast.Call) *jen.Statement {
	if c.recv == nil || !isDyn(g.info.TypeOf(c.recv)) || len(g.info.DuckClasses(c.method)) > 0 {
		return nil
	}
	recv := g.expr(c.recv)
	switch c.method {
	case "get":
		def := g.rt("None")
		if len(x.Args) == 2 {
			def = g.expr(x.Args[1])
		}
		return g.rt("DynGet").Call(recv, g.expr(x.Args[0]), def)
	case "items":
		return g.rt("DynItems").Call(recv)
	case "keys":
		return g.rt("DynKeys").Call(recv)
	case "values":
		return g.rt("DynValues").Call(recv)
	}
	return nil
}
