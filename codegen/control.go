package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

func (g *gen) forStmt(s *ast.For) {
	if seq, raising := g.seqOf(s.Iter); seq != nil {
		g.forSeq(s, seq, raising)
		return
	}
	if call, ok := s.Iter.(*ast.Call); ok {
		if n, ok := call.Func.(*ast.Name); ok && g.info.Uses[n] != nil && g.info.Uses[n].Kind == check.Builtin {
			switch n.ID {
			case "range":
				g.forRange(s, call)
				return
			case "enumerate":
				g.forEnumerate(s, call)
				return
			case "zip":
				if g.forZip(s, call) {
					return
				}
			}
		}
	}
	it := g.info.TypeOf(s.Iter)
	switch it.Kind {
	case check.List, check.TaskSet, check.TupleOf, check.Range, check.Bytes, check.Dynamic:
	case check.Dict, check.Set:
		g.forDict(s, g.expr(s.Iter), s.Target, nil)
		return
	default:
		g.unsupported(s.Iter.Position(), "iterating over %s", g.info.TypeOf(s.Iter))
	}
	if call, ok := s.Iter.(*ast.Call); ok {
		if attr, ok := call.Func.(*ast.Attribute); ok && attr.Attr == "items" && g.info.TypeOf(attr.Value).Kind == check.Dict {
			if t, ok := s.Target.(*ast.Tuple); ok && len(t.Elts) == 2 {
				g.forDict(s, g.expr(attr.Value), t.Elts[0], t.Elts[1])
				return
			}
		}
	}
	iter := g.slice(s.Iter)
	if t, ok := s.Target.(*ast.Tuple); ok {
		g.forUnpack(s, iter, t)
		return
	}
	name, op := g.loopVar(s, s.Target)
	g.push()
	g.body(s.Body)
	body := g.pop()
	if name == "_" {
		g.emit(jen.For(jen.Range().Add(iter)).Block(body...))
		return
	}
	g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(op).Range().Add(iter)).Block(body...))
}

// loopVar returns the Go name of a for target and ":=" when the loop
// declares it, "=" when it assigns a variable declared before.
func (g *gen) loopVar(s *ast.For, target ast.Expr) (string, string) {
	n, ok := target.(*ast.Name)
	if !ok {
		g.unsupported(target.Position(), "this loop target")
	}
	v := g.info.Uses[n]
	if v.Reads == 0 {
		return "_", ":="
	}
	name := g.varName(v)
	if d := g.fc.decls[v]; d.Direct && d.Index == -1 {
		return name, ":="
	}
	return name, "="
}

func (g *gen) forRange(s *ast.For, call *ast.Call) {
	name, op := g.loopVar(s, s.Target)
	var v *check.Var
	if n, ok := s.Target.(*ast.Name); ok {
		v = g.info.Uses[n]
	}
	args := call.Args
	if len(args) == 1 {
		if v != nil && v.Writes == 1 {
			g.fc.nonNeg[v] = true
		}
		n := g.intExpr(args[0])
		g.push()
		g.body(s.Body)
		body := g.pop()
		if name == "_" {
			g.emit(jen.For(jen.Range().Add(n)).Block(body...))
			return
		}
		g.emit(jen.For(jen.Id(name).Op(op).Range().Add(n)).Block(body...))
		return
	}
	start := g.intExpr(args[0])
	end := g.intExpr(args[1])
	if !isSimple(args[1]) {
		tmp := g.fc.names.fresh("end")
		g.emit(jen.Id(tmp).Op(":=").Add(end))
		end = jen.Id(tmp)
	}
	step := 1
	if len(args) == 3 {
		k, ok := constInt(args[2])
		if !ok || k == 0 {
			g.unsupported(args[2].Position(), "range() with a step that is not a non-zero constant")
		}
		step = k
	}
	if v != nil && v.Writes == 1 && step > 0 && g.nonNeg(args[0]) {
		g.fc.nonNeg[v] = true
	}
	loopName := name
	g.push()
	if name == "_" || op == "=" || (v != nil && v.Writes > 1) {
		loopName = g.fc.names.fresh("i")
		if name != "_" {
			g.emit(jen.Id(name).Op(op).Id(loopName))
			if op == ":=" {
				g.declared(name)
			}
		}
	}
	g.body(s.Body)
	body := g.pop()
	cmp, post := "<", jen.Id(loopName).Op("++")
	switch {
	case step < 0:
		cmp = ">"
		post = jen.Id(loopName).Op("-=").Lit(-step)
		if step == -1 {
			post = jen.Id(loopName).Op("--")
		}
	case step > 1:
		post = jen.Id(loopName).Op("+=").Lit(step)
	}
	g.emit(jen.For(jen.Id(loopName).Op(":=").Add(start), jen.Id(loopName).Op(cmp).Add(end), post).Block(body...))
}

func (g *gen) forEnumerate(s *ast.For, call *ast.Call) {
	t, ok := s.Target.(*ast.Tuple)
	if !ok || len(t.Elts) != 2 {
		g.unsupported(s.Pos, "this use of enumerate()")
	}
	switch g.info.TypeOf(call.Args[0]).Kind {
	case check.List, check.TupleOf, check.Str, check.Range, check.Set, check.Dict, check.Dynamic:
	default:
		g.unsupported(s.Pos, "enumerate() of %s", g.info.TypeOf(call.Args[0]))
	}
	el := g.elemOf(call.Args[0])
	iter := g.iterItems(call.Args[0], el)
	start := g.enumerateStart(call)
	i, op1 := g.loopVar(s, t.Elts[0])
	// With a start, the Go index idx counts from 0 and i = idx + start
	// opens the body.
	var first []jen.Code
	if start != nil && i != "_" {
		idx := g.fc.names.fresh("idx")
		first = append(first, jen.Id(i).Op(op1).Id(idx).Op("+").Add(start))
		i, op1 = idx, ":="
	}
	if _, ok := t.Elts[1].(*ast.Name); !ok {
		x := g.fc.names.fresh("item")
		g.push()
		for _, c := range first {
			g.emit(c)
		}
		g.loopUnpack(s, t.Elts[1], jen.Id(x), el)
		g.body(s.Body)
		body := g.pop()
		g.emit(jen.For(jen.List(jen.Id(i), jen.Id(x)).Op(op1).Range().Add(iter)).Block(body...))
		return
	}
	x, op2 := g.loopVar(s, t.Elts[1])
	if first != nil && op2 == "=" && x != "_" {
		item := g.fc.names.fresh("item")
		first = append(first, jen.Id(x).Op("=").Id(item))
		x, op2 = item, ":="
	}
	op := ":="
	if op1 == "=" || op2 == "=" {
		// One target is a variable declared before the loop: the other
		// is declared just before it.
		if op1 == ":=" && i != "_" {
			g.emit(jen.Var().Id(i).Int())
		}
		if op2 == ":=" && x != "_" {
			g.emit(jen.Var().Id(x).Add(g.goType(g.info.Uses[t.Elts[1].(*ast.Name)].Type)))
		}
		op = "="
	}
	g.push()
	for _, c := range first {
		g.emit(c)
	}
	g.body(s.Body)
	body := g.pop()
	g.emit(jen.For(jen.List(jen.Id(i), jen.Id(x)).Op(op).Range().Add(iter)).Block(body...))
}

// forDict writes "for k, v := range d.All()".
func (g *gen) forDict(s *ast.For, d *jen.Statement, key, value ast.Expr) {
	k, op := g.loopVar(s, key)
	v := "_"
	if value != nil {
		var op2 string
		v, op2 = g.loopVar(s, value)
		if op2 == "=" && v != "_" {
			op = "="
		}
	}
	if op == "=" {
		// One target is a variable declared before the loop: the other
		// is declared just before it.
		if k != "_" && g.loopDeclared(key) {
			g.emit(jen.Var().Id(k).Add(g.goType(g.info.Uses[key.(*ast.Name)].Type)))
		}
		if v != "_" && g.loopDeclared(value) {
			g.emit(jen.Var().Id(v).Add(g.goType(g.info.Uses[value.(*ast.Name)].Type)))
		}
	}
	seq := jen.Add(d).Dot("All").Call()
	if g.info.SizeChecked[s] {
		// The body adds or removes entries: RuntimeError when the loop
		// resumes after such a change.
		g.needErr()
		seq = jen.Add(d).Dot("Checked").Call(jen.Op("&").Err())
		defer func() { g.emitPlain(g.ifErr()) }()
	}
	g.push()
	g.body(s.Body)
	body := g.pop()
	var vars jen.Code
	switch {
	case v == "_" && k == "_":
		g.emit(jen.For(jen.Range().Add(seq)).Block(body...))
		return
	case v == "_":
		vars = jen.Id(k)
	default:
		vars = jen.List(jen.Id(k), jen.Id(v))
	}
	g.emit(jen.For(vars).Op(op).Range().Add(seq).Block(body...))
}

func (g *gen) loopDeclared(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	d := g.fc.decls[g.info.Uses[n]]
	return d.Direct && d.Index == -1
}

// forUnpack writes "for a, b in pairs" over a list of tuples.
func (g *gen) forUnpack(s *ast.For, iter *jen.Statement, t *ast.Tuple) {
	item := g.fc.names.fresh("item")
	for _, x := range t.Elts {
		if _, ok := x.(*ast.Name); !ok {
			g.push()
			g.loopUnpack(s, t, jen.Id(item), g.info.TypeOf(s.Iter).Elem)
			g.body(s.Body)
			body := g.pop()
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(item)).Op(":=").Range().Add(iter)).Block(body...))
			return
		}
	}
	g.push()
	var lhs, rhs []jen.Code
	var names, ops []string
	op := ":="
	anyUsed, mixed := false, false
	for i, x := range t.Elts {
		name, o := g.loopVar(s, x)
		if o == "=" && name != "_" {
			op = "="
		}
		if name != "_" {
			anyUsed = true
		}
		names, ops = append(names, name), append(ops, o)
		lhs = append(lhs, jen.Id(name))
		rhs = append(rhs, jen.Id(item).Dot("V"+itoa(i)))
	}
	if op == "=" {
		for _, x := range t.Elts {
			mixed = mixed || g.loopDeclared(x)
		}
	}
	switch {
	case mixed:
		// Some targets live beyond the loop, others only in it: one
		// assignment each ("k = item.V0", "v := item.V1").
		for i, name := range names {
			if name != "_" {
				g.emit(jen.Id(name).Op(ops[i]).Add(rhs[i]))
			}
		}
	case anyUsed:
		g.emit(jen.List(lhs...).Op(op).List(rhs...))
	default:
		item = "_"
	}
	g.body(s.Body)
	body := g.pop()
	if item == "_" {
		g.emit(jen.For(jen.Range().Add(iter)).Block(body...))
		return
	}
	g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(item)).Op(":=").Range().Add(iter)).Block(body...))
}

func constInt(e ast.Expr) (int, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		if e.Kind == ast.ConstInt {
			s := e.Value.(string)
			n := 0
			for _, c := range s {
				n = n*10 + int(c-'0')
			}
			return n, len(s) < 18
		}
	case *ast.UnaryOp:
		if e.Op == "-" {
			n, ok := constInt(e.Operand)
			return -n, ok
		}
	}
	return 0, false
}

// isSimple reports whether e can be evaluated again without effect.
func isSimple(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant, *ast.Name:
		return true
	case *ast.UnaryOp:
		return isSimple(e.Operand)
	}
	return false
}

// raisesIn reports whether any statement of body can raise.
// unpacks reports whether an assignment target unpacks (which raises
// ValueError on a length mismatch).
func unpacks(t ast.Expr) bool {
	switch t.(type) {
	case *ast.Tuple, *ast.List, *ast.Starred:
		return true
	}
	return false
}

func (g *gen) raisesIn(body []ast.Stmt) bool {
	found := false
	walkBody(body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.Raise, *ast.Assert, *ast.With, *ast.Delete:
			found = true
		case *ast.ExprStmt:
			// a consumer that stops early raises GeneratorExit at a yield
			_, y := s.Value.(*ast.Yield)
			found = found || y
		case *ast.Assign:
			for _, t := range s.Targets {
				found = found || unpacks(t)
			}
		case *ast.For:
			found = found || unpacks(s.Target) || g.info.SizeChecked[s] || isDyn(g.info.TypeOf(s.Iter)) || g.seqRaises(s.Iter)
		case *ast.AugAssign:
			found = found || g.info.Raises[g.info.AugOps[s]]
		}
		for _, e := range stmtExprs(s) {
			inspect(e, func(x ast.Expr) {
				if g.info.Raises[x] || g.mapRaises(x) || g.compRaises(x) || g.info.TypeOf(x).Kind == check.Iterator {
					// an iterator's items may be exceptions
					found = true
				}
			})
		}
		if f, ok := s.(*ast.For); ok {
			inspect(f.Target, func(x ast.Expr) {})
		}
	})
	return found
}

func walkBody(body []ast.Stmt, fn func(ast.Stmt)) {
	for _, s := range body {
		fn(s)
		switch s := s.(type) {
		case *ast.If:
			walkBody(s.Body, fn)
			walkBody(s.OrElse, fn)
		case *ast.For:
			walkBody(s.Body, fn)
			walkBody(s.OrElse, fn)
		case *ast.While:
			walkBody(s.Body, fn)
			walkBody(s.OrElse, fn)
		case *ast.With:
			walkBody(s.Body, fn)
		case *ast.Try:
			walkBody(s.Body, fn)
			for _, h := range s.Handlers {
				walkBody(h.Body, fn)
			}
			walkBody(s.OrElse, fn)
			walkBody(s.FinalBody, fn)
		}
	}
}

// closure writes body as "func() error { ...; return nil }" and returns
// the call of it.
func (g *gen) closure(body []ast.Stmt) *jen.Statement {
	g.fc.closure++
	g.push()
	g.body(body)
	if !exits(body) && !g.endsInReturn() {
		g.emitPlain(jen.Return(jen.Nil()))
	}
	stmts := g.pop()
	g.fc.closure--
	return jen.Func().Params().Error().Block(stmts...).Call()
}

// errVar writes "err := call" (or "err = call" when err is declared in
// this block already).
func (g *gen) errVar(call jen.Code) {
	if g.fc.cur.names["err"] {
		g.emit(jen.Err().Op("=").Add(call))
		return
	}
	g.emit(jen.Err().Op(":=").Add(call))
	g.declared("err")
}

// errAssign writes "_, err := call" (or "_, err = call").
func (g *gen) errAssign(call jen.Code) {
	op := ":="
	if g.fc.cur.names["err"] {
		op = "="
	}
	g.emit(jen.List(jen.Id("_"), jen.Err()).Op(op).Add(call))
	g.declared("err")
}

func (g *gen) tryStmt(s *ast.Try) {
	if len(s.FinalBody) > 0 {
		inner := &ast.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, OrElse: s.OrElse, IsStar: s.IsStar}
		body := []ast.Stmt{inner}
		if len(s.Handlers) == 0 && len(s.OrElse) == 0 {
			body = s.Body
		}
		g.loopFlags(body)
		if exits(s.FinalBody) || !g.raisesIn(body) {
			// The closure returns no error, or the finally body ends
			// the statement whatever the body did (a return in finally
			// discards the exception).
			g.emit(g.closure(body))
			if exits(s.FinalBody) {
				g.discardExits(body)
			}
			g.body(s.FinalBody)
			if !exits(s.FinalBody) {
				g.afterClosure(body)
				g.afterLoopExits(body)
			}
			return
		}
		g.errVar(g.closure(body))
		g.body(s.FinalBody)
		g.setLine(s.Pos)
		g.emitPlain(jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
		g.afterClosure(body)
		g.afterLoopExits(body)
		return
	}
	if len(s.Handlers) == 0 {
		g.body(s.Body)
		g.body(s.OrElse)
		return
	}
	if !g.raisesIn(s.Body) {
		// Nothing in the body can raise: the handlers never run.
		g.body(s.Body)
		g.body(s.OrElse)
		return
	}
	if g.inlineTry(s) || g.inlineReturnTry(s) {
		return
	}
	g.loopFlags(s.Body)
	g.withCancelCaught(s, func() { g.errVar(g.closure(s.Body)) })
	g.afterClosure(s.Body)
	g.afterLoopExits(s.Body)
	g.handlers(s, nil)
}

// inlineTry writes a try whose body is one call, as the error check of
// that call: "if _, err := f(); err != nil { handlers }".
func (g *gen) inlineTry(s *ast.Try) bool {
	if len(s.Body) != 1 {
		return false
	}
	var value ast.Expr
	var target *ast.Name
	switch b := s.Body[0].(type) {
	case *ast.ExprStmt:
		value = b.Value
	case *ast.Assign:
		n, ok := b.Targets[0].(*ast.Name)
		if !ok || len(b.Targets) != 1 {
			return false
		}
		value, target = b.Value, n
	default:
		return false
	}
	if !g.info.Raises[value] || g.countRaises(value) != 1 || g.bindsRaising(value) || g.bindsFlagged(assignedNames(s.Body[0])) {
		return false
	}
	g.setLine(s.Body[0].Position())
	var call jen.Code
	var valued bool
	var rtype *check.Type
	g.withCancelCaught(s, func() { call, valued, rtype = g.raising(value) })
	name, op := "_", ":="
	if target != nil {
		v := g.info.Uses[target]
		n, decl := g.target(target, s.Body[0])
		name = n
		if !decl && n != "_" {
			op = "="
		}
		if n != "_" && (!rtype.Equal(v.Type) || !valued) {
			return false
		}
	}
	if name == "_" {
		var init jen.Code
		if valued {
			init = jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(call)
		} else {
			init = jen.Err().Op(":=").Add(call)
		}
		g.handlers(s, init)
		return true
	}
	if op == "=" {
		g.needErr()
	}
	g.emit(jen.List(jen.Id(name), jen.Err()).Op(op).Add(call))
	g.declared("err")
	g.handlers(s, nil)
	return true
}

// inlineReturnTry writes "try: return f() except ...:" as
// "v, err := f(); if err == nil { return v, nil }" and the handlers.
func (g *gen) inlineReturnTry(s *ast.Try) bool {
	if len(s.Body) != 1 || len(s.OrElse) != 0 || g.fc.closure > 0 {
		return false
	}
	r, ok := s.Body[0].(*ast.Return)
	if !ok || r.Value == nil || !g.info.Raises[r.Value] || g.countRaises(r.Value) != 1 || g.bindsRaising(r.Value) {
		return false
	}
	fn := g.fc.fn
	g.setLine(r.Pos)
	var call jen.Code
	var valued bool
	var rtype *check.Type
	g.withCancelCaught(s, func() { call, valued, rtype = g.raising(r.Value) })
	if !valued || !returnsValue(fn) {
		return false
	}
	tmp := g.fc.names.fresh("result")
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
	g.emitPlain(jen.If(jen.Err().Op("==").Nil()).Block(jen.Return(g.convert(jen.Id(tmp), rtype, fn.Result), jen.Nil())))
	g.setLine(s.Pos)
	if s.IsStar {
		g.starHandlers(s)
	} else {
		g.plainHandlers(s)
	}
	return true
}

func (g *gen) countRaises(e ast.Expr) int {
	n := 0
	inspect(e, func(x ast.Expr) {
		if g.info.Raises[x] {
			n++
		}
	})
	if a, ok := e.(*ast.Await); ok && g.info.Raises[a.Value] {
		n-- // the awaited call and the await are one Go call
	}
	return n
}

// handlers writes "if err != nil { handlers } else { orelse }"; init is
// the if statement's init, or nil when err is already set.
func (g *gen) handlers(s *ast.Try, init jen.Code) {
	if init == nil {
		g.setLine(s.Pos)
	}
	g.push()
	if s.IsStar {
		g.starHandlers(s)
	} else {
		g.plainHandlers(s)
	}
	inner := g.pop()
	var stmt *jen.Statement
	if init != nil {
		stmt = jen.If(init, jen.Err().Op("!=").Nil()).Block(inner...)
	} else {
		stmt = jen.If(jen.Err().Op("!=").Nil()).Block(inner...)
	}
	if len(s.OrElse) > 0 {
		g.push()
		g.body(s.OrElse)
		stmt = stmt.Else().Block(g.pop()...)
	}
	g.emit(stmt)
}

// matchAll reports whether an except clause catches everything that
// reaches it (a bare except or BaseException).
func (g *gen) matchAll(h *ast.ExceptHandler) bool {
	if h.Type == nil {
		return true
	}
	if n, ok := h.Type.(*ast.Name); ok && n.ID == "BaseException" {
		v := g.info.Uses[n]
		return v != nil && v.Kind == check.ClassVar
	}
	return false
}

func (g *gen) classList(e ast.Expr) []jen.Code {
	var out []jen.Code
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			out = append(out, g.expr(x))
		}
		return out
	}
	return []jen.Code{g.expr(e)}
}

func (g *gen) plainHandlers(s *ast.Try) {
	if len(s.Handlers) == 1 {
		h := s.Handlers[0]
		if !g.matchAll(h) {
			cond := g.rt("IsInstance").Call(append([]jen.Code{jen.Err()}, g.classList(h.Type)...)...)
			g.setLine(h.Pos)
			g.emit(jen.If(jen.Op("!").Add(cond)).Block(g.fail(jen.Err())))
		}
		g.handlerBody(h)
		return
	}
	var cases []jen.Code
	all := false
	for _, h := range s.Handlers {
		g.setLine(h.Pos)
		g.push()
		g.handlerBody(h)
		body := g.pop()
		if g.matchAll(h) {
			cases = append(cases, jen.Default().Block(body...))
			all = true
			break
		}
		cond := g.rt("IsInstance").Call(append([]jen.Code{jen.Err()}, g.classList(h.Type)...)...)
		cases = append(cases, jen.Case(cond).Block(body...))
	}
	if !all {
		cases = append(cases, jen.Default().Block(g.fail(jen.Err())))
	}
	g.emit(jen.Switch().Block(cases...))
}

// handlerBody binds "as name" and writes the handler's statements.
func (g *gen) handlerBody(h *ast.ExceptHandler) {
	g.handlerWith(h, "err")
}

func (g *gen) handlerWith(h *ast.ExceptHandler, errName string) {
	saved := g.fc.handled
	g.fc.handled = errName
	if hasBareRaise(h.Body) && g.raisesBesidesRaise(h.Body) {
		// Calls in the handler declare err again; keep the exception a
		// bare raise re-raises in its own variable.
		alias := g.fc.names.fresh("exc")
		g.setLine(h.Pos)
		g.emit(jen.Id(alias).Op(":=").Id(errName))
		g.declared(alias)
		g.fc.handled = alias
	}
	if h.Name != "" {
		if v := g.info.HandlerVars[h]; v != nil && v.Reads > 0 {
			g.setLine(h.Pos)
			name := g.varName(v)
			val := jen.Id(errName)
			if v.Type.Kind == check.Exc && v.Type.Class != nil && v.Type.Class.ExcData() != nil {
				val = jen.Id(errName).Assert(g.goType(v.Type))
			}
			if d := g.fc.decls[v]; d.Direct && d.Index == -1 {
				g.emit(jen.Id(name).Op(":=").Add(val))
				g.declared(name)
			} else {
				g.emit(jen.Id(name).Op("=").Add(val))
			}
		}
	}
	g.body(h.Body)
	g.fc.handled = saved
}

// starHandlers writes except* clauses with rt.SplitGroup.
func (g *gen) starHandlers(s *ast.Try) {
	rest := "err"
	for _, h := range s.Handlers {
		g.setLine(h.Pos)
		match := g.fc.names.fresh("match")
		next := "rest"
		lhs := jen.List(jen.Id(match), jen.Id(next))
		call := g.rt("SplitGroup").Call(append([]jen.Code{jen.Id(rest)}, g.classList(h.Type)...)...)
		g.emit(lhs.Op(":=").Add(call))
		g.declared(match)
		g.declared(next)
		rest = next
		g.push()
		g.handlerWith(h, match)
		g.emit(jen.If(jen.Id(match).Op("!=").Nil()).Block(g.pop()...))
	}
	g.setLine(s.Pos)
	g.emitPlain(jen.If(jen.Id(rest).Op("!=").Nil()).Block(g.fail(jen.Id(rest))))
}

func (g *gen) withStmt(s *ast.With) {
	it := s.Items[0]
	t := g.info.TypeOf(it.ContextExpr)
	if t.Kind == check.Lock || t.Kind == check.Semaphore || t.Kind == check.Condition {
		g.withLock(s)
		return
	}
	if t.Kind == check.Instance {
		g.userWith(s)
		return
	}
	var name string
	op := ":="
	if n, ok := it.OptionalVars.(*ast.Name); ok {
		var decl bool
		name, decl = g.target(n, s)
		if !decl {
			op = "="
		}
	}
	if name == "" || name == "_" {
		base := "tg"
		if t.Kind == check.Timeout {
			base = "timeout"
		}
		name = g.fc.names.fresh(base)
		op = ":="
	}
	g.emit(jen.Id(name).Op(op).Add(g.expr(it.ContextExpr)))
	g.declared(name)
	g.check(jen.Id(name).Dot("Enter").Call(), false)
	if !g.raisesIn(s.Body) {
		g.body(s.Body)
		g.setLine(s.Pos)
		g.check(jen.Id(name).Dot("Exit").Call(jen.Nil()), false)
		return
	}
	g.loopFlags(s.Body)
	g.errVar(g.closure(s.Body))
	g.setLine(s.Pos)
	g.check(jen.Id(name).Dot("Exit").Call(jen.Err()), false)
	g.afterClosure(s.Body)
	g.afterLoopExits(s.Body)
}

func (g *gen) raiseStmt(s *ast.Raise) {
	if s.Exc == nil {
		if g.fc.handled == "" {
			g.emit(g.fail(g.rt("Raise").Call(g.rt("RuntimeError").Dot("New").Call(jen.Lit("No active exception to reraise")))))
			return
		}
		g.emit(g.fail(jen.Id(g.fc.handled)))
		return
	}
	exc := g.excValue(s.Exc)
	if s.Cause != nil {
		var cause jen.Code = jen.Nil()
		if g.info.TypeOf(s.Cause).Kind != check.None {
			cause = g.excValue(s.Cause)
		}
		if g.fc.handled != "" {
			g.emit(g.fail(g.rt("RaiseFromIn").Call(exc, cause, jen.Id(g.fc.handled))))
			return
		}
		g.emit(g.fail(g.rt("RaiseFrom").Call(exc, cause)))
		return
	}
	if g.fc.handled != "" {
		g.emit(g.fail(g.rt("RaiseIn").Call(exc, jen.Id(g.fc.handled))))
		return
	}
	g.emit(g.fail(g.rt("Raise").Call(exc)))
}

// excValue is an exception instance: a class is instantiated.
func (g *gen) excValue(e ast.Expr) *jen.Statement {
	if g.info.TypeOf(e).Kind == check.Class {
		return g.expr(e).Dot("New").Call()
	}
	return g.expr(e)
}

// withLock writes "async with lock:": acquire, the body, release.
func (g *gen) withLock(s *ast.With) {
	it := s.Items[0]
	lock := g.expr(it.ContextExpr)
	if !isSimple(it.ContextExpr) {
		name := g.fc.names.fresh("lock")
		g.emit(jen.Id(name).Op(":=").Add(lock))
		lock = jen.Id(name)
	}
	if n, ok := it.OptionalVars.(*ast.Name); ok {
		if name, _ := g.target(n, s); name != "_" {
			g.unsupported(s.Pos, "async with lock as name")
		}
	}
	g.check(jen.Add(lock).Dot("Acquire").Call(), false)
	if !g.raisesIn(s.Body) {
		g.body(s.Body)
		g.setLine(s.Pos)
		g.check(jen.Add(lock).Dot("Release").Call(), false)
		return
	}
	g.loopFlags(s.Body)
	g.errVar(g.closure(s.Body))
	g.setLine(s.Pos)
	g.check(jen.Add(lock).Dot("Release").Call(), false)
	g.emitPlain(jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
	g.afterClosure(s.Body)
	g.afterLoopExits(s.Body)
}

// hasBareRaise reports whether body re-raises with a bare raise.
func hasBareRaise(body []ast.Stmt) bool {
	found := false
	walkBody(body, func(s ast.Stmt) {
		if r, ok := s.(*ast.Raise); ok && r.Exc == nil {
			found = true
		}
	})
	return found
}

// raisesBesidesRaise reports whether body has error checks other than
// raise statements.
func (g *gen) raisesBesidesRaise(body []ast.Stmt) bool {
	found := false
	walkBody(body, func(s ast.Stmt) {
		switch s.(type) {
		case *ast.With, *ast.Try, *ast.Assert:
			found = true
		}
		for _, e := range stmtExprs(s) {
			inspect(e, func(x ast.Expr) {
				if g.info.Raises[x] {
					found = true
				}
			})
		}
	})
	return found
}
