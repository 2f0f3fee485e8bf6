package check

import (
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
)

// compileErrors finds what CPython's compiler rejects before running
// anything (its symtable and compiler SyntaxErrors): statements outside
// the construct they need, and global/nonlocal declarations that cannot
// hold. When there are any, they are all the checker reports, as CPython
// stops there too.
//
// topAwait allows await, async for and async with at module level, as
// an interactive session does (PyCF_ALLOW_TOP_LEVEL_AWAIT).
func compileErrors(mod *ast.Module, topAwait bool) diag.List {
	p := &compilePass{file: mod.Filename}
	p.scope(&compileScope{kind: scopeModule, async: topAwait}, mod.Body, nil)
	p.errs.Sort()
	return p.errs
}

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunc
)

type compileScope struct {
	kind     scopeKind
	async    bool
	gen      bool // the function contains yield
	parent   *compileScope
	bound    map[string]bool // names bound in the scope (assigned, params, defs)
	params   map[string]bool
	used     map[string]bool // names read or bound so far, in order of the source
	assigned map[string]bool // names bound so far
	declared map[string]bool // global or nonlocal
}

type compilePass struct {
	file string
	errs diag.List
}

func (p *compilePass) errorf(pos ast.Pos, format string, args ...any) {
	p.errs.Add(p.file, pos, format, args...)
}

func newScope(kind scopeKind, parent *compileScope) *compileScope {
	return &compileScope{kind: kind, parent: parent, bound: map[string]bool{}, params: map[string]bool{},
		used: map[string]bool{}, assigned: map[string]bool{}, declared: map[string]bool{}}
}

// scope checks the body of a module, class or function.
func (p *compilePass) scope(s *compileScope, body []ast.Stmt, fn *ast.FunctionDef) {
	if s.bound == nil {
		async := s.async
		*s = *newScope(s.kind, s.parent)
		s.async = async
	}
	collectBindings(body, s.bound)
	if fn != nil {
		s.gen = containsYield(body)
	}
	p.stmts(s, body, false, fn)
}

func (p *compilePass) stmts(s *compileScope, body []ast.Stmt, inLoop bool, fn *ast.FunctionDef) {
	for _, st := range body {
		p.stmt(s, st, inLoop, fn)
	}
}

func (p *compilePass) stmt(s *compileScope, st ast.Stmt, inLoop bool, fn *ast.FunctionDef) {
	switch st := st.(type) {
	case *ast.FunctionDef:
		for _, d := range st.DecoratorList {
			p.expr(s, d)
		}
		p.defaults(s, st.Args)
		s.assigned[st.Name], s.used[st.Name] = true, true
		inner := newScope(scopeFunc, s)
		inner.async = st.IsAsync
		for _, a := range allArgs(st.Args) {
			inner.params[a.Name] = true
			inner.bound[a.Name] = true
			inner.assigned[a.Name] = true
		}
		p.scope(inner, st.Body, st)
	case *ast.ClassDef:
		for _, b := range st.Bases {
			p.expr(s, b)
		}
		s.assigned[st.Name], s.used[st.Name] = true, true
		p.scope(newScope(scopeClass, s), st.Body, nil)
	case *ast.Return:
		if s.kind != scopeFunc {
			p.errorf(st.Pos, "'return' outside function")
		} else if st.Value != nil && s.async && s.gen {
			p.errorf(st.Pos, "'return' with value in async generator")
		}
		p.expr(s, st.Value)
	case *ast.Break:
		if !inLoop {
			p.errorf(st.Pos, "'break' outside loop")
		}
	case *ast.Continue:
		if !inLoop {
			p.errorf(st.Pos, "'continue' not properly in loop")
		}
	case *ast.For:
		if st.IsAsync && !s.async {
			p.errorf(st.Pos, "'async for' outside async function")
		}
		p.expr(s, st.Iter)
		p.target(s, st.Target)
		p.stmts(s, st.Body, true, fn)
		p.stmts(s, st.OrElse, inLoop, fn)
	case *ast.While:
		p.expr(s, st.Test)
		p.stmts(s, st.Body, true, fn)
		p.stmts(s, st.OrElse, inLoop, fn)
	case *ast.If:
		p.expr(s, st.Test)
		p.stmts(s, st.Body, inLoop, fn)
		p.stmts(s, st.OrElse, inLoop, fn)
	case *ast.With:
		if st.IsAsync && !s.async {
			p.errorf(st.Pos, "'async with' outside async function")
		}
		for _, it := range st.Items {
			p.expr(s, it.ContextExpr)
			if it.OptionalVars != nil {
				p.target(s, it.OptionalVars)
			}
		}
		p.stmts(s, st.Body, inLoop, fn)
	case *ast.Try:
		p.stmts(s, st.Body, inLoop, fn)
		for _, h := range st.Handlers {
			p.expr(s, h.Type)
			if h.Name != "" {
				s.assigned[h.Name], s.used[h.Name] = true, true
			}
			p.stmts(s, h.Body, inLoop, fn)
		}
		p.stmts(s, st.OrElse, inLoop, fn)
		p.stmts(s, st.FinalBody, inLoop, fn)
	case *ast.Global:
		for _, name := range st.Names {
			switch {
			case s.params[name]:
				p.errorf(st.Pos, "name '%s' is parameter and global", name)
			case s.assigned[name] && !s.declared[name]:
				p.errorf(st.Pos, "name '%s' is assigned to before global declaration", name)
			case s.used[name] && !s.declared[name]:
				p.errorf(st.Pos, "name '%s' is used prior to global declaration", name)
			}
			s.declared[name] = true
		}
	case *ast.Nonlocal:
		for _, name := range st.Names {
			switch {
			case s.kind == scopeModule && s.assigned[name]:
				p.errorf(st.Pos, "name '%s' is assigned to before nonlocal declaration", name)
			case s.kind == scopeModule:
				p.errorf(st.Pos, "nonlocal declaration not allowed at module level")
			case s.params[name]:
				p.errorf(st.Pos, "name '%s' is parameter and nonlocal", name)
			case s.assigned[name] && !s.declared[name]:
				p.errorf(st.Pos, "name '%s' is assigned to before nonlocal declaration", name)
			case s.used[name] && !s.declared[name]:
				p.errorf(st.Pos, "name '%s' is used prior to nonlocal declaration", name)
			case !enclosingBinds(s.parent, name):
				p.errorf(st.Pos, "no binding for nonlocal '%s' found", name)
			}
			s.declared[name] = true
		}
	case *ast.ImportFrom:
		for _, a := range st.Names {
			if a.Name == "*" && s.kind != scopeModule {
				p.errorf(st.Pos, "import * only allowed at module level")
			}
			if st.Module == "__future__" && a.Name == "braces" {
				p.errorf(st.Pos, "not a chance")
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			s.assigned[name], s.used[name] = true, true
		}
	case *ast.Import:
		for _, a := range st.Names {
			s.assigned[a.Name], s.used[a.Name] = true, true
		}
	case *ast.Assign:
		p.expr(s, st.Value)
		for _, t := range st.Targets {
			p.target(s, t)
		}
	case *ast.AugAssign:
		p.expr(s, st.Value)
		p.expr(s, st.Target)
		p.target(s, st.Target)
	case *ast.AnnAssign:
		p.expr(s, st.Value)
		p.target(s, st.Target)
	case *ast.Delete:
		for _, t := range st.Targets {
			p.target(s, t)
		}
	case *ast.ExprStmt:
		p.expr(s, st.Value)
	case *ast.Raise:
		p.expr(s, st.Exc)
		p.expr(s, st.Cause)
	case *ast.Assert:
		p.expr(s, st.Test)
		p.expr(s, st.Msg)
	}
}

func (p *compilePass) defaults(s *compileScope, a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		p.expr(s, d)
	}
	for _, d := range a.KwDefaults {
		p.expr(s, d)
	}
}

// target records the names an assignment target binds.
func (p *compilePass) target(s *compileScope, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		s.assigned[e.ID], s.used[e.ID] = true, true
	case *ast.Tuple:
		for _, x := range e.Elts {
			p.target(s, x)
		}
	case *ast.List:
		for _, x := range e.Elts {
			p.target(s, x)
		}
	case *ast.Starred:
		p.target(s, e.Value)
	default:
		p.expr(s, e)
	}
}

// expr checks an expression: yield and await placement, asynchronous
// comprehensions, and the names it reads.
func (p *compilePass) expr(s *compileScope, e ast.Expr) {
	if e == nil {
		return
	}
	inspectExpr(e, func(x ast.Expr) bool {
		switch x := x.(type) {
		case *ast.Name:
			s.used[x.ID] = true
		case *ast.NamedExpr:
			s.assigned[x.Target.ID], s.used[x.Target.ID] = true, true
		case *ast.Yield:
			if s.kind != scopeFunc {
				p.errorf(x.Pos, "'yield' outside function")
			}
		case *ast.Lambda:
			return false
		case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			for _, g := range ast.Clauses(x) {
				if g.IsAsync && !(s.kind == scopeFunc && s.async) {
					p.errorf(x.Position(), "asynchronous comprehension outside of an asynchronous function")
				}
			}
		}
		return true
	})
}

func enclosingBinds(s *compileScope, name string) bool {
	for ; s != nil; s = s.parent {
		if s.kind == scopeFunc && s.bound[name] && !s.declared[name] {
			return true
		}
	}
	return false
}

func allArgs(a *ast.Arguments) []*ast.Arg {
	if a == nil {
		return nil
	}
	out := append([]*ast.Arg{}, a.PosOnlyArgs...)
	out = append(out, a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.KwOnlyArgs...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

// collectBindings adds the names a body binds (not inside nested scopes).
func collectBindings(body []ast.Stmt, bound map[string]bool) {
	for _, st := range body {
		eachTarget(st, func(n *ast.Name) { bound[n.ID] = true })
		switch st := st.(type) {
		case *ast.FunctionDef:
			bound[st.Name] = true
		case *ast.ClassDef:
			bound[st.Name] = true
		case *ast.For:
			collectBindings(st.Body, bound)
			collectBindings(st.OrElse, bound)
		case *ast.While:
			collectBindings(st.Body, bound)
			collectBindings(st.OrElse, bound)
		case *ast.If:
			collectBindings(st.Body, bound)
			collectBindings(st.OrElse, bound)
		case *ast.With:
			collectBindings(st.Body, bound)
		case *ast.Try:
			collectBindings(st.Body, bound)
			for _, h := range st.Handlers {
				if h.Name != "" {
					bound[h.Name] = true
				}
				collectBindings(h.Body, bound)
			}
			collectBindings(st.OrElse, bound)
			collectBindings(st.FinalBody, bound)
		case *ast.Import:
			for _, a := range st.Names {
				bound[a.Name] = true
			}
		case *ast.ImportFrom:
			for _, a := range st.Names {
				if a.AsName != "" {
					bound[a.AsName] = true
				} else {
					bound[a.Name] = true
				}
			}
		}
	}
}

// containsYield reports whether a function body yields (not counting
// nested functions and lambdas).
func containsYield(body []ast.Stmt) bool {
	found := false
	walkStmts(body, func(st ast.Stmt) {
		for _, e := range stmtExprs(st) {
			inspectExpr(e, func(x ast.Expr) bool {
				switch x.(type) {
				case *ast.Yield:
					found = true
				case *ast.Lambda:
					return false
				}
				return !found
			})
		}
	})
	return found
}

// stmtExprs returns the expressions a statement holds directly.
func stmtExprs(st ast.Stmt) []ast.Expr {
	switch st := st.(type) {
	case *ast.ExprStmt:
		return []ast.Expr{st.Value}
	case *ast.Assign:
		return append([]ast.Expr{st.Value}, st.Targets...)
	case *ast.AugAssign:
		return []ast.Expr{st.Target, st.Value}
	case *ast.AnnAssign:
		return []ast.Expr{st.Target, st.Value}
	case *ast.Return:
		return []ast.Expr{st.Value}
	case *ast.If:
		return []ast.Expr{st.Test}
	case *ast.While:
		return []ast.Expr{st.Test}
	case *ast.For:
		return []ast.Expr{st.Target, st.Iter}
	case *ast.With:
		var out []ast.Expr
		for _, it := range st.Items {
			out = append(out, it.ContextExpr, it.OptionalVars)
		}
		return out
	case *ast.Raise:
		return []ast.Expr{st.Exc, st.Cause}
	case *ast.Assert:
		return []ast.Expr{st.Test, st.Msg}
	case *ast.Delete:
		return st.Targets
	}
	return nil
}

// inspectExpr calls fn for e and, while fn returns true, its
// subexpressions, depth first.
func inspectExpr(e ast.Expr, fn func(ast.Expr) bool) {
	if e == nil || !fn(e) {
		return
	}
	each := func(list ...ast.Expr) {
		for _, x := range list {
			inspectExpr(x, fn)
		}
	}
	comps := func(gens []*ast.Comprehension) {
		for _, g := range gens {
			each(g.Target, g.Iter)
			each(g.Ifs...)
		}
	}
	switch e := e.(type) {
	case *ast.JoinedStr:
		each(e.Values...)
	case *ast.FormattedValue:
		each(e.Value)
		if e.FormatSpec != nil {
			each(e.FormatSpec)
		}
	case *ast.BinOp:
		each(e.Left, e.Right)
	case *ast.UnaryOp:
		each(e.Operand)
	case *ast.BoolOp:
		each(e.Values...)
	case *ast.Compare:
		each(e.Left)
		each(e.Comparators...)
	case *ast.Call:
		each(e.Func)
		each(e.Args...)
		for _, k := range e.Keywords {
			each(k.Value)
		}
	case *ast.Attribute:
		each(e.Value)
	case *ast.Subscript:
		each(e.Value, e.Slice)
	case *ast.Slice:
		each(e.Lower, e.Upper, e.Step)
	case *ast.Starred:
		each(e.Value)
	case *ast.List:
		each(e.Elts...)
	case *ast.Tuple:
		each(e.Elts...)
	case *ast.Set:
		each(e.Elts...)
	case *ast.Dict:
		each(e.Keys...)
		each(e.Values...)
	case *ast.ListComp:
		each(e.Elt)
		comps(e.Generators)
	case *ast.SetComp:
		each(e.Elt)
		comps(e.Generators)
	case *ast.GeneratorExp:
		each(e.Elt)
		comps(e.Generators)
	case *ast.DictComp:
		each(e.Key, e.Value)
		comps(e.Generators)
	case *ast.Lambda:
		each(e.Body)
	case *ast.IfExp:
		each(e.Test, e.Body, e.OrElse)
	case *ast.Await:
		each(e.Value)
	case *ast.Yield:
		each(e.Value)
	case *ast.NamedExpr:
		each(e.Value)
	}
}
