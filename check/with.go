package check

import "github.com/pyasync2go/pyasync2go/ast"

// nestWithItems rewrites "with a as x, b as y: body" as the nested
// statements it means: "with a as x: with b as y: body".
func nestWithItems(s *ast.With) {
	if len(s.Items) < 2 {
		return
	}
	inner := &ast.With{Pos: s.Pos, Items: s.Items[1:], Body: s.Body, IsAsync: s.IsAsync}
	s.Items = s.Items[:1]
	s.Body = []ast.Stmt{inner}
}

// ContextMethods returns the enter and exit methods a with statement
// calls on an instance of ci (__aenter__ and __aexit__ for async with),
// or nils when the class lacks one.
func ContextMethods(ci *ClassInfo, async bool) (enter, exit *Func) {
	if async {
		return ci.Method("__aenter__"), ci.Method("__aexit__")
	}
	return ci.Method("__enter__"), ci.Method("__exit__")
}

// userWith types a with statement on an instance of a user class: its
// enter method's result is bound by "as", and its exit method receives
// the exception class, the exception and None for the traceback.
func (c *checker) userWith(s *ast.With) bool {
	it := s.Items[0]
	t := c.expr(it.ContextExpr)
	if t.Kind != Instance {
		return false
	}
	if s.IsAsync && !c.fn.Async {
		c.errorf(s.Pos, "'async with' outside async function")
	}
	enter, exit := ContextMethods(t.Class, s.IsAsync)
	if enter == nil || exit == nil || len(enter.Params) != 1 || len(exit.Params) != 4 || enter.Async != s.IsAsync || exit.Async != s.IsAsync {
		what := "the context manager protocol"
		if s.IsAsync {
			what = "the asynchronous context manager protocol"
		}
		c.errorf(it.ContextExpr.Position(), "'%s' object does not support %s", t.Class.Name, what)
		c.stmts(s.Body)
		return true
	}
	enter.Called, exit.Called = true, true
	c.setType(&exit.Params[1].Type, &Type{Kind: Class, Class: c.builtins["BaseException"].Type.Class})
	c.setType(&exit.Params[2].Type, tExc)
	c.setType(&exit.Params[3].Type, tNone)
	if it.OptionalVars != nil {
		c.assign(it.OptionalVars, orUnknown(enter.Result), nil)
	}
	if r := exit.Result; r != nil && r.Kind != Bool && r.Kind != None && r.Kind != Unknown {
		c.errorf(exit.Def.Pos, "unsupported: %s returning %s (return a bool)", exit.Name, r)
	}
	c.fnRaises()
	c.tryDepth++
	saved := c.loops
	c.loops = 0
	c.stmts(s.Body)
	c.loops = saved
	c.tryDepth--
	return true
}
