package check

import "github.com/pyasync2go/pyasync2go/ast"

// growsByRecursion reports whether e multiplies (or shifts, or raises to
// a power) the result of a recursive call of the current function, as in
// "return n * fact(n - 1)": such results grow beyond 64 bits, so they are
// exact dynamic ints.
func (c *checker) growsByRecursion(e *ast.BinOp) bool {
	switch e.Op {
	case "*", "<<", "**":
	default:
		return false
	}
	return c.isRecursiveCall(e.Left) || c.isRecursiveCall(e.Right)
}

func (c *checker) isRecursiveCall(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || c.fn == nil || c.fn.IsModule() {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	if !ok {
		return false
	}
	v := c.info.Uses[n]
	return v != nil && v.Type != nil && v.Type.Kind == Callable && v.Type.Fn == c.fn
}

// callsSelf reports whether e calls the current function, by name or, in
// a method, as a method of an instance of its class: "self.value +
// sum(c.total() for c in self.children)".
func (c *checker) callsSelf(e ast.Expr) bool {
	if c.fn == nil || c.fn.IsModule() {
		return false
	}
	found := false
	inspectExpr(e, func(x ast.Expr) bool {
		call, ok := x.(*ast.Call)
		if !ok || found {
			return !found
		}
		switch fn := call.Func.(type) {
		case *ast.Name:
			found = c.isRecursiveCall(call)
		case *ast.Attribute:
			t := c.info.TypeOf(fn.Value)
			found = t != nil && t.Kind == Instance && t.Class != nil && t.Class.Methods[fn.Attr] == c.fn
		}
		return !found
	})
	return found
}

// recursiveOperands types "known op recursive(...)" while the recursive
// call's result is still unknown: the result is taken to be the other
// operand's type, and the fixpoint confirms it (a result of a different
// type joins into a dynamic one). Without this, a recursive function
// without a base-case return, such as a tree's total, has no result type.
func (c *checker) recursiveOperands(e *ast.BinOp, l, r *Type) (*Type, *Type) {
	guess := func(t *Type) bool {
		switch t.Kind {
		case Int, Float, Str, List:
			return true
		}
		return false
	}
	switch {
	case l.Kind == Unknown && guess(r) && c.callsSelf(e.Left):
		return r, r
	case r.Kind == Unknown && guess(l) && c.callsSelf(e.Right):
		return l, l
	}
	return l, r
}
