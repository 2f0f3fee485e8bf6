package grammar

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
)

// converter turns the parse tree into an ast.Module, one small function
// per production, reporting what CPython rejects after parsing.
type converter struct {
	file   string
	src    []byte
	errs   diag.List
	fdepth int // nesting of f-string format specs
	// async holds, for each function, lambda and class body around the
	// node being converted, whether it is an async def.
	async []bool
}

func pos(p lexer.Position) ast.Pos { return ast.Pos{Line: p.Line, Col: p.Column} }

func (c *converter) errorf(p ast.Pos, format string, args ...any) {
	c.errs.Add(c.file, p, format, args...)
	c.errs[len(c.errs)-1].Source = sourceLine(c.src, p.Line)
}

// ---- statements ----

func (c *converter) module(m *pModule) *ast.Module {
	mod := &ast.Module{Filename: c.file}
	for _, s := range m.Stmts {
		mod.Body = append(mod.Body, c.stmt(s)...)
	}
	return mod
}

func (c *converter) stmts(ss []*pStmt) []ast.Stmt {
	var out []ast.Stmt
	for _, s := range ss {
		out = append(out, c.stmt(s)...)
	}
	return out
}

func (c *converter) block(b *pBlock) []ast.Stmt {
	if b == nil {
		return nil
	}
	if b.Simple != nil {
		return c.simpleLine(b.Simple)
	}
	return c.stmts(b.Stmts)
}

func (c *converter) stmt(s *pStmt) []ast.Stmt {
	switch {
	case s.If != nil:
		return []ast.Stmt{c.ifStmt(s.If)}
	case s.While != nil:
		w := s.While
		return []ast.Stmt{&ast.While{Pos: pos(w.Pos), Test: c.namedExpr(w.Test), Body: c.block(w.Body), OrElse: c.block(w.Else)}}
	case s.For != nil:
		return []ast.Stmt{c.forStmt(s.For)}
	case s.Try != nil:
		return []ast.Stmt{c.tryStmt(s.Try)}
	case s.With != nil:
		return []ast.Stmt{c.withStmt(s.With)}
	case s.Def != nil:
		return []ast.Stmt{c.funcDef(s.Def, nil)}
	case s.Class != nil:
		return []ast.Stmt{c.classDef(s.Class, nil)}
	case s.Decorated != nil:
		return []ast.Stmt{c.decorated(s.Decorated)}
	case s.Simple != nil:
		return c.simpleLine(s.Simple)
	}
	return nil
}

func (c *converter) ifStmt(n *pIf) ast.Stmt {
	top := &ast.If{Pos: pos(n.Pos), Test: c.namedExpr(n.Test), Body: c.block(n.Body)}
	cur := top
	for _, e := range n.Elifs {
		next := &ast.If{Pos: pos(e.Pos), Test: c.namedExpr(e.Test), Body: c.block(e.Body)}
		cur.OrElse = []ast.Stmt{next}
		cur = next
	}
	cur.OrElse = c.block(n.Else)
	return top
}

func (c *converter) forStmt(n *pFor) ast.Stmt {
	return &ast.For{
		Pos:     pos(n.Pos),
		Target:  c.targets(n.Target, "assign to"),
		Iter:    c.starExprs(n.Iter),
		Body:    c.block(n.Body),
		OrElse:  c.block(n.Else),
		IsAsync: n.Async,
	}
}

func (c *converter) tryStmt(n *pTry) ast.Stmt {
	t := &ast.Try{Pos: pos(n.Pos), Body: c.block(n.Body), OrElse: c.block(n.Else), FinalBody: c.block(n.Finally)}
	plain := false
	for _, h := range n.Handlers {
		if h.Star {
			t.IsStar = true
		} else {
			plain = true
		}
		t.Handlers = append(t.Handlers, c.handler(h))
	}
	if t.IsStar && plain {
		for _, h := range n.Handlers {
			if h.Star != n.Handlers[0].Star {
				c.errorf(pos(h.Pos), "cannot have both 'except' and 'except*' on the same 'try'")
				break
			}
		}
	}
	for i, h := range n.Handlers {
		if len(h.Types) == 0 && i < len(n.Handlers)-1 {
			c.errorf(pos(h.Pos), "default 'except:' must be last")
		}
		if len(h.Types) == 0 && h.Star {
			c.errorf(pos(h.Pos), "expected one or more exception types")
		}
	}
	return t
}

func (c *converter) handler(h *pExcept) *ast.ExceptHandler {
	eh := &ast.ExceptHandler{Pos: pos(h.Pos), Body: c.block(h.Body)}
	if len(h.Types) > 1 {
		c.errorf(pos(h.Types[0].Pos), "multiple exception types must be parenthesized")
	}
	if len(h.Types) > 0 {
		eh.Type = c.expr(h.Types[0])
	}
	if h.As != nil {
		eh.Name = h.As.Name
	}
	return eh
}

func (c *converter) withStmt(n *pWith) ast.Stmt {
	w := &ast.With{Pos: pos(n.Pos), IsAsync: n.Async, Body: c.block(n.Body)}
	if len(n.Items) == 1 && n.Items[0].As == nil {
		if p := bareParen(n.Items[0].X); p != nil && p.Yield == nil && p.First != nil && len(p.Comp) == 0 &&
			(len(p.Rest) > 0 || p.Comma || p.First.As != nil) {
			// with (a as b, c as d): parenthesized with-items.
			for _, it := range append([]*pItem{p.First}, p.Rest...) {
				w.Items = append(w.Items, c.parenWithItem(it))
			}
			return w
		}
	}
	for _, it := range n.Items {
		wi := &ast.WithItem{ContextExpr: c.expr(it.X)}
		if it.As != nil {
			wi.OptionalVars = c.target(c.primary(it.As), "assign to")
		}
		w.Items = append(w.Items, wi)
	}
	return w
}

func (c *converter) parenWithItem(it *pItem) *ast.WithItem {
	wi := &ast.WithItem{}
	if it.Star != nil {
		wi.ContextExpr = &ast.Starred{Pos: pos(it.Pos), Value: c.opExpr(it.Star)}
		c.errorf(pos(it.Pos), "can't use starred expression here")
	} else {
		wi.ContextExpr = c.namedExpr(it.X)
	}
	if it.As != nil {
		wi.OptionalVars = c.target(c.primary(it.As), "assign to")
	}
	return wi
}

// bareParen returns the parenthesized atom that forms all of e, or nil.
func bareParen(e *pExpr) *pParen {
	if e == nil || e.Body == nil || e.Test != nil || len(e.Body.Tail) > 0 {
		return nil
	}
	o := e.Body.Head
	if len(o.Prefix) > 0 || len(o.X.Trailers) > 0 {
		return nil
	}
	return o.X.Atom.Paren
}

func (c *converter) decorated(d *pDecorated) ast.Stmt {
	var decs []ast.Expr
	for _, e := range d.Decorators {
		decs = append(decs, c.namedExpr(e))
	}
	if d.Def != nil {
		return c.funcDef(d.Def, decs)
	}
	return c.classDef(d.Class, decs)
}

func (c *converter) funcDef(f *pFuncDef, decs []ast.Expr) ast.Stmt {
	c.async = append(c.async, f.Async)
	defer func() { c.async = c.async[:len(c.async)-1] }()
	fd := &ast.FunctionDef{
		Pos:           pos(f.Pos),
		Name:          f.Name.Name,
		IsAsync:       f.Async,
		DecoratorList: decs,
		Args:          c.params(f.Params, nil),
		Body:          c.block(f.Body),
	}
	if f.Returns != nil {
		fd.Returns = c.expr(f.Returns)
	}
	return fd
}

// param is the common shape of function and lambda parameters.
type param struct {
	pos      ast.Pos
	slash    bool
	star     bool
	kwargs   bool
	name     *pNameTok
	ann      *pExpr
	annStar  *pStarTok // "*args: *Ts"
	dflt     *pExpr
	starName *pNameTok
}

func (c *converter) params(ps []*pParam, lps []*pLambdaParam) *ast.Arguments {
	var all []param
	for _, p := range ps {
		q := param{pos: pos(p.Pos), slash: p.Slash, star: p.Star, name: p.Name, ann: p.Ann, dflt: p.Default}
		if p.KwName != nil {
			q.kwargs, q.name, q.ann = true, p.KwName, p.KwAnn
		}
		if p.Star && p.StarName != nil {
			q.name, q.ann, q.annStar = p.StarName, p.StarAnn, p.StarStar
		}
		all = append(all, q)
	}
	for _, p := range lps {
		q := param{pos: pos(p.Pos), slash: p.Slash, star: p.Star, name: p.Name, dflt: p.Default}
		if p.KwName != nil {
			q.kwargs, q.name = true, p.KwName
		}
		if p.Star {
			q.name = p.StarName
		}
		all = append(all, q)
	}
	return c.arguments(all)
}

func (c *converter) arg(n *pNameTok, ann *pExpr) *ast.Arg {
	a := &ast.Arg{Pos: pos(n.Pos), Name: n.Name}
	if ann != nil {
		a.Annotation = c.expr(ann)
	}
	return a
}

// arguments lays out parameters as ast.Arguments, with CPython's checks.
func (c *converter) arguments(ps []param) *ast.Arguments {
	args := &ast.Arguments{}
	seenSlash, seenStar, seenDefault := false, false, false
	seen := map[string]bool{}
	for i, p := range ps {
		if args.Kwarg != nil {
			c.errorf(p.pos, "arguments cannot follow var-keyword argument")
			break
		}
		switch {
		case p.slash:
			switch {
			case seenSlash:
				c.errorf(p.pos, "/ may appear only once")
			case seenStar:
				c.errorf(p.pos, "/ must be ahead of *")
			case len(args.Args) == 0:
				c.errorf(p.pos, "invalid syntax")
			}
			seenSlash = true
			args.PosOnlyArgs, args.Args = args.Args, nil
			continue
		case p.star:
			if seenStar {
				c.errorf(p.pos, "* argument may appear only once")
			}
			seenStar = true
			if p.name != nil {
				args.Vararg = c.arg(p.name, p.ann)
				if p.annStar != nil {
					args.Vararg.Annotation = &ast.Starred{Pos: pos(p.annStar.Pos), Value: args.Vararg.Annotation}
				}
			} else {
				if i == len(ps)-1 || ps[i+1].kwargs {
					c.errorf(p.pos, "named arguments must follow bare *")
				}
			}
			continue
		}
		if seen[p.name.Name] {
			c.errorf(pos(p.name.Pos), "duplicate argument '%s' in function definition", p.name.Name)
		}
		seen[p.name.Name] = true
		a := c.arg(p.name, p.ann)
		switch {
		case p.kwargs:
			args.Kwarg = a
		case seenStar:
			args.KwOnlyArgs = append(args.KwOnlyArgs, a)
			var d ast.Expr
			if p.dflt != nil {
				d = c.expr(p.dflt)
			}
			args.KwDefaults = append(args.KwDefaults, d)
		default:
			args.Args = append(args.Args, a)
			if p.dflt != nil {
				seenDefault = true
				args.Defaults = append(args.Defaults, c.expr(p.dflt))
			} else if seenDefault {
				c.errorf(p.pos, "non-default argument follows default argument")
			}
		}
	}
	return args
}

func (c *converter) classDef(n *pClassDef, decs []ast.Expr) ast.Stmt {
	c.async = append(c.async, false)
	defer func() { c.async = c.async[:len(c.async)-1] }()
	cd := &ast.ClassDef{Pos: pos(n.Pos), Name: n.Name.Name, DecoratorList: decs, Body: c.block(n.Body)}
	if n.Args != nil {
		cd.Bases, cd.Keywords = c.callArgs(n.Args, true)
	}
	return cd
}

func (c *converter) simpleLine(l *pSimpleLine) []ast.Stmt {
	var out []ast.Stmt
	for _, s := range l.Stmts {
		if st := c.simple(s); st != nil {
			out = append(out, st)
		}
	}
	return out
}

func (c *converter) simple(s *pSimple) ast.Stmt {
	p := pos(s.Pos)
	switch {
	case s.Pass:
		return &ast.Pass{Pos: p}
	case s.Break:
		return &ast.Break{Pos: p}
	case s.Continue:
		return &ast.Continue{Pos: p}
	case s.Return != nil:
		r := &ast.Return{Pos: p}
		if s.Return.Value != nil {
			r.Value = c.starExprs(s.Return.Value)
		}
		return r
	case s.Raise != nil:
		r := &ast.Raise{Pos: p}
		if s.Raise.Exc != nil {
			r.Exc = c.expr(s.Raise.Exc)
		}
		if s.Raise.Cause != nil {
			r.Cause = c.expr(s.Raise.Cause)
		}
		return r
	case s.Global != nil:
		return &ast.Global{Pos: p, Names: s.Global}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Pos: p, Names: s.Nonlocal}
	case s.Del != nil:
		d := &ast.Delete{Pos: p}
		for _, t := range s.Del.Targets.Items {
			d.Targets = append(d.Targets, c.target(c.starExpr(t), "delete"))
		}
		return d
	case s.Assert != nil:
		a := &ast.Assert{Pos: p, Test: c.expr(s.Assert.Test)}
		if s.Assert.Msg != nil {
			a.Msg = c.expr(s.Assert.Msg)
		}
		return a
	case s.Import != nil:
		im := &ast.Import{Pos: p}
		for _, d := range s.Import {
			al := &ast.Alias{Pos: pos(d.Pos), Name: strings.Join(d.Name, ".")}
			if d.As != nil {
				al.AsName = d.As.Name
			}
			im.Names = append(im.Names, al)
		}
		return im
	case s.From != nil:
		return c.fromImport(s.From, p)
	case s.Expr != nil:
		return c.exprStmt(s.Expr)
	}
	return nil
}

func (c *converter) fromImport(f *pFrom, p ast.Pos) ast.Stmt {
	im := &ast.ImportFrom{Pos: p, Module: strings.Join(f.Module, ".")}
	for _, d := range f.Dots {
		im.Level += len(d)
	}
	if f.Star != nil {
		im.Names = []*ast.Alias{{Pos: pos(f.Star.Pos), Name: "*"}}
		return im
	}
	names := f.Names
	if f.Paren != nil {
		names = f.Paren
	}
	for _, n := range names {
		al := &ast.Alias{Pos: pos(n.Pos), Name: n.Name}
		if n.As != nil {
			al.AsName = n.As.Name
		}
		im.Names = append(im.Names, al)
	}
	return im
}

func (c *converter) exprStmt(n *pExprStmt) ast.Stmt {
	p := pos(n.Pos)
	first := c.rhs(n.First)
	switch {
	case n.Annot != nil:
		a := &ast.AnnAssign{Pos: p, Target: first, Annotation: c.expr(n.Annot)}
		switch t := first.(type) {
		case *ast.Name:
			a.Simple = !rhsParenthesized(n.First)
		case *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			c.errorf(t.Pos, "only single target (not tuple) can be annotated")
		case *ast.List:
			c.errorf(t.Pos, "only single target (not list) can be annotated")
		default:
			c.errorf(first.Position(), "illegal target for annotation")
		}
		if n.AnnValue != nil {
			a.Value = c.rhs(n.AnnValue)
		}
		return a
	case n.AugOp != "":
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			c.errorf(first.Position(), "'%s' is an illegal expression for augmented assignment", exprName(first))
		}
		return &ast.AugAssign{Pos: p, Target: first, Op: strings.TrimSuffix(string(n.AugOp), "="), Value: c.rhs(n.AugValue)}
	case len(n.Assigns) > 0:
		a := &ast.Assign{Pos: p}
		all := []ast.Expr{first}
		for _, r := range n.Assigns {
			all = append(all, c.rhs(r))
		}
		a.Value = all[len(all)-1]
		c.noStarred(a.Value)
		for i, t := range all[:len(all)-1] {
			if _, ok := t.(*ast.Yield); ok {
				c.errorf(t.Position(), "assignment to yield expression not possible")
				continue
			}
			if len(all) == 2 && i == 0 && maybeComparison(t) {
				c.errorf(t.Position(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(t))
				continue
			}
			a.Targets = append(a.Targets, c.target(t, "assign to"))
		}
		return a
	}
	c.noStarred(first)
	return &ast.ExprStmt{Pos: p, Value: first}
}

// maybeComparison reports whether "t = value" reads like a mistyped
// comparison, as CPython's invalid_named_expression rule decides.
func maybeComparison(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript, *ast.Tuple, *ast.List, *ast.Starred, *ast.GeneratorExp:
		return false
	case *ast.Constant:
		return t.Kind != ast.ConstNone && t.Kind != ast.ConstBool
	case *ast.Lambda, *ast.IfExp, *ast.Yield, *ast.NamedExpr:
		return false
	}
	return true
}

func (c *converter) noStarred(e ast.Expr) {
	if s, ok := e.(*ast.Starred); ok {
		c.errorf(s.Pos, "can't use starred expression here")
	}
}

func rhsParenthesized(r *pRHS) bool {
	if r.Exprs == nil || len(r.Exprs.Items) != 1 || r.Exprs.Items[0].X == nil {
		return false
	}
	return bareParen(r.Exprs.Items[0].X.X) != nil
}

// exprName names an expression kind as CPython's error messages do.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch e.Kind {
		case ast.ConstNone:
			return "None"
		case ast.ConstBool:
			if e.Value == true {
				return "True"
			}
			return "False"
		case ast.ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// target checks that e can be assigned to (verb "assign to") or deleted.
func (c *converter) target(e ast.Expr, verb string) ast.Expr {
	switch t := e.(type) {
	case *ast.Name:
		if t.ID == "__debug__" && verb != "delete" {
			c.errorf(t.Pos, "cannot assign to __debug__")
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		c.targetList(t.Elts, verb)
	case *ast.List:
		c.targetList(t.Elts, verb)
	case *ast.Starred:
		if verb == "delete" {
			c.errorf(t.Pos, "cannot delete starred")
		} else {
			c.errorf(t.Pos, "starred assignment target must be in a list or tuple")
		}
	default:
		c.errorf(e.Position(), "cannot %s %s", verb, exprName(e))
	}
	return e
}

func (c *converter) targetList(elts []ast.Expr, verb string) {
	stars := 0
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok && verb != "delete" {
			stars++
			c.target(s.Value, verb)
			continue
		}
		c.target(e, verb)
	}
	if stars > 1 && len(elts) > 0 {
		c.errorf(elts[0].Position(), "multiple starred expressions in assignment")
	}
}

func (c *converter) targets(t *pTargets, verb string) ast.Expr {
	if len(t.Items) == 1 && !t.Comma {
		return c.target(c.targetItem(t.Items[0]), verb)
	}
	tup := &ast.Tuple{Pos: pos(t.Pos)}
	for _, it := range t.Items {
		tup.Elts = append(tup.Elts, c.targetItem(it))
	}
	return c.target(tup, verb)
}

func (c *converter) targetItem(t *pTarget) ast.Expr {
	x := c.primary(t.X)
	if t.Star {
		return &ast.Starred{Pos: pos(t.Pos), Value: x}
	}
	return x
}

// ---- expressions ----

func (c *converter) rhs(r *pRHS) ast.Expr {
	if r.Yield != nil {
		return c.yield(r.Yield)
	}
	return c.starExprs(r.Exprs)
}

func (c *converter) yield(y *pYield) ast.Expr {
	if y.From != nil {
		// ast has no YieldFrom node: generator delegation is outside the subset.
		if n := len(c.async); n > 0 && c.async[n-1] {
			c.errorf(pos(y.Pos), "'yield from' inside async function")
		} else {
			c.errorf(pos(y.Pos), "unsupported: 'yield from'")
		}
		return &ast.Yield{Pos: pos(y.Pos), Value: c.expr(y.From)}
	}
	out := &ast.Yield{Pos: pos(y.Pos)}
	if y.Value != nil {
		out.Value = c.starExprs(y.Value)
	}
	return out
}

func (c *converter) starExprs(s *pStarExprs) ast.Expr {
	if len(s.Items) == 1 && !s.Comma {
		return c.starExpr(s.Items[0])
	}
	t := &ast.Tuple{Pos: pos(s.Pos)}
	for _, it := range s.Items {
		t.Elts = append(t.Elts, c.starExpr(it))
	}
	return t
}

func (c *converter) starExpr(s *pStarExpr) ast.Expr {
	if s.Star != nil {
		return &ast.Starred{Pos: pos(s.Pos), Value: c.opExpr(s.Star)}
	}
	return c.namedExprTop(s.X)
}

// namedExprTop converts a named expression where ":=" needs parentheses.
func (c *converter) namedExprTop(n *pNamedExpr) ast.Expr {
	if n.Value != nil {
		c.errorf(pos(n.Walrus), "invalid syntax")
	}
	return c.namedExpr(n)
}

func (c *converter) namedExpr(n *pNamedExpr) ast.Expr {
	x := c.expr(n.X)
	if n.Value == nil {
		return x
	}
	name, ok := x.(*ast.Name)
	if !ok {
		c.errorf(x.Position(), "cannot use assignment expressions with %s", exprName(x))
		name = &ast.Name{Pos: x.Position()}
	}
	return &ast.NamedExpr{Pos: pos(n.Pos), Target: name, Value: c.expr(n.Value)}
}

func (c *converter) expr(e *pExpr) ast.Expr {
	if e.Lambda != nil {
		l := e.Lambda
		args := c.params(nil, l.Params)
		c.async = append(c.async, false)
		body := c.expr(l.Body)
		c.async = c.async[:len(c.async)-1]
		return &ast.Lambda{Pos: pos(l.Pos), Args: args, Body: body}
	}
	body := c.opExpr(e.Body)
	if e.Test == nil {
		return body
	}
	if e.Else == nil {
		c.errorf(pos(e.Pos), "expected 'else' after 'if' expression")
		return body
	}
	return &ast.IfExp{Pos: pos(e.Pos), Body: body, Test: c.opExpr(e.Test), OrElse: c.expr(e.Else)}
}

// Operator precedence, loosest first.
const (
	precOr = iota + 1
	precAnd
	precNot
	precCompare
	precBitOr
	precXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
	precPower
	precAwait
)

func binPrec(op binOp) int {
	switch op {
	case "or":
		return precOr
	case "and":
		return precAnd
	case "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not":
		return precCompare
	case "|":
		return precBitOr
	case "^":
		return precXor
	case "&":
		return precBitAnd
	case "<<", ">>":
		return precShift
	case "+", "-":
		return precArith
	case "*", "/", "//", "%", "@":
		return precTerm
	case "**":
		return precPower
	}
	return 0
}

// opParser groups a flat operand/operator sequence by precedence.
type opParser struct {
	c    *converter
	e    *pOpExpr
	i    int // next operand
	k    int // next prefix of that operand
	next int // next operator
}

func (c *converter) opExpr(e *pOpExpr) ast.Expr {
	p := &opParser{c: c, e: e}
	x, _ := p.parse(precOr)
	return x
}

func (p *opParser) operand(i int) *pOperand {
	if i == 0 {
		return p.e.Head
	}
	return p.e.Tail[i-1].X
}

// parse returns the expression and the position of its first token.
func (p *opParser) parse(minPrec int) (ast.Expr, ast.Pos) {
	left, start := p.prefixed(minPrec)
	for p.next < len(p.e.Tail) {
		op := p.e.Tail[p.next].Op
		prec := binPrec(op)
		if prec < minPrec {
			break
		}
		switch {
		case op == "or" || op == "and":
			b := &ast.BoolOp{Pos: start, Op: string(op), Values: []ast.Expr{left}}
			for p.next < len(p.e.Tail) && p.e.Tail[p.next].Op == op {
				p.next++
				r, _ := p.parse(prec + 1)
				b.Values = append(b.Values, r)
			}
			left = b
		case prec == precCompare:
			cmp := &ast.Compare{Pos: start, Left: left}
			for p.next < len(p.e.Tail) && binPrec(p.e.Tail[p.next].Op) == precCompare {
				cmp.Ops = append(cmp.Ops, string(p.e.Tail[p.next].Op))
				p.next++
				r, _ := p.parse(prec + 1)
				cmp.Comparators = append(cmp.Comparators, r)
			}
			left = cmp
		case op == "**":
			p.next++
			r, _ := p.parse(precUnary)
			left = &ast.BinOp{Pos: start, Left: left, Op: "**", Right: r}
		default:
			p.next++
			r, _ := p.parse(prec + 1)
			left = &ast.BinOp{Pos: start, Left: left, Op: string(op), Right: r}
		}
	}
	return left, start
}

func (p *opParser) prefixed(minPrec int) (ast.Expr, ast.Pos) {
	o := p.operand(p.i)
	if p.k < len(o.Prefix) {
		pre := o.Prefix[p.k]
		p.k++
		start := pos(pre.Pos)
		switch pre.Op {
		case "not":
			if minPrec > precNot {
				p.c.errorf(start, "invalid syntax")
			}
			x, _ := p.parse(precNot)
			return &ast.UnaryOp{Pos: start, Op: "not", Operand: x}, start
		case "await":
			if p.k < len(o.Prefix) {
				p.c.errorf(pos(o.Prefix[p.k].Pos), "invalid syntax")
				p.k = len(o.Prefix)
			}
			x, _ := p.prefixed(precAwait)
			return &ast.Await{Pos: start, Value: x}, start
		default:
			if minPrec > precUnary && minPrec != precAwait {
				p.c.errorf(start, "invalid syntax")
			}
			x, _ := p.parse(precUnary)
			return &ast.UnaryOp{Pos: start, Op: pre.Op, Operand: x}, start
		}
	}
	p.i++
	p.k = 0
	return p.c.primary(o.X), pos(o.X.Pos)
}

func (c *converter) primary(pr *pPrimary) ast.Expr {
	x := c.atom(pr.Atom)
	start := pos(pr.Pos)
	for _, t := range pr.Trailers {
		switch {
		case t.Attr != nil:
			x = &ast.Attribute{Pos: start, Value: x, Attr: t.Attr.Name}
		case t.Call != nil:
			args, kws := c.callArgs(t.Call, false)
			x = &ast.Call{Pos: start, Func: x, Args: args, Keywords: kws}
		case t.Index != nil:
			x = &ast.Subscript{Pos: start, Value: x, Slice: c.subscript(t.Index)}
		}
	}
	return x
}

func (c *converter) callArgs(call *pCall, class bool) ([]ast.Expr, []*ast.Keyword) {
	var args []ast.Expr
	var kws []*ast.Keyword
	sawKw, sawDStar := false, false
	for _, a := range call.Args {
		p := pos(a.Pos)
		switch {
		case a.Star != nil:
			if sawDStar {
				c.errorf(p, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &ast.Starred{Pos: p, Value: c.expr(a.Star)})
		case a.DStar != nil:
			sawDStar = true
			kws = append(kws, &ast.Keyword{Pos: p, Value: c.expr(a.DStar)})
		case a.KwName != nil:
			sawKw = true
			for _, k := range kws {
				if k.Arg == a.KwName.Name {
					c.errorf(p, "keyword argument repeated: %s", k.Arg)
					break
				}
			}
			kws = append(kws, &ast.Keyword{Pos: p, Arg: a.KwName.Name, Value: c.expr(a.KwValue)})
		default:
			if len(a.Comp) > 0 {
				if len(call.Args) > 1 || call.Comma || class {
					c.errorf(p, "Generator expression must be parenthesized")
				}
				gp := pos(call.Pos)
				args = append(args, &ast.GeneratorExp{Pos: gp, Elt: c.namedExpr(a.X), Generators: c.comps(a.Comp)})
				continue
			}
			if sawDStar {
				c.errorf(c.exprEnd(a.X), "positional argument follows keyword argument unpacking")
			} else if sawKw {
				c.errorf(c.exprEnd(a.X), "positional argument follows keyword argument")
			}
			args = append(args, c.namedExpr(a.X))
		}
	}
	return args, kws
}

func (c *converter) subscript(s *pSubscript) ast.Expr {
	if len(s.Items) == 1 && !s.Comma && s.Items[0].Star == nil {
		return c.slice(s.Items[0])
	}
	t := &ast.Tuple{Pos: pos(s.Pos)}
	for _, it := range s.Items {
		t.Elts = append(t.Elts, c.slice(it))
	}
	if len(s.Items) > 0 {
		t.Pos = pos(s.Items[0].Pos)
	}
	return t
}

func (c *converter) slice(s *pSlice) ast.Expr {
	if s.Star != nil {
		return &ast.Starred{Pos: pos(s.Pos), Value: c.opExpr(s.Star)}
	}
	tail := s.Tail
	if s.Bare != nil {
		tail = s.Bare
	}
	if tail == nil {
		return c.namedExpr(s.Lower)
	}
	sl := &ast.Slice{Pos: pos(s.Pos)}
	if s.Lower != nil {
		if s.Lower.Value != nil {
			c.errorf(pos(s.Lower.Pos), "invalid syntax")
		}
		sl.Lower = c.namedExpr(s.Lower)
	}
	if tail.Upper != nil {
		sl.Upper = c.expr(tail.Upper)
	}
	if tail.Step != nil {
		sl.Step = c.expr(tail.Step)
	}
	return sl
}

func (c *converter) atom(a *pAtom) ast.Expr {
	p := pos(a.Pos)
	switch {
	case a.Name != "":
		return &ast.Name{Pos: p, ID: a.Name}
	case a.Num != "":
		return c.number(a.Num, p)
	case a.Strs != nil:
		return c.strings(a.Strs)
	case a.Const != "":
		switch a.Const {
		case "None":
			return &ast.Constant{Pos: p, Kind: ast.ConstNone}
		case "True":
			return &ast.Constant{Pos: p, Kind: ast.ConstBool, Value: true}
		case "False":
			return &ast.Constant{Pos: p, Kind: ast.ConstBool, Value: false}
		}
		return &ast.Constant{Pos: p, Kind: ast.ConstEllipsis}
	case a.Paren != nil:
		return c.paren(a.Paren)
	case a.List != nil:
		return c.list(a.List)
	case a.Brace != nil:
		return c.brace(a.Brace)
	}
	return &ast.Constant{Pos: p, Kind: ast.ConstNone}
}

func (c *converter) item(it *pItem) ast.Expr {
	if it.As != nil {
		c.errorf(pos(it.As.Pos), "invalid syntax")
	}
	if it.Star != nil {
		return &ast.Starred{Pos: pos(it.Pos), Value: c.opExpr(it.Star)}
	}
	return c.namedExpr(it.X)
}

func (c *converter) compElt(it *pItem) ast.Expr {
	if it.Star != nil {
		c.errorf(pos(it.Pos), "iterable unpacking cannot be used in comprehension")
	}
	return c.item(it)
}

func (c *converter) paren(n *pParen) ast.Expr {
	p := pos(n.Pos)
	switch {
	case n.Yield != nil:
		return c.yield(n.Yield)
	case n.First == nil:
		return &ast.Tuple{Pos: p}
	case len(n.Comp) > 0:
		if len(n.Rest) > 0 || n.Comma {
			c.errorf(pos(n.First.Pos), "invalid syntax")
		}
		return &ast.GeneratorExp{Pos: p, Elt: c.compElt(n.First), Generators: c.comps(n.Comp)}
	case len(n.Rest) == 0 && !n.Comma:
		x := c.item(n.First)
		if s, ok := x.(*ast.Starred); ok {
			c.errorf(s.Pos, "cannot use starred expression here")
		}
		return x
	}
	t := &ast.Tuple{Pos: p, Elts: []ast.Expr{c.item(n.First)}}
	for _, it := range n.Rest {
		t.Elts = append(t.Elts, c.item(it))
	}
	return t
}

func (c *converter) list(n *pList) ast.Expr {
	p := pos(n.Pos)
	switch {
	case n.First == nil:
		return &ast.List{Pos: p}
	case len(n.Comp) > 0:
		if len(n.Rest) > 0 || n.Comma {
			c.errorf(pos(n.First.Pos), "did you forget parentheses around the comprehension target?")
		}
		return &ast.ListComp{Pos: p, Elt: c.compElt(n.First), Generators: c.comps(n.Comp)}
	}
	l := &ast.List{Pos: p, Elts: []ast.Expr{c.item(n.First)}}
	for _, it := range n.Rest {
		l.Elts = append(l.Elts, c.item(it))
	}
	return l
}

func (c *converter) brace(n *pBrace) ast.Expr {
	p := pos(n.Pos)
	if n.First == nil {
		return &ast.Dict{Pos: p}
	}
	isDict := n.First.DStar != nil || n.First.Value != nil
	if len(n.Comp) > 0 {
		if len(n.Rest) > 0 || n.Comma {
			c.errorf(pos(n.First.Pos), "invalid syntax")
		}
		f := n.First
		switch {
		case f.DStar != nil:
			c.errorf(pos(f.Pos), "dict unpacking cannot be used in dict comprehension")
		case f.Star != nil:
			c.errorf(pos(f.Pos), "iterable unpacking cannot be used in comprehension")
		case f.Value != nil:
			return &ast.DictComp{Pos: p, Key: c.namedExpr(f.Key), Value: c.expr(f.Value), Generators: c.comps(n.Comp)}
		default:
			return &ast.SetComp{Pos: p, Elt: c.namedExpr(f.Key), Generators: c.comps(n.Comp)}
		}
		return &ast.Set{Pos: p}
	}
	items := append([]*pDictItem{n.First}, n.Rest...)
	if isDict {
		d := &ast.Dict{Pos: p}
		for _, it := range items {
			switch {
			case it.DStar != nil:
				d.Keys = append(d.Keys, nil)
				d.Values = append(d.Values, c.opExpr(it.DStar))
			case it.Value != nil && it.Star == nil:
				d.Keys = append(d.Keys, c.namedExpr(it.Key))
				d.Values = append(d.Values, c.expr(it.Value))
			case it.Star != nil:
				c.errorf(pos(it.Pos), "invalid syntax")
			default:
				c.errorf(pos(it.Pos), "':' expected after dictionary key")
			}
		}
		return d
	}
	s := &ast.Set{Pos: p}
	for _, it := range items {
		switch {
		case it.DStar != nil:
			c.errorf(pos(it.Pos), "invalid syntax")
		case it.Value != nil:
			c.errorf(pos(it.Pos), "invalid syntax")
		case it.Star != nil:
			s.Elts = append(s.Elts, &ast.Starred{Pos: pos(it.Pos), Value: c.opExpr(it.Star)})
		default:
			s.Elts = append(s.Elts, c.namedExpr(it.Key))
		}
	}
	return s
}

// exprEnd approximates the position just after a dictionary key, where
// CPython reports a missing ':'.
func (c *converter) exprEnd(n *pNamedExpr) ast.Pos {
	p := pos(n.Pos)
	line := sourceLine(c.src, p.Line)
	i := p.Col - 1
	depth := 0
	for i < len(line) {
		switch line[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return ast.Pos{Line: p.Line, Col: i + 1}
			}
			depth--
		case ',':
			if depth == 0 {
				return ast.Pos{Line: p.Line, Col: i + 1}
			}
		}
		i++
	}
	return ast.Pos{Line: p.Line, Col: i + 1}
}

func (c *converter) comps(cs []*pCompFor) []*ast.Comprehension {
	var out []*ast.Comprehension
	for _, cf := range cs {
		comp := &ast.Comprehension{Target: c.targets(cf.Target, "assign to"), Iter: c.opExpr(cf.Iter), IsAsync: cf.Async}
		for _, f := range cf.Ifs {
			comp.Ifs = append(comp.Ifs, c.opExpr(f))
		}
		out = append(out, comp)
	}
	return out
}

// number converts a numeric literal: ints keep exact decimal digits.
func (c *converter) number(text string, p ast.Pos) ast.Expr {
	t := strings.ReplaceAll(text, "_", "")
	lower := strings.ToLower(t)
	if strings.HasSuffix(lower, "j") {
		f, _ := strconv.ParseFloat(lower[:len(lower)-1], 64)
		return &ast.Constant{Pos: p, Kind: ast.ConstComplex, Value: f}
	}
	base := 10
	digits := lower
	if len(lower) > 1 && lower[0] == '0' {
		switch lower[1] {
		case 'x':
			base, digits = 16, lower[2:]
		case 'o':
			base, digits = 8, lower[2:]
		case 'b':
			base, digits = 2, lower[2:]
		}
	}
	if base == 10 && strings.ContainsAny(lower, ".e") {
		f, _ := strconv.ParseFloat(lower, 64)
		return &ast.Constant{Pos: p, Kind: ast.ConstFloat, Value: f}
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		c.errorf(p, "invalid decimal literal")
		return &ast.Constant{Pos: p, Kind: ast.ConstInt, Value: "0"}
	}
	return &ast.Constant{Pos: p, Kind: ast.ConstInt, Value: n.String()}
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := indexNL(src)
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := indexNL(src); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(string(src), "\r")
}

func indexNL(b []byte) int {
	for i, c := range b {
		if c == '\n' {
			return i
		}
	}
	return -1
}
