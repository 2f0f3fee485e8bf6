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
