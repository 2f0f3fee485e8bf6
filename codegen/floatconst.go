package codegen

import (
	"math"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Go evaluates constant expressions exactly (0.1 + 0.2 is 0.3 there) and
// has no negative zero constant, while Python rounds every float operation
// to float64. Constant float expressions are therefore computed here, with
// float64 arithmetic, and written as their result.

// floatFold returns the value of a constant float expression: float and
// int literals under unary -/+ and + - * / (not dividing by zero).
func (g *gen) floatFold(e ast.Expr) (float64, bool) {
	switch x := e.(type) {
	case *ast.Constant:
		return constFloat(x)
	case *ast.UnaryOp:
		f, ok := g.floatFold(x.Operand)
		switch x.Op {
		case "-":
			return -f, ok
		case "+":
			return f, ok
		}
	case *ast.BinOp:
		if g.info.TypeOf(x).Kind != check.Float {
			return 0, false
		}
		l, lok := g.floatFold(x.Left)
		r, rok := g.floatFold(x.Right)
		if !lok || !rok {
			return 0, false
		}
		switch x.Op {
		case "+":
			return l + r, true
		case "-":
			return l - r, true
		case "*":
			return l * r, true
		case "/":
			if r == 0 || !exactInt(x.Left, g) || !exactInt(x.Right, g) {
				return 0, false
			}
			return l / r, true
		}
	}
	return 0, false
}

// exactInt reports whether a constant operand converts to float64 exactly
// (floats do; ints up to 2**53).
func exactInt(e ast.Expr, g *gen) bool {
	if g.info.TypeOf(e).Kind != check.Int {
		return true
	}
	f, ok := constFloat(e)
	return ok && math.Abs(f) <= 1<<53
}

// foldedFloat writes a constant float expression as its value, or returns
// nil when e is not one (or is a single literal, written as it is).
func (g *gen) foldedFloat(e ast.Expr) *jen.Statement {
	switch e.(type) {
	case *ast.BinOp, *ast.UnaryOp:
	default:
		return nil
	}
	if g.info.TypeOf(e).Kind != check.Float || g.info.Raises[e] {
		return nil
	}
	f, ok := g.floatFold(e)
	if !ok {
		return nil
	}
	return floatLit(f)
}

// floatLit writes a float64 value, including -0.0, infinities and NaN.
func floatLit(f float64) *jen.Statement {
	switch {
	case math.IsNaN(f):
		return jen.Qual("math", "NaN").Call()
	case math.IsInf(f, 0):
		sign := 1
		if f < 0 {
			sign = -1
		}
		return jen.Qual("math", "Inf").Call(jen.Lit(sign))
	case f == 0 && math.Signbit(f):
		return jen.Qual("math", "Copysign").Call(jen.Lit(0), jen.Lit(-1))
	}
	return jen.Lit(f)
}
