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
		return g.expr(x).Dot(g.awaitMethod(x)).Call(), true
	}
	c := g.callee(call)
	switch {
	case c.fn != nil && c.fn.Async:
		return g.userFunc(c).Call(g.userArgs(c.fn, call)...), returnsValue(c.fn)
	case c.module == "asyncio.sleep":
		if len(call.Args) == 2 {
			return g.rt("SleepResult").Call(g.floatExpr(call.Args[0]), g.expr(call.Args[1])), true
		}
		if k := keyword(call, "result"); k != nil {
			return g.rt("SleepResult").Call(g.floatExpr(call.Args[0]), g.expr(k.Value)), true
		}
		if g.info.TypeOf(call.Args[0]).Kind == check.Dynamic {
			return g.rt("SleepAny").Call(g.expr(call.Args[0])), false
		}
		return g.rt("Sleep").Call(g.floatExpr(call.Args[0])), false
	case c.module == "asyncio.wait_for":
		timeout := ast.Expr(nil)
		if len(call.Args) == 2 {
			timeout = call.Args[1]
		} else if k := keyword(call, "timeout"); k != nil {
			timeout = k.Value
		}
		return g.rt("WaitFor").Call(g.awaitable(call.Args[0]), g.timeoutArg(timeout)), true
	case c.module == "asyncio.wait":
		var timeout ast.Expr
		if k := keyword(call, "timeout"); k != nil {
			timeout = k.Value
		}
		when := g.rt("AllCompleted")
		if k := keyword(call, "return_when"); k != nil {
			when = g.expr(k.Value)
		}
		if lst, ok := call.Args[0].(*ast.List); ok && g.info.TypeOf(lst).Elem.Elem.Kind == check.Dynamic {
			var elts []jen.Code
			for _, x := range lst.Elts {
				elts = append(elts, g.expr(x))
			}
			tasks := jen.Index().Add(g.rt("AnyTask")).Values(elts...)
			return g.rt("WaitAnyTasks").Call(tasks, g.timeoutArg(timeout), when), true
		}
		return g.rt("WaitTasks").Call(g.slice(call.Args[0]), g.timeoutArg(timeout), when), true
	case c.module == "asyncio.to_thread":
		return g.toThread(call)
	case c.module == "asyncio.create_subprocess_shell":
		return g.rt("CreateSubprocessShell").Call(g.expr(call.Args[0]), g.procOptions(call)), true
	case c.module == "asyncio.create_subprocess_exec" && hasStarred(call.Args):
		return g.rt("CreateSubprocessArgv").Call(g.argv(call.Args), g.procOptions(call)), true
	case c.module == "asyncio.create_subprocess_exec":
		var rest []jen.Code
		for _, a := range call.Args[1:] {
			rest = append(rest, g.expr(a))
		}
		return g.rt("CreateSubprocessExec").Call(g.expr(call.Args[0]), jen.Index().String().Values(rest...), g.procOptions(call)), true
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
		case r.Kind == check.Process && c.method == "communicate":
			var input jen.Code = jen.Nil()
			if len(call.Args) == 1 && g.info.TypeOf(call.Args[0]).Kind == check.Bytes {
				input = g.expr(call.Args[0])
			} else if k := keyword(call, "input"); k != nil && g.info.TypeOf(k.Value).Kind == check.Bytes {
				input = g.expr(k.Value)
			}
			return g.rt("Communicate").Call(g.expr(c.recv), input), true
		case r.Kind == check.StreamReader && c.method == "read":
			n := jen.Lit(-1)
			if len(call.Args) == 1 {
				n = g.expr(call.Args[0])
			}
			return g.rt("ReadAll").Call(g.expr(c.recv), n), true
		case r.Kind == check.StreamReader && c.method == "readline":
			return g.rt("Readline").Call(g.expr(c.recv)), true
		case r.Kind == check.StreamWriter && c.method == "drain":
			return g.expr(c.recv).Dot("Drain").Call(), false
		case r.Kind == check.Condition && c.method == "acquire":
			return g.expr(c.recv).Dot("Acquire").Call(), false
		case r.Kind == check.Condition && c.method == "wait":
			return g.expr(c.recv).Dot("Wait").Call(), true
		case r.Kind == check.Condition && c.method == "wait_for":
			return g.expr(c.recv).Dot("WaitFor").Call(g.predicate(call.Args[0])), true
		}
	}
	return g.expr(x).Dot(g.awaitMethod(x)).Call(), true
}

// awaitMethod names the method that awaits the task or future x.
func (g *gen) awaitMethod(x ast.Expr) string {
	if k := g.info.TypeOf(x).Kind; g.fc.cancelCaught && (k == check.Task || k == check.Future) {
		return "AwaitCancelCaught"
	}
	return "Await"
}

// toThread writes asyncio.to_thread(f, args...): the call f(args...) in a
// closure run on a worker thread.
func (g *gen) toThread(call *ast.Call) (jen.Code, bool) {
	return g.toThreadAs(call, "ToThread")
}

// toThreadAs writes asyncio.to_thread(f, args...) with the rt function
// fn (ToThread, or ToThreadCoro for the coroutine object) or its variant
// for a function that returns None.
func (g *gen) toThreadAs(call *ast.Call, fn string) (jen.Code, bool) {
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
		return g.rt(voidName(fn)).Call(jen.Func().Params().Error().Block(body...)), false
	}
	return g.rt(fn).Call(jen.Func().Params().Parens(jen.List(g.goType(t), jen.Error())).Block(body...)), true
}

// voidName is the name of the variant of rt's ToThread or ToThreadCoro
// for a function that returns None.
func voidName(fn string) string {
	if rest, ok := strings.CutPrefix(fn, "ToThread"); ok {
		return "ToThreadVoid" + rest
	}
	return fn
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
		if s, ok := a.(*ast.Starred); ok {
			args[i] = g.stableStarred(s)
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
	if c.method == "get_coro" && g.info.TypeOf(c.recv).Kind == check.Task {
		return g.rt("TaskCoro").Call(g.expr(c.recv))
	}
	if c.fn != nil && !c.fn.Async {
		// a plain function (a lambda, say) that returns a coroutine object
		return g.userFunc(c).Call(g.userArgs(c.fn, call)...)
	}
	name := ""
	switch {
	case c.fn != nil:
		if fi := g.frame(c.fn); fi != nil && c.via == "" {
			return g.frameCoro(fi, c.fn, call)
		}
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
	case c.module == "asyncio.to_thread":
		// a frame of rt's: its task needs no goroutine
		code, _ := g.toThreadAs(call, "ToThreadCoro")
		return jen.Add(code)
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

// timeoutArg writes a timeout in seconds; None (or no argument) is -1,
// which the runtime reads as no timeout.
func (g *gen) timeoutArg(e ast.Expr) *jen.Statement {
	if e == nil || g.info.TypeOf(e).Kind == check.None {
		return jen.Lit(-1.0)
	}
	return g.floatExpr(e)
}

// asyncModuleCall writes the asyncio calls that moduleCall leaves out; nil
// for the rest.
func (g *gen) asyncModuleCall(name string, e *ast.Call) *jen.Statement {
	arg := func(i int, kw string) ast.Expr {
		if i < len(e.Args) {
			return e.Args[i]
		}
		if k := keyword(e, kw); k != nil {
			return k.Value
		}
		return nil
	}
	switch name {
	case "asyncio.timeout":
		return g.rt("NewTimeout").Call(g.timeoutArg(arg(0, "delay")))
	case "asyncio.timeout_at":
		if a := arg(0, "when"); g.info.TypeOf(a).Kind != check.None {
			return g.rt("NewTimeoutAt").Call(g.floatExpr(a))
		}
		return g.rt("NewTimeout").Call(jen.Lit(-1.0))
	case "asyncio.as_completed":
		el := g.info.TypeOf(e).Elem.Elem
		return g.rt("AsCompletedAll").Types(g.goType(el)).Call(g.slice(e.Args[0]), g.timeoutArg(arg(1, "timeout")))
	case "threading.Event":
		return g.rt("NewThreadEvent").Call()
	case "threading.Thread":
		var args []ast.Expr
		if k := keyword(e, "args"); k != nil {
			args = k.Value.(*ast.Tuple).Elts
		}
		return g.rt("NewThread").Call(g.scheduled(keyword(e, "target").Value, args))
	case "asyncio.LifoQueue", "asyncio.PriorityQueue":
		size := jen.Lit(0)
		if a := arg(0, "maxsize"); a != nil {
			size = g.expr(a)
		}
		el := g.info.TypeOf(e).Elem
		if name == "asyncio.LifoQueue" {
			return g.rt("NewLifoQueue").Types(g.goType(el)).Call(size)
		}
		return g.rt("NewPriorityQueue").Types(g.goType(el)).Call(size, g.lessFunc(e.Pos, el))
	case "asyncio.Condition":
		if len(e.Args) == 1 {
			return g.rt("NewCondition").Call(g.expr(e.Args[0]))
		}
		return g.rt("NewCondition").Call(jen.Nil())
	case "asyncio.gather":
		if k := keyword(e, "return_exceptions"); k != nil {
			return g.gatherExceptions(e, k.Value)
		}
	}
	return nil
}

// lessFunc writes the order of a PriorityQueue's items.
func (g *gen) lessFunc(pos ast.Pos, t *check.Type) *jen.Statement {
	switch t.Kind {
	case check.Int, check.Float, check.Str:
		return jen.Qual("cmp", "Less").Types(g.goType(t))
	}
	return jen.Func().Params(jen.Id("a"), jen.Id("b").Add(g.goType(t))).Bool().Block(
		jen.List(jen.Id("less"), jen.Id("_")).Op(":=").Add(g.rt("Lt")).Call(jen.Id("a"), jen.Id("b")),
		jen.Return(jen.Id("less")),
	)
}

// gatherExceptions writes asyncio.gather(..., return_exceptions=flag).
func (g *gen) gatherExceptions(e *ast.Call, flag ast.Expr) *jen.Statement {
	if len(e.Args) == 1 {
		if st, ok := e.Args[0].(*ast.Starred); ok {
			if k, ok := flag.(*ast.Constant); ok && k.Value == true {
				if lc, ok := st.Value.(*ast.ListComp); ok && g.info.TypeOf(lc).Elem.Kind == check.Coro {
					return g.rt("GatherReturnExceptions").Call(g.awaitableList(lc).Op("..."))
				}
				return g.rt("GatherAllExceptions").Call(g.slice(st.Value))
			}
			g.unsupported(st.Pos, "*list in gather() with return_exceptions that is not True")
			return nil
		}
	}
	if k, ok := flag.(*ast.Constant); ok && k.Value == true && g.sameResults(e.Args) {
		var args []jen.Code
		for _, a := range e.Args {
			args = append(args, g.awaitable(a))
		}
		if len(args) == 0 {
			// gather() of nothing: no awaitable gives the result type.
			return g.rt("GatherReturnExceptions").Types(g.rt("NoneType")).Call()
		}
		return g.rt("GatherReturnExceptions").Call(args...)
	}
	return g.gatherAny(e.Args, g.cond(flag))
}

// sameResults reports whether the awaitables all have one result type.
func (g *gen) sameResults(args []ast.Expr) bool {
	for _, a := range args {
		if !g.info.TypeOf(a).Elem.Equal(g.info.TypeOf(args[0]).Elem) {
			return false
		}
	}
	return true
}

// gatherAny writes a gather of awaitables with different result types:
// the result is a []any.
func (g *gen) gatherAny(args []ast.Expr, flag jen.Code) *jen.Statement {
	codes := []jen.Code{flag}
	for _, a := range args {
		codes = append(codes, g.rt("AnyOf").Call(g.awaitable(a)))
	}
	return g.rt("GatherAny").Call(codes...)
}

// callbackValue writes a function the event loop calls with arguments of
// types params and no error result: fn itself, or a closure reporting what
// fn raises.
func (g *gen) callbackValue(arg ast.Expr, params []*check.Type) *jen.Statement {
	f := g.info.TypeOf(arg).Fn
	if f == nil {
		g.unsupported(arg.Position(), "this callback")
		return nil
	}
	if !f.MayRaise {
		return g.expr(arg)
	}
	fn := g.expr(arg)
	if _, ok := arg.(*ast.Name); !ok {
		tmp := g.fc.names.fresh("callback")
		g.emit(jen.Id(tmp).Op(":=").Add(fn))
		g.declared(tmp)
		fn = jen.Id(tmp)
	}
	var ps, as []jen.Code
	for i, p := range params {
		n := "arg" + itoa(i)
		if len(params) == 1 {
			n = "x"
		}
		ps = append(ps, jen.Id(n).Add(g.goType(p)))
		as = append(as, jen.Id(n))
	}
	failed := func(err jen.Code) jen.Code {
		return g.rt("CallbackFailed").Call(append([]jen.Code{err, jen.Lit(f.QualName()), jen.Lit(g.defLine(f))}, as...)...)
	}
	var body []jen.Code
	if returnsValue(f) {
		body = []jen.Code{
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(fn).Call(as...),
			failed(jen.Err()),
		}
	} else {
		body = []jen.Code{failed(jen.Add(fn).Call(as...))}
	}
	return jen.Func().Params(ps...).Block(body...)
}

// scheduled writes the closure loop.call_soon(fn, args...) runs: the
// arguments are evaluated now, as Python does.
func (g *gen) scheduled(fnArg ast.Expr, args []ast.Expr) *jen.Statement {
	if bt := g.info.TypeOf(fnArg); bt.Kind == check.BuiltinFn && bt.Name == "print" {
		call := &ast.Call{Pos: fnArg.Position(), Func: fnArg, Args: append([]ast.Expr(nil), args...)}
		g.info.Types[call] = g.info.TypeOf(fnArg)
		g.stabilize(call.Args, nil)
		return jen.Func().Params().Block(g.builtinCall("print", call))
	}
	if bt := g.info.TypeOf(fnArg); bt.Kind == check.BuiltinFn && strings.HasPrefix(bt.Name, "Event.") {
		attr := fnArg.(*ast.Attribute)
		recv := []ast.Expr{attr.Value}
		g.stabilize(recv, []string{"event"})
		name := map[string]string{"Event.set": "Set", "Event.clear": "Clear"}[bt.Name]
		return jen.Func().Params().Block(g.expr(recv[0]).Dot(name).Call())
	}
	if bt := g.info.TypeOf(fnArg); bt.Kind == check.BuiltinFn && bt.Name == "list.append" {
		attr := fnArg.(*ast.Attribute)
		lt := g.info.TypeOf(attr.Value)
		if !assignable(g.info, attr.Value) {
			g.unsupported(fnArg.Position(), "append of a list that is not a variable as a callback")
			return nil
		}
		vals := append([]ast.Expr(nil), args...)
		g.stabilize(vals, []string{"item"})
		xs := g.expr(attr.Value)
		if lt.Shared {
			xs = xs.Dot("S")
		}
		v := g.convert(g.expr(vals[0]), g.info.TypeOf(vals[0]), lt.Elem)
		return jen.Func().Params().Block(jen.Add(xs).Op("=").Append(xs, v))
	}
	if bt := g.info.TypeOf(fnArg); bt.Kind == check.BuiltinFn && strings.HasPrefix(bt.Name, "Future.") {
		attr := fnArg.(*ast.Attribute)
		vals := append([]ast.Expr{attr.Value}, args...)
		g.stabilize(vals, []string{"fut", "value"})
		fut := g.expr(vals[0])
		switch bt.Name {
		case "Future.set_result":
			el := g.info.TypeOf(attr.Value).Elem
			return jen.Func().Params().Block(g.rt("CallbackFailed").Call(fut.Dot("SetResult").Call(g.exprAs(vals[1], el)), jen.Lit("Future.set_result"), jen.Lit(0), g.expr(vals[1])))
		case "Future.set_exception":
			return jen.Func().Params().Block(g.rt("CallbackFailed").Call(fut.Dot("SetException").Call(g.excValue(vals[1])), jen.Lit("Future.set_exception"), jen.Lit(0), g.expr(vals[1])))
		}
		if g.info.TypeOf(attr.Value).Kind == check.AnyTask {
			if len(vals) == 2 {
				return jen.Func().Params().Block(g.rt("TaskCancelMsg").Call(fut, g.expr(vals[1])))
			}
			return jen.Func().Params().Block(g.rt("TaskCancel").Call(fut))
		}
		if len(vals) == 2 {
			return jen.Func().Params().Block(fut.Dot("CancelMsg").Call(g.expr(vals[1])))
		}
		return jen.Func().Params().Block(fut.Dot("Cancel").Call())
	}
	f := g.info.TypeOf(fnArg).Fn
	if f == nil {
		g.unsupported(fnArg.Position(), "this callback")
		return nil
	}
	if len(args) == 0 && !f.MayRaise && !returnsValue(f) && len(f.Params) == 0 {
		return g.expr(fnArg) // already a func()
	}
	call := &ast.Call{Pos: fnArg.Position(), Func: fnArg, Args: append([]ast.Expr(nil), args...)}
	g.info.Types[call] = f.Result
	var pnames []string
	for _, p := range f.Params {
		pnames = append(pnames, goName(p.Name))
	}
	g.stabilize(call.Args, pnames)
	var code *jen.Statement
	if _, named := fnArg.(*ast.Name); named {
		code = g.userFunc(g.callee(call)).Call(g.userArgs(f, call)...)
	} else {
		// a lambda or another function value: evaluated once, now
		tmp := g.fc.names.fresh("callback")
		g.emit(jen.Id(tmp).Op(":=").Add(g.expr(fnArg)))
		g.declared(tmp)
		var as []jen.Code
		for i, a := range call.Args {
			as = append(as, g.exprAs(a, f.Params[i].Type))
		}
		code = jen.Id(tmp).Call(as...)
	}
	failed := func(err jen.Code) jen.Code {
		codes := []jen.Code{err, jen.Lit(f.QualName()), jen.Lit(g.defLine(f))}
		for _, a := range call.Args {
			codes = append(codes, g.expr(a))
		}
		return g.rt("CallbackFailed").Call(codes...)
	}
	var body []jen.Code
	switch {
	case !f.MayRaise:
		body = []jen.Code{code}
	case returnsValue(f):
		body = []jen.Code{jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(code), failed(jen.Err())}
	default:
		body = []jen.Code{failed(code)}
	}
	return jen.Func().Params().Block(body...)
}

// asyncMethod writes the methods of asyncio objects that methodCall leaves
// out; nil for the rest.
func (g *gen) asyncMethod(recv ast.Expr, m string, e *ast.Call) *jen.Statement {
	rt := g.info.TypeOf(recv)
	switch rt.Kind {
	case check.Task, check.Future, check.AnyTask:
		switch m {
		case "cancel":
			if rt.Kind != check.AnyTask {
				break
			}
			if len(e.Args) == 1 {
				return g.rt("TaskCancelMsg").Call(g.expr(recv), g.expr(e.Args[0]))
			}
			if k := keyword(e, "msg"); k != nil {
				return g.rt("TaskCancelMsg").Call(g.expr(recv), g.expr(k.Value))
			}
			return g.rt("TaskCancel").Call(g.expr(recv))
		case "cancelling", "uncancel":
			name := map[string]string{"cancelling": "Cancelling", "uncancel": "Uncancel"}[m]
			if rt.Kind == check.AnyTask {
				return g.rt("Task" + name).Call(g.expr(recv))
			}
			return g.expr(recv).Dot(name).Call()
		case "get_coro":
			return g.rt("TaskCoro").Call(g.expr(recv))
		case "get_loop":
			return g.rt("RunningLoop").Call()
		case "add_done_callback":
			r := g.expr(recv)
			cb := g.callbackValue(e.Args[0], []*check.Type{rt})
			n, named := e.Args[0].(*ast.Name)
			if !named || !g.removesCallbacks() {
				return r.Dot("AddDoneCallback").Call(cb)
			}
			fn := "AddTaskCallback"
			if rt.Kind == check.Future {
				fn = "AddFutureCallback"
			}
			return g.rt(fn).Call(r, jen.Lit(n.ID), cb)
		case "remove_done_callback":
			fn := "RemoveTaskCallback"
			if rt.Kind == check.Future {
				fn = "RemoveFutureCallback"
			}
			return g.rt(fn).Call(g.expr(recv), jen.Lit(e.Args[0].(*ast.Name).ID))
		}
	case check.Loop:
		switch m {
		case "call_soon", "call_soon_threadsafe":
			name := map[string]string{"call_soon": "CallSoon", "call_soon_threadsafe": "CallSoonThreadsafe"}[m]
			r := g.expr(recv)
			return r.Dot(name).Call(g.scheduled(e.Args[0], e.Args[1:]))
		case "call_later", "call_at":
			name := map[string]string{"call_later": "CallLater", "call_at": "CallAt"}[m]
			r := g.expr(recv)
			d := g.floatExpr(e.Args[0])
			return r.Dot(name).Call(d, g.scheduled(e.Args[1], e.Args[2:]))
		case "run_in_executor":
			r := g.expr(recv)
			body, t := g.threadFunc(e)
			return g.rt("LoopRunInExecutor").Types(g.goType(t)).Call(r, body)
		case "is_running":
			return g.expr(recv).Dot("IsRunning").Call()
		case "is_closed":
			return g.expr(recv).Dot("IsClosed").Call()
		}
	case check.Handle:
		switch m {
		case "cancel":
			return g.expr(recv).Dot("Cancel").Call()
		case "cancelled":
			return g.expr(recv).Dot("Cancelled").Call()
		case "when":
			return g.expr(recv).Dot("When").Call()
		}
	case check.Timeout:
		switch m {
		case "expired":
			return g.expr(recv).Dot("Expired").Call()
		case "when":
			return g.expr(recv).Dot("WhenAny").Call()
		}
	case check.Bytes:
		if m == "decode" {
			return jen.String().Call(g.expr(recv))
		}
	case check.Str:
		if m == "splitlines" {
			keep := jen.False()
			if len(e.Args) == 1 {
				keep = g.cond(e.Args[0])
			} else if k := keyword(e, "keepends"); k != nil {
				keep = g.cond(k.Value)
			}
			return g.rt("StrSplitLines").Call(g.expr(recv), keep)
		}
		if m == "encode" {
			return jen.Index().Byte().Call(g.expr(recv))
		}
	case check.StreamReader:
		if m == "at_eof" {
			return g.expr(recv).Dot("AtEOF").Call()
		}
	case check.StreamWriter:
		if m == "write" {
			return g.expr(recv).Dot("Write").Call(g.expr(e.Args[0]))
		}
	case check.Exc:
		switch m {
		case "split":
			return g.rt("SplitTuple").Call(append([]jen.Code{g.expr(recv)}, g.classList(e.Args[0])...)...)
		case "subgroup":
			return g.rt("Subgroup").Call(append([]jen.Code{g.expr(recv)}, g.classList(e.Args[0])...)...)
		}
	case check.Thread:
		switch m {
		case "start":
			return g.expr(recv).Dot("Start").Call()
		case "join":
			return g.expr(recv).Dot("Join").Call()
		}
	case check.ThreadEvent:
		name := map[string]string{"set": "Set", "clear": "Clear", "is_set": "IsSet", "wait": "Wait"}[m]
		if name != "" {
			return g.expr(recv).Dot(name).Call()
		}
	case check.Coro:
		if m == "close" {
			return g.expr(recv).Dot("Close").Call()
		}
	case check.Process:
		switch m {
		case "kill":
			return g.expr(recv).Dot("Kill").Call()
		case "terminate":
			return g.expr(recv).Dot("Terminate").Call()
		case "send_signal":
			return g.expr(recv).Dot("SendSignal").Call(g.expr(e.Args[0]))
		}
	case check.Condition:
		if m == "locked" {
			return g.expr(recv).Dot("Locked").Call()
		}
	}
	return nil
}

// threadFunc writes the function loop.run_in_executor(None, f, *args)
// runs on a worker thread, and the type of its result.
func (g *gen) threadFunc(call *ast.Call) (*jen.Statement, *check.Type) {
	inner := g.info.ThreadCalls[call]
	cp := *inner
	cp.Args = append([]ast.Expr(nil), inner.Args...)
	g.info.Types[&cp] = g.info.TypeOf(inner)
	g.info.Raises[&cp] = g.info.Raises[inner]
	t := g.info.TypeOf(inner)
	g.stabilize(cp.Args, nil)
	ret := func(code jen.Code) []jen.Code {
		if t.Kind == check.None {
			return []jen.Code{code, jen.Return(g.rt("None"), jen.Nil())}
		}
		return []jen.Code{jen.Return(code, jen.Nil())}
	}
	var body []jen.Code
	if g.info.Raises[&cp] {
		code, valued, _ := g.raising(&cp)
		switch {
		case valued:
			body = []jen.Code{jen.Return(code)}
		case t.Kind == check.None:
			body = []jen.Code{jen.Return(g.rt("None"), code)}
		default:
			g.unsupported(call.Pos, "run_in_executor() of this function")
		}
	} else {
		body = ret(g.call(&cp))
	}
	return jen.Func().Params().Parens(jen.List(g.goType(t), jen.Error())).Block(body...), t
}

// asyncRaising writes the asyncio calls that return an error in Go and
// that raising leaves out; ok is false for the rest.
func (g *gen) asyncRaising(c callee, x *ast.Call) (code jen.Code, valued, ok bool) {
	if c.recv == nil {
		return nil, false, false
	}
	rt := g.info.TypeOf(c.recv)
	switch {
	case c.method == "exception" && (rt.Kind == check.Task || rt.Kind == check.Future):
		return g.expr(c.recv).Dot("Exception").Call(), true, true
	case c.method == "close" && rt.Kind == check.StreamWriter:
		return g.expr(c.recv).Dot("Close").Call(), false, true
	case c.method == "reschedule" && rt.Kind == check.Timeout:
		if g.info.TypeOf(x.Args[0]).Kind == check.None {
			return g.expr(c.recv).Dot("RescheduleNone").Call(), false, true
		}
		return g.expr(c.recv).Dot("Reschedule").Call(g.floatExpr(x.Args[0])), false, true
	case rt.Kind == check.Condition:
		switch c.method {
		case "release":
			return g.expr(c.recv).Dot("Release").Call(), false, true
		case "notify_all":
			return g.expr(c.recv).Dot("NotifyAll").Call(), false, true
		case "notify":
			n := jen.Lit(1)
			if len(x.Args) == 1 {
				n = g.expr(x.Args[0])
			}
			return g.expr(c.recv).Dot("Notify").Call(n), false, true
		}
	}
	return nil, false, false
}

var waitConds = map[string]string{
	"FIRST_COMPLETED": "FirstCompleted", "FIRST_EXCEPTION": "FirstException", "ALL_COMPLETED": "AllCompleted",
}

// asyncAttr writes the attributes of asyncio objects and exceptions that
// attribute leaves out; nil for the rest.
func (g *gen) asyncAttr(e *ast.Attribute) *jen.Statement {
	vt := g.info.TypeOf(e.Value)
	switch {
	case vt.Kind == check.Queue && e.Attr == "maxsize":
		return g.expr(e.Value).Dot("Maxsize").Call()
	case vt.Kind == check.Process && (e.Attr == "stdout" || e.Attr == "stderr" || e.Attr == "stdin"):
		return g.expr(e.Value).Dot(strings.ToUpper(e.Attr[:1]) + e.Attr[1:])
	case vt.Kind == check.Process && e.Attr == "returncode":
		return g.rt("ProcReturncode").Call(g.expr(e.Value))
	case vt.Kind == check.Exc && e.Attr == "args":
		return g.rt("ExcArgs").Call(g.expr(e.Value))
	case vt.Kind == check.Exc && e.Attr == "exceptions" && (vt.Class == nil || vt.Class.Field("exceptions") == nil):
		return g.rt("ExcTuple").Call(g.rt("AsExc").Call(g.expr(e.Value)).Dot("Exceptions").Call())
	case vt.Kind == check.Exc && e.Attr == "message":
		return g.rt("ExcMessage").Call(g.expr(e.Value))
	case vt.Kind == check.Module && vt.Name == "threading.Thread" && e.Attr == "ident":
		return g.rt("MainThreadIdent").Call()
	case vt.Kind == check.Module && vt.Name == "asyncio.subprocess":
		return g.rt(e.Attr)
	case vt.Kind == check.Module && vt.Name == "asyncio":
		if name := waitConds[e.Attr]; name != "" {
			return g.rt(name)
		}
	}
	return nil
}

// procOptions writes the stdin=, stdout= and stderr= arguments of
// create_subprocess_*.
func (g *gen) procOptions(call *ast.Call) *jen.Statement {
	d := jen.Dict{}
	for _, k := range call.Keywords {
		switch k.Arg {
		case "stdin", "stdout", "stderr":
			if g.info.TypeOf(k.Value).Kind != check.None {
				d[jen.Id(strings.ToUpper(k.Arg[:1])+k.Arg[1:])] = g.expr(k.Value)
			}
		}
	}
	return g.rt("ProcOptions").Values(d)
}

// predicate writes the function cond.wait_for(fn) calls, as
// func() (bool, error).
func (g *gen) predicate(arg ast.Expr) *jen.Statement {
	f := g.info.TypeOf(arg).Fn
	if f == nil {
		g.unsupported(arg.Position(), "this predicate")
		return nil
	}
	fn := g.expr(arg)
	if f.MayRaise && f.Result != nil && f.Result.Kind == check.Bool {
		return fn
	}
	var res jen.Code = fn.Call()
	if f.Result == nil || f.Result.Kind != check.Bool {
		g.unsupported(arg.Position(), "a predicate that does not return a bool")
	}
	if f.MayRaise {
		return fn
	}
	return jen.Func().Params().Parens(jen.List(jen.Bool(), jen.Error())).Block(jen.Return(res, jen.Nil()))
}

// isFutureLike reports whether values of t are tasks or futures.
func isFutureLike(t *check.Type) bool {
	return t.Kind == check.Task || t.Kind == check.Future || t.Kind == check.AnyTask
}

// asyncIsInstance writes isinstance(x, asyncio.Future or asyncio.Task):
// the static type decides it. nil for other classes.
func (g *gen) asyncIsInstance(x, class ast.Expr) *jen.Statement {
	res, ok := check.IsInstanceAsync(g.info.TypeOf(x), g.info.TypeOf(class))
	if !ok {
		return nil
	}
	return jen.Lit(res)
}

// createsTasks reports whether the program makes tasks or futures (create_task,
// gather, TaskGroup, shield, wait_for, as_completed...): asyncio names their
// coroutines' definition lines when a failed one is never awaited.
func (g *gen) createsTasks() bool {
	for e, t := range g.info.Types {
		switch t.Kind {
		case check.Task, check.Future, check.TaskGroup, check.Handle:
			return true
		}
		if c, ok := e.(*ast.Call); ok && g.info.TypeOf(c).Kind == check.Coro {
			if a, ok := c.Func.(*ast.Attribute); ok && a.Attr == "wait_for" {
				return true
			}
		}
	}
	return false
}

// defsCall is rt.Defs(file, definition line of every coroutine function).
func (g *gen) defsCall() jen.Code {
	lines := jen.Dict{}
	for _, f := range g.info.FuncSeq {
		if f.Async {
			lines[jen.Lit(f.QualName())] = jen.Lit(g.pyLine(f.Def.Pos.Line))
		}
	}
	return g.rt("Defs").Call(jen.Lit(g.base), jen.Map(jen.String()).Int().Values(lines))
}

// removesCallbacks reports whether the program calls remove_done_callback:
// only then are done callbacks registered under their Python name.
func (g *gen) removesCallbacks() bool {
	for e := range g.info.Types {
		if c, ok := e.(*ast.Call); ok {
			if a, ok := c.Func.(*ast.Attribute); ok && a.Attr == "remove_done_callback" {
				return true
			}
		}
	}
	return false
}

func hasStarred(args []ast.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// argv writes the arguments of create_subprocess_exec(*args, ...) as one
// []string.
func (g *gen) argv(args []ast.Expr) *jen.Statement {
	if len(args) == 1 {
		return g.slice(args[0].(*ast.Starred).Value)
	}
	var out *jen.Statement
	var lits []jen.Code
	flush := func() {
		if len(lits) == 0 {
			return
		}
		if out == nil {
			out = jen.Index().String().Values(lits...)
		} else {
			out = jen.Append(append([]jen.Code{out}, lits...)...)
		}
		lits = nil
	}
	for _, a := range args {
		st, ok := a.(*ast.Starred)
		if !ok {
			lits = append(lits, g.expr(a))
			continue
		}
		flush()
		if out == nil {
			out = jen.Index().String().Values()
		}
		out = jen.Append(out, g.slice(st.Value).Op("..."))
	}
	flush()
	return out
}

// defLine is the line of a function's def, 0 for a lambda.
func (g *gen) defLine(f *check.Func) int {
	if f.Def == nil {
		return 0
	}
	return g.pyLine(f.Def.Pos.Line)
}
