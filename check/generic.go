package check

import "github.com/pyasync2go/pyasync2go/ast"

// Generic callbacks.
//
// A helper such as
//
//	def attempt(label, fn):
//	    print(label, fn())
//
// called with lambdas that return values of different types would give
// the lambdas one Go func type whose result is a dynamic value. When the
// lambdas meet nowhere but that parameter, and the helper only calls it
// to print, format or discard the result, the helper becomes a Go generic
// function instead: func attempt[T any](label string, fn func() (T, error)),
// and each lambda keeps its own static result type.

// genericSites indexes, once, where lambdas and callees stand in the
// program.
type genericSites struct {
	arg    map[*ast.Lambda]lambdaSite // lambdas passed as positional arguments
	callee map[*ast.Name]bool         // names called directly
	shown  map[*ast.Name]bool         // names called for a value only printed, formatted or discarded
}

type lambdaSite struct {
	call  *ast.Call
	index int
}

func (c *checker) sites() *genericSites {
	if c.genericSites != nil {
		return c.genericSites
	}
	s := &genericSites{arg: map[*ast.Lambda]lambdaSite{}, callee: map[*ast.Name]bool{}, shown: map[*ast.Name]bool{}}
	shownCall := func(e ast.Expr) {
		if call, ok := e.(*ast.Call); ok && len(call.Keywords) == 0 {
			if n, ok := call.Func.(*ast.Name); ok && !hasStarred(call.Args) {
				s.shown[n] = true
			}
		}
	}
	var stmts func(body []ast.Stmt)
	stmts = func(body []ast.Stmt) {
		walkStmts(body, func(st ast.Stmt) {
			switch st := st.(type) {
			case *ast.FunctionDef:
				stmts(st.Body)
			case *ast.ClassDef:
				stmts(st.Body)
			case *ast.ExprStmt:
				shownCall(st.Value)
			}
			for _, e := range stmtExprs(st) {
				inspectExpr(e, func(x ast.Expr) bool {
					switch x := x.(type) {
					case *ast.Call:
						if n, ok := x.Func.(*ast.Name); ok {
							s.callee[n] = true
							if n.ID == "print" || n.ID == "str" || n.ID == "repr" {
								for _, a := range x.Args {
									shownCall(a)
								}
							}
						}
						for i, a := range x.Args {
							if l, ok := a.(*ast.Lambda); ok {
								s.arg[l] = lambdaSite{x, i}
							}
						}
					case *ast.FormattedValue:
						shownCall(x.Value)
					}
					return true
				})
			}
		})
	}
	stmts(c.moduleBody)
	c.genericSites = s
	return s
}

// makeGeneric reports whether g can be a generic callback group, and
// marks it one. The decision is made on the shape of the program, before
// the members' results are known; a member found to return None (no Go
// value for the type parameter) ends it for good.
func (c *checker) makeGeneric(g *FuncGroup) bool {
	if g.notGeneric {
		return false
	}
	ok := c.genericShape(g)
	g.Generic = ok
	if !ok {
		g.notGeneric = true
	}
	return ok
}

// Mixed reports whether the members of a generic group return values of
// different types: only then is the owner a Go generic function.
func (g *FuncGroup) Mixed() bool {
	if !g.Generic {
		return false
	}
	var first *Type
	for _, m := range g.Funcs {
		if m.Result == nil || m.Result.Kind == Unknown {
			continue
		}
		if first == nil {
			first = m.Result
		} else if !m.Result.Equal(first) {
			return true
		}
	}
	return false
}

func (c *checker) genericShape(g *FuncGroup) bool {
	if c.opts.REPL {
		return false
	}
	s := c.sites()
	var owner *Func
	index := -1
	for _, m := range g.Funcs {
		if m.Lambda == nil {
			return false
		}
		site, ok := s.arg[m.Lambda]
		if !ok {
			return false
		}
		n, ok := site.call.Func.(*ast.Name)
		if !ok {
			return false
		}
		v := c.info.Uses[n]
		if v == nil || v.Kind != FuncVar || v.Type.Kind != Callable {
			return false
		}
		f := v.Type.Fn
		if owner != nil && (f != owner || site.index != index) {
			return false
		}
		owner, index = f, site.index
	}
	if owner == nil || owner.Def == nil || owner.Lambda != nil || owner.Parent != nil && !owner.Parent.IsModule() || owner.Class != nil || owner.Async || owner.Generator ||
		owner.Group != nil || owner.VarArg != nil || owner.KwArg != nil || index >= len(owner.Params) || Dropped(owner, owner.Params[index]) {
		return false
	}
	p := owner.Params[index]
	for n, v := range c.info.Uses {
		switch {
		case v == p && !s.shown[n]:
			return false // the callback is used otherwise
		case v.Kind == FuncVar && v.Type.Kind == Callable && v.Type.Fn == owner && !s.callee[n]:
			return false // the helper is used as a value
		}
	}
	if p.Writes > 0 {
		return false
	}
	g.Owner, g.Param = owner, p
	return true
}
