package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// body writes a block's statements, declaring with "var" the locals whose
// first use is nested deeper than this block.
func (g *gen) body(stmts []ast.Stmt) {
	if len(stmts) == 0 {
		return
	}
	key := &stmts[0]
	g.setBound(g.fc.bodyBinds[key]) // a for target or with ... as name
	for i, s := range stmts {
		g.varDecls(key, i, s)
		g.stmt(s)
	}
}

// varDecls writes "var x T" for the locals declared before statement i.
func (g *gen) varDecls(key *ast.Stmt, i int, s ast.Stmt) {
	var vars []*check.Var
	for v, d := range g.fc.decls {
		if d.Block == key && d.Index == i && !d.Direct && v.Reads > 0 {
			vars = append(vars, v)
		}
	}
	if len(vars) == 0 {
		return
	}
	sortVars(vars)
	g.setLine(s.Position())
	for _, v := range vars {
		name := g.varName(v)
		g.emitPlain(jen.Var().Id(name).Add(g.goType(v.Type)))
		g.declared(name)
	}
}

func sortVars(vs []*check.Var) {
	less := func(a, b *check.Var) bool {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Name < b.Name
	}
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && less(vs[j], vs[j-1]); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}

func (g *gen) varName(v *check.Var) string {
	if n, ok := g.fc.local[v]; ok {
		return n
	}
	return goName(v.Name)
}

// isDeclSite reports whether the assignment s declares v with ":=".
func (g *gen) isDeclSite(v *check.Var, s ast.Stmt) bool {
	d, ok := g.fc.decls[v]
	if !ok || !d.Direct || d.Index < 0 {
		return false
	}
	return d.Stmt == s
}

func (g *gen) stmt(s ast.Stmt) {
	g.setLine(s.Position())
	switch s := s.(type) {
	case *ast.ExprStmt:
		g.exprStmt(s)
	case *ast.Assign:
		g.assignStmt(s)
		g.setBound(assignedNames(s))
	case *ast.AnnAssign:
		if s.Value != nil {
			g.assignStmt(&ast.Assign{Pos: s.Pos, Targets: []ast.Expr{s.Target}, Value: s.Value})
			g.setBound(assignedNames(s))
		}
	case *ast.AugAssign:
		g.augAssign(s)
		g.setBound(assignedNames(s))
	case *ast.Return:
		g.returnStmt(s)
	case *ast.If:
		g.ifStmt(s)
	case *ast.While:
		if len(s.OrElse) > 0 {
			g.loopElse(s, s.Body, s.OrElse, func() { g.inLoop(func() { g.whileStmt(s) }) })
			break
		}
		g.inLoop(func() { g.whileStmt(s) })
	case *ast.For:
		g.bodyBinds(s.Body, targetNames(s.Target, nil))
		if len(s.OrElse) > 0 {
			g.loopElse(s, s.Body, s.OrElse, func() { g.inLoop(func() { g.forStmt(s) }) })
			break
		}
		g.inLoop(func() { g.forStmt(s) })
	case *ast.Try:
		g.tryStmt(s)
	case *ast.With:
		var names []*ast.Name
		for _, it := range s.Items {
			names = targetNames(it.OptionalVars, names)
		}
		g.bodyBinds(s.Body, names)
		g.withStmt(s)
	case *ast.Raise:
		g.raiseStmt(s)
	case *ast.Assert:
		g.assertStmt(s)
	case *ast.Break, *ast.Continue:
		g.loopControl(s)
	case *ast.FunctionDef:
		if fn := g.info.Funcs[s]; fn != nil && fn.Parent != nil {
			g.nestedDef(fn)
		} else if fn != nil && fn.Class == nil {
			g.setDefaults(fn)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			if n, ok := t.(*ast.Name); ok {
				g.delName(n)
				continue
			}
			g.delTarget(t.(*ast.Subscript))
		}
	case *ast.ClassDef:
		g.classStmt(s)
	case *ast.Pass, *ast.Import, *ast.ImportFrom, *ast.Global, *ast.Nonlocal:
	default:
		g.unsupported(s.Position(), "statement")
	}
}

// fail is the statement that propagates err out of the current function
// (or try-body closure).
func (g *gen) fail(err jen.Code) jen.Code {
	fn := g.fc.fn
	if g.fc.closure == 0 {
		err = g.released(err)
	}
	if g.fc.ctor && g.fc.closure == 0 {
		return jen.Return(jen.Nil(), err)
	}
	if g.fc.closure == 0 && returnsValue(fn) && !fn.IsModule() {
		return jen.Return(g.zero(fn.Result), err)
	}
	return jen.Return(err)
}

// ifErr is "if err != nil { fail }".
func (g *gen) ifErr() jen.Code {
	return jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err()))
}

// check writes "if err := call; err != nil { fail }" for a call whose
// result is not used.
func (g *gen) check(call jen.Code, valued bool) {
	if valued {
		g.emit(jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
		return
	}
	g.emit(jen.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
}

func (g *gen) exprStmt(s *ast.ExprStmt) {
	e := s.Value
	if g.displays(e) {
		g.emit(g.rt("Display").Call(g.expr(e)))
		return
	}
	switch x := e.(type) {
	case *ast.Yield:
		g.yieldStmt(s, x)
		return
	case *ast.Name:
		// a bare name does nothing, but it is a use of a local in Go
		if v := g.info.Uses[x]; v != nil && (v.Kind == check.Local || v.Kind == check.Global) {
			g.emit(jen.Id("_").Op("=").Add(g.expr(x)))
		}
		return
	case *ast.Constant:
		return // a docstring does nothing
	case *ast.Call:
		if g.isSysExit(x) {
			g.emit(g.fail(g.sysExit(x)))
			return
		}
		if g.listMutation(x) {
			return
		}
		if a, ok := x.Func.(*ast.Attribute); ok {
			if sc, ok := a.Value.(*ast.Call); ok {
				if n, ok := sc.Func.(*ast.Name); ok && n.ID == "super" && g.enclosingMethod().Class.Plain {
					if c := g.callee(x); c.fn == nil {
						return // object.__init__() does nothing
					}
				} else if ok && n.ID == "super" {
					if x == g.fc.sameArgs {
						return // the args the exception was made with
					}
					var args []jen.Code
					for _, arg := range x.Args {
						args = append(args, g.expr(arg))
					}
					g.emit(jen.Id("self").Dot("Exc").Dot("Args").Op("=").Index().Any().Values(args...))
					return
				}
			}
		}
	}
	if g.info.Raises[e] {
		tail := s == g.fc.tail && g.fc.closure == 0 && g.fc.fn.MayRaise && !returnsValue(g.fc.fn) && g.countRaises(e) == 1
		call, valued, _ := g.raising(e)
		switch {
		case tail && !valued:
			g.emit(jen.Return(call))
			g.fc.returned = true
		case tail:
			g.errAssign(call)
			g.emitPlain(jen.Return(jen.Err()))
			g.fc.returned = true
		default:
			g.check(call, valued)
		}
		return
	}
	if t := g.info.TypeOf(e); t.Kind == check.Coro {
		// A coroutine object that is never awaited never runs, but the
		// call that creates it still evaluates its callee and arguments,
		// and CPython warns when it frees the object.
		g.emit(g.rt("Drop").Call(g.awaitable(e)))
		return
	}
	if call, ok := e.(*ast.Call); ok {
		if c := g.calleeQuiet(call); c.builtin != "" && g.info.TypeOf(e).Kind != check.None {
			// A built-in may become a plain value (int() is 0): keep it
			// a statement.
			g.emit(jen.Id("_").Op("=").Add(g.call(call)))
			return
		}
		g.emit(g.call(call))
		return
	}
	g.emit(jen.Id("_").Op("=").Add(g.expr(e)))
}

func (g *gen) assignStmt(s *ast.Assign) {
	if len(s.Targets) > 1 {
		g.chainedAssign(s)
		return
	}
	switch t := s.Targets[0].(type) {
	case *ast.Name:
		g.assignName(s, t, s.Value)
	case *ast.Tuple, *ast.List:
		g.unpack(s, t, s.Value, nil, nil)
	case *ast.Attribute:
		if vt := g.info.TypeOf(t.Value); vt.Kind == check.Instance && vt.Class.Frozen {
			// The value is computed, then the assignment raises.
			if _, constant := s.Value.(*ast.Constant); !constant {
				g.emit(jen.Id("_").Op("=").Add(g.expr(s.Value)))
			}
			g.check(g.rt("AssignFrozen").Call(jen.Lit(t.Attr)), false)
			return
		}
		target, setter, ft := g.attrTarget(t)
		val := g.exprAs(s.Value, ft)
		if setter != nil && g.info.Raises[t] {
			g.check(setter.Call(val), false)
			return
		}
		if setter != nil {
			g.emit(setter.Call(val))
			return
		}
		g.emit(target.Op("=").Add(val))
	case *ast.Subscript:
		if sl, ok := t.Slice.(*ast.Slice); ok {
			g.assignSlice(t, sl, s.Value)
			return
		}
		if dt := g.info.TypeOf(t.Value); dt.Kind == check.Dict {
			k := g.convert(g.expr(t.Slice), g.info.TypeOf(t.Slice), dt.Key)
			v := g.convert(g.expr(s.Value), g.info.TypeOf(s.Value), dt.Elem)
			g.emit(g.expr(t.Value).Dot("Set").Call(k, v))
			return
		}
		if k := g.info.TypeOf(t.Value).Kind; k == check.Str || k == check.Bytes || k == check.Tuple || k == check.TupleOf || k == check.AnyTuple || k == check.Range {
			g.check(g.rt("NoItemAssign").Call(g.expr(s.Value), g.expr(t.Value), g.expr(t.Slice)), false)
			return
		}
		if g.info.TypeOf(t.Value).Kind != check.List {
			g.unsupported(t.Pos, "assignment to an item of %s", g.info.TypeOf(t.Value))
		}
		el := g.info.TypeOf(t.Value).Elem
		val := g.convert(g.expr(s.Value), g.info.TypeOf(s.Value), el)
		g.check(g.rt("SetIndex").Call(g.slice(t.Value), g.expr(t.Slice), val), false)
	default:
		g.unsupported(s.Pos, "assignment to this target")
	}
}

func exprElts(e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.Tuple:
		return e.Elts
	case *ast.List:
		return e.Elts
	}
	return nil
}

// target returns the Go name an assignment writes, "_" for a variable
// that is never read, and whether the statement declares it.
func (g *gen) target(n *ast.Name, s ast.Stmt) (string, bool) {
	v := g.info.Uses[n]
	if v.Reads == 0 && !(v.Kind == check.Global && v.UsedInFunc) {
		return "_", false
	}
	name := g.varName(v)
	if g.isDeclSite(v, s) {
		g.declared(name)
		return name, true
	}
	return name, false
}

func (g *gen) assignName(s ast.Stmt, n *ast.Name, value ast.Expr) {
	v := g.info.Uses[n]
	name, decl := g.target(n, s)
	op := "="
	if decl {
		op = ":="
	}
	if v.Type.Kind == check.Iterator {
		code := g.heldIter(value, v.Type)
		if name == "_" {
			g.emit(jen.Id("_").Op("=").Add(code))
			return
		}
		g.emit(jen.Id(name).Op(op).Add(code))
		return
	}
	switch value.(type) {
	case *ast.ListComp:
		if name != "_" && !refersTo(g.info, value, v) && !v.Type.Shared {
			g.listComp(value.(*ast.ListComp), name, decl, v.Type)
			return
		}
	}
	if g.info.Raises[value] {
		call, valued, rtype := g.raising(value)
		if !valued {
			g.check(call, false)
			if name != "_" {
				g.emit(jen.Id(name).Op(op).Add(voidValue(g, rtype)))
			}
			return
		}
		if name == "_" {
			g.check(call, true)
			return
		}
		if !rtype.Equal(v.Type) {
			tmp := g.fc.names.fresh(name + "Value")
			g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
			g.emitPlain(g.ifErr())
			g.emit(jen.Id(name).Op(op).Add(g.convert(jen.Id(tmp), rtype, v.Type)))
			return
		}
		if !decl {
			g.needErr()
		}
		g.emit(jen.List(jen.Id(name), jen.Err()).Op(op).Add(call))
		g.declared("err")
		g.emitPlain(g.ifErr())
		return
	}
	if call, ok := value.(*ast.Call); ok && g.info.TypeOf(value).Kind == check.None {
		// A call without a value in Go (print(), a function returning None).
		g.emit(g.call(call))
		if name != "_" {
			g.emit(jen.Id(name).Op(op).Add(g.rt("None")))
		}
		return
	}
	code := g.exprAs(value, v.Type)
	if decl && v.Type.Kind == check.Dynamic && g.info.TypeOf(value).Kind != check.Dynamic {
		g.emit(jen.Var().Id(name).Any().Op("=").Add(code))
		return
	}
	if name == "_" {
		// Kept when it calls, can raise, or reads a variable (which Go
		// must see used).
		if hasCall(value) || g.raisesInside(value) || g.readsVar(value) {
			g.emit(jen.Id("_").Op("=").Add(code))
		}
		return
	}
	g.emit(jen.Id(name).Op(op).Add(code))
}

// raisesInside reports whether e or an expression inside it may raise:
// writing it may have declared temporaries that must be used.
func (g *gen) raisesInside(e ast.Expr) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		found = found || g.info.Raises[x] || g.mapRaises(x)
	})
	return found
}

// needErr makes sure a variable err is visible for "x, err = f()".
func (g *gen) needErr() {
	if !g.visible("err") {
		g.emitPlain(jen.Var().Err().Error())
		g.declared("err")
	}
}

// readsVar reports whether e reads a variable or parameter.
func (g *gen) readsVar(e ast.Expr) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		if n, ok := x.(*ast.Name); ok {
			if v := g.info.Uses[n]; v != nil && (v.Kind == check.Local || v.Kind == check.Param || v.Kind == check.Global) {
				found = true
			}
		}
	})
	return found
}

func hasCall(e ast.Expr) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		if _, ok := x.(*ast.Call); ok {
			found = true
		}
	})
	return found
}

func refersTo(info *check.Info, e ast.Expr, v *check.Var) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		if n, ok := x.(*ast.Name); ok && info.Uses[n] == v {
			found = true
		}
	})
	return found
}

// delTarget deletes a dict key or a list item (del d[k], del xs[i]).
func (g *gen) delTarget(t *ast.Subscript) {
	if sl, ok := t.Slice.(*ast.Slice); ok {
		g.delSlice(t, sl)
		return
	}
	ct := g.info.TypeOf(t.Value)
	if ct.Kind == check.Dict {
		k := g.convert(g.expr(t.Slice), g.info.TypeOf(t.Slice), ct.Key)
		g.check(g.expr(t.Value).Dot("Delete").Call(k), false)
		return
	}
	rest := g.fc.names.fresh("rest")
	g.emit(jen.List(jen.Id(rest), jen.Err()).Op(":=").Add(g.rt("DelIndex").Call(g.slice(t.Value), g.expr(t.Slice))))
	g.declared("err")
	g.emit(jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
	g.emit(g.slice(t.Value).Op("=").Id(rest))
}

func (g *gen) augAssign(s *ast.AugAssign) {
	if n, ok := s.Target.(*ast.Name); ok && g.info.Unbound[n] {
		// The read of the target comes first; it is checked once.
		g.checkBoundStmt(n)
		g.info.Raises[n] = false
		defer func() { g.info.Raises[n] = true }()
	}
	if a, ok := s.Target.(*ast.Attribute); ok {
		target, setter, ft := g.attrTarget(a)
		if bin := g.info.AugOps[s]; g.info.Raises[bin] || setter != nil {
			if setter != nil {
				g.emit(setter.Call(g.expr(bin)))
				return
			}
			g.emit(target.Op("=").Add(g.expr(bin)))
			return
		}
		val := g.convert(g.expr(s.Value), g.info.TypeOf(s.Value), ft)
		g.emit(target.Op(s.Op + "=").Add(val))
		return
	}
	if _, ok := s.Target.(*ast.Subscript); ok {
		bin := g.info.AugOps[s]
		g.assignLeaf(s, leaf{target: s.Target, code: g.expr(bin), from: g.info.TypeOf(bin)})
		return
	}
	n := s.Target.(*ast.Name)
	v := g.info.Uses[n]
	name := g.varName(v)
	bin := g.info.AugOps[s]
	switch {
	case v.Type.Kind == check.List && s.Op == "+":
		// xs += ys extends the list in place.
		xs := g.slice(n)
		g.emit(jen.Add(xs).Op("=").Append(g.slice(n), g.slice(s.Value).Op("...")))
		return
	case v.Type.Kind == check.List && s.Op == "*":
		g.emit(g.slice(n).Op("=").Add(g.rt("Repeat")).Call(g.slice(n), g.expr(s.Value)))
		return
	case v.Type.Kind == check.Str && s.Op == "*", v.Type.Kind == check.Bytes, v.Type.Kind == check.Tuple, v.Type.Kind == check.TupleOf:
		// A new value: t = t + (x,), b = b + b"x"
		g.emit(jen.Id(name).Op("=").Add(g.convert(g.expr(bin), g.info.TypeOf(bin), v.Type)))
		return
	}
	if g.info.Raises[bin] || s.Op == "//" || s.Op == "%" || s.Op == "**" {
		code := g.expr(bin)
		g.emit(jen.Id(name).Op("=").Add(code))
		return
	}
	val := g.convert(g.expr(s.Value), g.info.TypeOf(s.Value), v.Type)
	if s.Op == "+" || s.Op == "-" {
		if k, ok := s.Value.(*ast.Constant); ok && k.Kind == ast.ConstInt && k.Value == "1" {
			g.emit(jen.Id(name).Op(s.Op + s.Op))
			return
		}
	}
	g.emit(jen.Id(name).Op(s.Op + "=").Add(val))
}

func (g *gen) returnStmt(s *ast.Return) {
	fn := g.fc.fn
	if g.fc.ctor && g.fc.closure == 0 {
		if fn.MayRaise {
			g.emit(jen.Return(jen.Id("self"), jen.Nil()))
		} else {
			g.emit(jen.Return(jen.Id("self")))
		}
		return
	}
	if g.fc.closure > 0 {
		g.closureReturn(s)
		return
	}
	if s.Value == nil || !returnsValue(fn) {
		if _, call := s.Value.(*ast.Call); call && !g.info.Raises[s.Value] {
			// return print(x): the call still runs
			g.exprStmt(&ast.ExprStmt{Pos: s.Pos, Value: s.Value})
			if ast.Stmt(s) == g.fc.tail && !fn.MayRaise {
				return // the end of the function
			}
		}
		if s.Value != nil && g.info.Raises[s.Value] {
			call, valued, _ := g.raising(s.Value)
			if !valued && fn.MayRaise {
				g.emit(jen.Return(call))
				return
			}
			g.check(call, valued)
		}
		if fn.MayRaise {
			g.emit(jen.Return(jen.Nil()))
		} else {
			g.emit(jen.Return())
		}
		return
	}
	if call, ok := s.Value.(*ast.Call); ok && fn.Result.Kind == check.None && !g.info.Raises[call] {
		// A callback of a generic function returning print(x): the
		// call runs, and its value is None.
		g.exprStmt(&ast.ExprStmt{Pos: s.Pos, Value: call})
		if fn.MayRaise {
			g.emit(jen.Return(g.rt("None"), jen.Nil()))
		} else {
			g.emit(jen.Return(g.rt("None")))
		}
		return
	}
	if g.info.Raises[s.Value] && fn.MayRaise {
		call, valued, rtype := g.raising(s.Value)
		if valued && rtype.Equal(fn.Result) {
			g.emit(jen.Return(call))
			return
		}
		if !valued {
			// A call that returns only an error (set.remove): its value
			// is None.
			g.check(call, false)
			g.emit(jen.Return(g.convert(voidValue(g, rtype), rtype, fn.Result), jen.Nil()))
			return
		}
		tmp := g.fc.names.fresh("result")
		g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
		g.emitPlain(g.ifErr())
		g.emit(jen.Return(g.convert(jen.Id(tmp), rtype, fn.Result), jen.Nil()))
		return
	}
	val := g.exprAs(s.Value, fn.Result)
	if fn.MayRaise {
		g.emit(jen.Return(val, jen.Nil()))
	} else {
		g.emit(jen.Return(val))
	}
}

func (g *gen) ifStmt(s *ast.If) {
	if isMainGuard(s.Test) {
		g.body(s.Body)
		return
	}
	g.emit(g.ifChain(s))
}

// ifChain writes if/else if/else; an elif whose test needs statements of
// its own is nested in an else block.
func (g *gen) ifChain(s *ast.If) *jen.Statement {
	cond := g.cond(s.Test)
	g.push()
	g.body(s.Body)
	code := jen.If(cond).Block(g.pop()...)
	if len(s.OrElse) == 0 {
		return code
	}
	if elif, ok := s.OrElse[0].(*ast.If); ok && len(s.OrElse) == 1 {
		g.push()
		g.setLine(elif.Pos)
		inner := g.ifChain(elif)
		pre := g.pop()
		if len(pre) == 0 {
			return code.Else().Add(inner)
		}
		return code.Else().Block(append(pre, inner)...)
	}
	g.push()
	g.body(s.OrElse)
	return code.Else().Block(g.pop()...)
}

func (g *gen) whileStmt(s *ast.While) {
	if k, ok := s.Test.(*ast.Constant); ok && k.Kind == ast.ConstBool && k.Value == true {
		g.push()
		g.body(s.Body)
		g.emit(jen.For().Block(g.pop()...))
		return
	}
	g.push()
	cond := g.cond(s.Test)
	pre := g.pop()
	if len(pre) == 0 {
		g.push()
		g.body(s.Body)
		g.emit(jen.For(cond).Block(g.pop()...))
		return
	}
	g.push()
	g.fc.cur.stmts = append(g.fc.cur.stmts, pre...)
	g.emit(jen.If(jen.Op("!").Parens(cond)).Block(jen.Break()))
	g.body(s.Body)
	g.emit(jen.For().Block(g.pop()...))
}

func (g *gen) assertStmt(s *ast.Assert) {
	cond := g.cond(s.Test)
	g.push()
	var args []jen.Code
	if s.Msg != nil {
		args = append(args, g.expr(s.Msg))
	}
	g.emit(g.fail(g.rt("Raise").Call(g.rt("AssertionError").Dot("New").Call(args...))))
	g.emit(jen.If(jen.Op("!").Parens(cond)).Block(g.pop()...))
}

// closureReturn writes a return inside a try-body closure: the value goes
// to the function's result variable and the closure ends.
func (g *gen) closureReturn(s *ast.Return) {
	fn := g.fc.fn
	flag := g.retFlag()
	if s.Value != nil && returnsValue(fn) {
		val := g.convert(g.expr(s.Value), g.info.TypeOf(s.Value), fn.Result)
		g.emit(jen.List(jen.Id(g.fc.retVal), jen.Id(flag)).Op("=").List(val, jen.True()))
	} else {
		if s.Value != nil {
			g.expr(s.Value)
		}
		g.emit(jen.Id(flag).Op("=").True())
	}
	g.emitPlain(jen.Return(jen.Nil()))
}

// retFlag names the variable that records a return inside a closure.
func (g *gen) retFlag() string {
	if g.fc.retFlag == "" {
		g.fc.retFlag = g.fc.names.fresh("returning")
		if returnsValue(g.fc.fn) {
			g.fc.retVal = g.fc.names.fresh("result")
		}
	}
	return g.fc.retFlag
}

// afterClosure writes, after a closure whose Python body returns, the
// check that completes the return.
func (g *gen) afterClosure(body []ast.Stmt) {
	if !hasReturn(body) || g.fc.retFlag == "" {
		return
	}
	var ret jen.Code
	switch {
	case g.fc.closure > 0:
		ret = jen.Return(jen.Nil())
	case returnsValue(g.fc.fn):
		ret = jen.Return(jen.Id(g.fc.retVal), jen.Nil())
	default:
		ret = jen.Return(jen.Nil())
	}
	g.emitPlain(jen.If(jen.Id(g.fc.retFlag)).Block(ret))
}

// retDecls declares the return variables at the top of the function.
func (g *gen) retDecls() []jen.Code {
	if g.fc.retFlag == "" {
		return g.delDecls()
	}
	out := g.delDecls()
	if g.fc.retVal != "" {
		out = append(out, jen.Var().Id(g.fc.retVal).Add(g.goType(g.fc.fn.Result)))
	}
	return append(out, jen.Var().Id(g.fc.retFlag).Bool())
}

// hasReturn reports whether a try statement's parts (or a body) return.
func hasReturn(body []ast.Stmt) bool {
	found := false
	walkBody(body, func(s ast.Stmt) {
		if _, ok := s.(*ast.Return); ok {
			found = true
		}
	})
	return found
}

// listMutation writes list methods that change the list as statements
// assigning the list variable: xs = append(xs, v).
func (g *gen) listMutation(e *ast.Call) bool {
	attr, ok := e.Func.(*ast.Attribute)
	if !ok || g.info.TypeOf(attr.Value).Kind != check.List {
		return false
	}
	n := attr.Value
	if !assignable(g.info, n) && !g.info.TypeOf(n).Shared {
		switch attr.Attr {
		case "append", "insert", "extend", "clear", "pop":
			g.unsupported(e.Pos, "%s() on a list that is not a variable", attr.Attr)
		}
		return false
	}
	xs := g.expr(n)
	el := g.info.TypeOf(n).Elem
	arg := func(i int) *jen.Statement {
		return g.exprAs(e.Args[i], el)
	}
	if !assignable(g.info, n) {
		// A shared list that a call returns (d.setdefault(k, [])):
		// evaluated once, changed through its methods.
		switch attr.Attr {
		case "append":
			g.emit(xs.Dot("Append").Call(arg(0)))
		case "extend":
			g.emit(xs.Dot("Extend").Call(g.slice(e.Args[0])))
		case "insert":
			g.emit(xs.Dot("Insert").Call(g.expr(e.Args[0]), arg(1)))
		case "clear":
			g.emit(xs.Dot("Clear").Call())
		case "reverse":
			g.emit(xs.Dot("Reverse").Call())
		default:
			return false
		}
		return true
	}
	if g.info.TypeOf(n).Shared {
		xs = xs.Dot("S")
	}
	switch attr.Attr {
	case "append":
		g.emit(jen.Add(xs).Op("=").Append(xs, arg(0)))
	case "extend":
		g.emit(jen.Add(xs).Op("=").Append(xs, g.expr(e.Args[0]).Op("...")))
	case "insert":
		g.emit(jen.Add(xs).Op("=").Add(g.rt("Insert")).Call(xs, g.expr(e.Args[0]), arg(1)))
	case "clear":
		g.emit(jen.Add(xs).Op("=").Add(xs).Index(jen.Op(":").Lit(0)))
	case "reverse":
		g.emit(jen.Qual("slices", "Reverse").Call(xs))
	case "pop":
		idx := jen.Lit(-1)
		if len(e.Args) == 1 {
			idx = g.expr(e.Args[0])
		}
		g.needErr()
		g.emit(jen.List(xs, jen.Id("_"), jen.Err()).Op("=").Add(g.rt("Pop")).Call(xs, idx))
		g.emitPlain(g.ifErr())
	default:
		return false
	}
	return true
}

// assignable reports whether e is a variable or a field path (x, x.a.b)
// that Go can assign.
func assignable(info *check.Info, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		t := info.TypeOf(x.Value)
		if (t.Kind == check.Instance || t.Kind == check.Class && t.Class.Plain) && t.Class.Field(x.Attr) == nil && t.Class.Attr(x.Attr) != nil {
			return true // a class attribute: a package variable
		}
		if t.Kind == check.Instance {
			if f := t.Class.Field(x.Attr); f != nil && f.Shadows != nil {
				return false
			}
		}
		return t.Kind == check.Instance && t.Class.Field(x.Attr) != nil && assignable(info, x.Value)
	}
	return false
}

// nestedDef writes "name := func(...) {...}" for a def in a function body,
// declaring the variable first when the function calls itself.
func (g *gen) nestedDef(fn *check.Func) {
	name := goName(fn.Name)
	recursive := false
	for _, v := range fn.Captures {
		if v.Kind == check.FuncVar && v.Type.Fn == fn {
			recursive = true
		}
	}
	if recursive || g.visible(name) {
		if !g.visible(name) {
			g.emitPlain(jen.Var().Id(name).Add(g.signature(fn)))
			g.declared(name)
		}
		g.emit(jen.Id(name).Op("=").Add(g.funcLit(fn)))
		return
	}
	g.emit(jen.Id(name).Op(":=").Add(g.funcLit(fn)))
	g.declared(name)
}
