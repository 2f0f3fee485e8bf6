package check

import "github.com/pyasync2go/pyasync2go/ast"

// sizeChecked marks a loop over a dict or set variable (or d.items())
// whose body adds or removes entries of that same variable: CPython raises
// RuntimeError when the iteration resumes after such a change.
func (c *checker) sizeChecked(s *ast.For, it *Type) {
	iter := s.Iter
	if call, ok := iter.(*ast.Call); ok && len(call.Args) == 0 {
		if a, ok := call.Func.(*ast.Attribute); ok && a.Attr == "items" && c.info.TypeOf(a.Value).Kind == Dict {
			iter, it = a.Value, c.info.TypeOf(a.Value)
		}
	}
	n, ok := iter.(*ast.Name)
	if !ok || (it.Kind != Dict && it.Kind != Set) {
		return
	}
	v := c.info.Uses[n]
	if v == nil || !resizes(c.info, s.Body, v) {
		return
	}
	c.info.SizeChecked[s] = true
	c.fnRaises()
}

var resizingMethods = map[string]bool{"pop": true, "popitem": true, "setdefault": true,
	"update": true, "clear": true, "add": true, "discard": true, "remove": true}

// resizes reports whether body stores into, deletes from or calls a
// resizing method of the variable v.
func resizes(info *Info, body []ast.Stmt, v *Var) bool {
	is := func(e ast.Expr) bool {
		n, ok := e.(*ast.Name)
		return ok && info.Uses[n] == v
	}
	found := false
	walkStmts(body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.Assign:
			for _, t := range s.Targets {
				if sub, ok := t.(*ast.Subscript); ok && is(sub.Value) {
					found = true
				}
			}
		case *ast.Delete:
			for _, t := range s.Targets {
				if sub, ok := t.(*ast.Subscript); ok && is(sub.Value) {
					found = true
				}
			}
		}
		for _, e := range stmtExprs(s) {
			inspectExpr(e, func(x ast.Expr) bool {
				if call, ok := x.(*ast.Call); ok {
					if a, ok := call.Func.(*ast.Attribute); ok && resizingMethods[a.Attr] && is(a.Value) {
						found = true
					}
				}
				return !found
			})
		}
	})
	return found
}
