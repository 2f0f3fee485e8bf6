package check

import (
	"math"
	"math/big"

	"github.com/pyasync2go/pyasync2go/ast"
)

// Constant int expressions (2 ** 64, -(2 ** 63) - 1, 1 << 65) are computed
// exactly at translation time: Info.IntConsts holds their values. One that
// fits in 64 bits is an int constant in Go; a larger one is a dynamic value
// holding a *big.Int, so that the arithmetic around it stays exact.

// maxConstBits bounds the size of a folded constant; larger results are
// left to run time.
const maxConstBits = 1 << 16

// intConst returns the exact value of a constant int expression: an int
// literal, or unary and binary operators on such expressions that give an
// int without raising.
func (c *checker) intConst(e ast.Expr) (*big.Int, bool) {
	return c.intValue(e, -1)
}

// intValue is intConst that also follows up to depth names bound once to
// a constant int expression (depth < 0: none).
func (c *checker) intValue(e ast.Expr, depth int) (*big.Int, bool) {
	switch x := e.(type) {
	case *ast.Name:
		v := c.info.Uses[x]
		if depth <= 0 || v == nil || v.Kind != Local || c.prevWrites[v] != 1 || c.constBound[v] == nil {
			return nil, false
		}
		return c.intValue(c.constBound[v], depth-1)
	case *ast.Constant:
		if x.Kind != ast.ConstInt {
			return nil, false
		}
		s, ok := x.Value.(string)
		if !ok {
			return nil, false
		}
		return new(big.Int).SetString(s, 10)
	case *ast.UnaryOp:
		v, ok := c.intValue(x.Operand, depth)
		if !ok {
			return nil, false
		}
		switch x.Op {
		case "-":
			return new(big.Int).Neg(v), true
		case "+":
			return v, true
		case "~":
			return new(big.Int).Not(v), true
		}
	case *ast.BinOp:
		l, ok := c.intValue(x.Left, depth)
		if !ok {
			return nil, false
		}
		r, ok := c.intValue(x.Right, depth)
		if !ok {
			return nil, false
		}
		return foldIntOp(x.Op, l, r)
	}
	return nil, false
}

// foldIntOp computes l op r with Python's rules, or reports false when
// the operation raises, gives a float, or is too large to fold.
func foldIntOp(op string, l, r *big.Int) (*big.Int, bool) {
	z := new(big.Int)
	switch op {
	case "+":
		return z.Add(l, r), true
	case "-":
		return z.Sub(l, r), true
	case "*":
		return z.Mul(l, r), true
	case "//", "%":
		if r.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(l, r, new(big.Int)) // Euclidean: 0 <= m < |r|
		if m.Sign() != 0 && r.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, r)
		}
		if op == "//" {
			return q, true
		}
		return m, true
	case "**":
		if r.Sign() < 0 || !r.IsInt64() || int64(l.BitLen())*r.Int64() > maxConstBits {
			return nil, false
		}
		return z.Exp(l, r, nil), true
	case "<<":
		if r.Sign() < 0 || !r.IsInt64() || int64(l.BitLen())+r.Int64() > maxConstBits {
			return nil, false
		}
		return z.Lsh(l, uint(r.Int64())), true
	case ">>":
		if r.Sign() < 0 {
			return nil, false
		}
		if !r.IsInt64() || r.Int64() > maxConstBits {
			if l.Sign() < 0 {
				return big.NewInt(-1), true
			}
			return z, true
		}
		return z.Rsh(l, uint(r.Int64())), true // rounds toward -inf, as Python
	case "&":
		return z.And(l, r), true
	case "|":
		return z.Or(l, r), true
	case "^":
		return z.Xor(l, r), true
	}
	return nil, false
}

// foldInt records the value of a constant int expression and returns its
// type: int when it fits in 64 bits, a dynamic value otherwise. It
// returns nil when e is not a constant int expression.
func (c *checker) foldInt(e ast.Expr) *Type {
	v, ok := c.intConst(e)
	if !ok {
		return nil
	}
	c.info.IntConsts[e] = v
	if v.IsInt64() {
		return tInt
	}
	return tDynamic
}

// floatConstToInt folds int(f) of a float constant f (possibly negated)
// that is beyond 64 bits, so that int(1e20) is exact; nil otherwise.
func (c *checker) floatConstToInt(call, arg ast.Expr) *Type {
	neg := false
	if u, ok := arg.(*ast.UnaryOp); ok && (u.Op == "-" || u.Op == "+") {
		neg = u.Op == "-"
		arg = u.Operand
	}
	k, ok := arg.(*ast.Constant)
	if !ok || k.Kind != ast.ConstFloat {
		return nil
	}
	f, ok := k.Value.(float64)
	if !ok || math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) < 1<<63 {
		return nil
	}
	v, _ := new(big.Float).SetFloat64(f).Int(nil)
	if neg {
		v.Neg(v)
	}
	c.info.IntConsts[call] = v
	return tDynamic
}

// growsBeyond64 reports whether the int operation e, whose operands are
// constants or names bound once to constants (a = 123456789123456789),
// has a result beyond 64 bits: its type is then Dynamic and exact.
func (c *checker) growsBeyond64(e *ast.BinOp) bool {
	switch e.Op {
	case "+", "-", "*", "**", "<<":
	default:
		return false
	}
	v, ok := c.intValue(e, 4)
	return ok && !v.IsInt64()
}

// noteConstBinding records that the local name n is assigned value, for
// intValue; a name assigned more than once is never followed.
func (c *checker) noteConstBinding(n *ast.Name, value ast.Expr) {
	v := c.info.Uses[n]
	if v == nil || value == nil {
		return
	}
	if _, ok := c.intConst(value); ok {
		c.constBound[v] = value
	}
}

// powCall types pow(a, b) like a ** b, and pow(a, b, m) of ints.
func (c *checker) powCall(e *ast.Call, ts []*Type) *Type {
	if !c.wantArgs(e, "pow", 2, 3) {
		return tUnknown
	}
	for _, t := range ts {
		switch t.Kind {
		case Unknown:
			return tUnknown
		case Int, Float, Dynamic:
		default:
			c.errorf(e.Pos, "unsupported: pow() of %s", t)
			return tUnknown
		}
	}
	c.markRaises(e)
	if len(ts) == 3 {
		for _, t := range ts {
			if t.Kind != Int {
				c.errorf(e.Pos, "unsupported: pow() with a modulus of %s", t)
				return tUnknown
			}
		}
		return tInt
	}
	switch {
	case ts[0].Kind == Dynamic || ts[1].Kind == Dynamic:
		return tDynamic
	case ts[0].Kind == Float || ts[1].Kind == Float:
		return tFloat
	}
	if k, ok := c.intConst(e.Args[1]); ok {
		if k.Sign() < 0 {
			return tFloat
		}
		if v, ok := c.intValue(&ast.BinOp{Pos: e.Pos, Left: e.Args[0], Op: "**", Right: e.Args[1]}, 4); !ok || v.IsInt64() {
			return tInt
		}
	}
	return tDynamic
}

// boolInt rewrites a bool operand of arithmetic as int(x), which is what
// Python computes with.
func (c *checker) boolInt(x ast.Expr) ast.Expr {
	call := &ast.Call{Pos: x.Position(), Func: &ast.Name{Pos: x.Position(), ID: "int"}, Args: []ast.Expr{x}}
	c.expr(call)
	return call
}
