package codegen

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// awaitCall writes "await x" as a Go call returning (T, error), or error
// alone when valued is false.
func (g *gen) awaitCall(x ast.Expr) (code jen.Code, valued bool) {
	call, ok := x.(*ast.Call)
	if !ok {
		return g.expr(x).Dot("Await").Call(), true
	}
	c := g.callee(call)
	switch {
	case c.fn != nil && c.fn.Async:
		return g.userFunc(c).Call(g.userArgs(c.fn, call)...), returnsValue(c.fn)
	case c.module == "asyncio.sleep":
		if len(call.Args) == 2 {
			return g.rt("SleepResult").Call(g.floatExpr(call.Args[0]), g.expr(call.Args[1])), true
		}
		return g.rt("Sleep").Call(g.floatExpr(call.Args[0])), false
	case c.module == "asyncio.wait_for":
		timeout := ast.Expr(nil)
		if len(call.Args) == 2 {
			timeout = call.Args[1]
		} else if k := keyword(call, "timeout"); k != nil {
			timeout = k.Value
		}
		return g.rt("WaitFor").Call(g.awaitable(call.Args[0]), g.floatExpr(timeout)), true
	case c.module == "asyncio.to_thread":
		return g.toThread(call)
	case c.module == "asyncio.create_subprocess_shell":
		return g.rt("CreateSubprocessShell").Call(g.expr(call.Args[0]), g.rt("ProcOptions").Values()), true
	case c.module == "asyncio.create_subprocess_exec":
		var rest []jen.Code
		for _, a := range call.Args[1:] {
			rest = append(rest, g.expr(a))
		}
		return g.rt("CreateSubprocessExec").Call(g.expr(call.Args[0]), jen.Index().String().Values(rest...), g.rt("ProcOptions").Values()), true
	case c.method == "wait" && g.info.TypeOf(c.recv).Kind == check.Process:
		return g.expr(c.recv).Dot("Wait").Call(), true
	case c.recv != nil && c.fn == nil:
		r := g.info.TypeOf(c.recv)
		switch {
		case r.Kind == check.Queue && c.method == "put":
			return g.expr(c.recv).Dot("Put").Call(g.exprAs(call.Args[0], r.Elem)), false
		case r.Kind == check.Queue && c.method == "get":
			return g.expr(c.recv).Dot("Get").Call(), true
		case r.Kind == check.Queue && c.method == "join":
			return g.expr(c.recv).Dot("Join").Call(), false
		case (r.Kind == check.Lock || r.Kind == check.Semaphore) && c.method == "acquire":
			return g.expr(c.recv).Dot("Acquire").Call(), false
		case r.Kind == check.Event && c.method == "wait":
			return g.expr(c.recv).Dot("Wait").Call(), true
		}
	}
	return g.expr(x).Dot("Await").Call(), true
}

// toThread writes asyncio.to_thread(f, args...): the call f(args...) in a
// closure run on a worker thread.
func (g *gen) toThread(call *ast.Call) (jen.Code, bool) {
	inner := g.copyCall(g.info.ThreadCalls[call])
	t := g.info.TypeOf(inner)
	g.stabilize(inner.Args, nil)
	var body []jen.Code
	if g.info.Raises[inner] {
		code, valued, _ := g.raising(inner)
		body = []jen.Code{jen.Return(code)}
		if !valued && t.Kind != check.None {
			g.unsupported(call.Pos, "to_thread() of this function")
		}
	} else {
		code := g.call(inner)
		if t.Kind == check.None {
			body = []jen.Code{code, jen.Return(jen.Nil())}
		} else {
			body = []jen.Code{jen.Return(code, jen.Nil())}
		}
	}
	if t.Kind == check.None {
		return g.rt("ToThreadVoid").Call(jen.Func().Params().Error().Block(body...)), false
	}
	return g.rt("ToThread").Call(jen.Func().Params().Parens(jen.List(g.goType(t), jen.Error())).Block(body...)), true
}

// stable reports whether the value of e cannot change between now and the
// time a coroutine created now runs, so that its closure may read e late.
func (g *gen) stable(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		return true
	case *ast.Name:
		v := g.info.Uses[x]
		if v == nil {
			return false
		}
		switch v.Kind {
		case check.FuncVar, check.ClassVar, check.Builtin, check.CompVar:
			return true
		case check.Param:
			return v.Writes == 0
		case check.Local:
			d, ok := g.fc.decls[v]
			return ok && d.Direct && v.Writes == 1
		}
	case *ast.UnaryOp:
		return g.stable(x.Operand)
	}
	return false
}

// stabilize evaluates now the arguments that could change before a
// coroutine runs (Python binds arguments at call time) and makes the
// closure read the copies.
func (g *gen) stabilize(args []ast.Expr, names []string) {
	for i, a := range args {
		if g.stable(a) {
			continue
		}
		base := "arg"
		if i < len(names) {
			base = names[i]
		}
		tmp := g.fc.names.fresh(base)
		g.emit(jen.Id(tmp).Op(":=").Add(g.expr(a)))
		g.declared(tmp)
		v := &check.Var{Name: tmp, Kind: check.CompVar, Type: g.info.TypeOf(a)}
		n := &ast.Name{Pos: a.Position(), ID: tmp}
		g.info.Uses[n] = v
		g.info.Types[n] = v.Type
		g.fc.local[v] = tmp
		args[i] = n
	}
}

// coroObject writes a coroutine object: rt.NewCoro or rt.VoidCoro around a
// closure that makes the awaited call.
func (g *gen) coroObject(e ast.Expr) *jen.Statement {
	call, ok := e.(*ast.Call)
	if !ok {
		return g.expr(e)
	}
	t := g.info.TypeOf(e).Elem
	c := g.callee(call)
	name := ""
	switch {
	case c.fn != nil:
		name = c.fn.QualName()
		if len(call.Args) == 0 && len(call.Keywords) == 0 && allDefaultsAbsent(c.fn) && c.fn.Class == nil {
			if returnsValue(c.fn) {
				return g.rt("NewCoro").Call(jen.Lit(name), g.userFunc(c))
			}
			return g.rt("VoidCoro").Call(jen.Lit(name), g.userFunc(c))
		}
		call = g.copyCall(call)
		if attr, ok := call.Func.(*ast.Attribute); ok && c.fn.Class != nil && !c.fn.Static {
			recv := []ast.Expr{attr.Value}
			g.stabilize(recv, []string{"recv"})
			na := *attr
			na.Value = recv[0]
			g.info.Types[&na] = g.info.TypeOf(attr)
			call.Func = &na
		}
		var pnames []string
		for _, p := range c.fn.Params {
			pnames = append(pnames, goName(p.Name))
		}
		g.stabilize(call.Args, pnames)
		for _, k := range call.Keywords {
			one := []ast.Expr{k.Value}
			g.stabilize(one, []string{goName(k.Arg)})
			k.Value = one[0]
		}
	case c.module != "":
		name = c.module[lastDot(c.module)+1:]
		call = g.copyCall(call)
		g.stabilize(call.Args, nil)
	case c.method != "":
		name = g.info.TypeOf(c.recv).String() + "." + c.method
		if i := strings.Index(name, "["); i >= 0 {
			name = name[:i] + name[strings.Index(name, "]")+1:]
		}
		call = g.copyCall(call)
		g.stabilize(call.Args, nil)
	default:
		g.unsupported(e.Position(), "this coroutine")
	}
	code, valued := g.awaitCall(call)
	if !valued {
		return g.rt("VoidCoro").Call(jen.Lit(name), jen.Func().Params().Error().Block(jen.Return(code)))
	}
	return g.rt("NewCoro").Call(jen.Lit(name), jen.Func().Params().Parens(jen.List(g.goType(t), jen.Error())).Block(jen.Return(code)))
}

func allDefaultsAbsent(f *check.Func) bool {
	for _, p := range f.Params {
		if p.Default == nil {
			return false
		}
	}
	return len(f.Params) == 0
}

// copyCall copies a call so that its arguments can be replaced; the copy
// shares the checker's facts about the original.
func (g *gen) copyCall(call *ast.Call) *ast.Call {
	cp := *call
	cp.Args = append([]ast.Expr(nil), call.Args...)
	var kws []*ast.Keyword
	for _, k := range call.Keywords {
		kc := *k
		kws = append(kws, &kc)
	}
	cp.Keywords = kws
	g.info.Types[&cp] = g.info.TypeOf(call)
	g.info.Raises[&cp] = g.info.Raises[call]
	if in := g.info.ThreadCalls[call]; in != nil {
		ic := *in
		ic.Args = cp.Args[1:]
		ic.Keywords = cp.Keywords
		g.info.ThreadCalls[&cp] = &ic
		g.info.Types[&ic] = g.info.TypeOf(in)
		g.info.Raises[&ic] = g.info.Raises[in]
	}
	return &cp
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}
