package codegen

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Stackless frames (Options.Stackless).
//
// Every task normally runs its coroutine on a goroutine of its own, which
// keeps the generated functions straight-line Go but costs each parked
// task a goroutine stack. With Options.Stackless, an async function whose
// awaits all sit at the top level of its body, and await asyncio.sleep()
// or a task or future held in a variable, also gets a frame type: its
// parameters and the locals that live across an await become fields, and
// a Resume method runs the body from the await it last stopped at. A task
// created from a call of such a function (create_task, gather,
// TaskGroup.create_task) then runs on the event loop's own stack, and a
// parked task costs only its frame. The ordinary function stays, for
// "await f()" inline calls.

// frameInfo is what makes an async function a frame.
type frameInfo struct {
	body   []ast.Stmt // the top-level statements, try/except-reraise flattened
	fields []*check.Var
	typ    string // the Go name of the frame type
	state  string // the field holding the await to resume at
	// hidden names the counter and stop fields of each for loop over a
	// range written flat (see frameflow.go).
	hidden map[*ast.For][2]string
	loops  []*ast.For // the loops of hidden, in source order
}

// frame returns fn's frame, or nil when fn stays an ordinary coroutine.
func (g *gen) frame(fn *check.Func) *frameInfo {
	if !g.opts.Stackless || fn == nil {
		return nil
	}
	if fi, ok := g.frames[fn]; ok {
		return fi
	}
	fi := g.frameOf(fn)
	if g.frames == nil {
		g.frames = map[*check.Func]*frameInfo{}
	}
	g.frames[fn] = fi
	return fi
}

func (g *gen) frameOf(fn *check.Func) *frameInfo {
	if !fn.Async || !fn.MayRaise || fn.Def == nil || fn.Class != nil || fn.Parent != nil && !fn.Parent.IsModule() || len(fn.Captures) > 0 {
		return nil
	}
	if fn.VarArg != nil || fn.KwArg != nil || fn.Generator || g.hasBoundFlags(fn) {
		return nil
	}
	body, ok := g.flattenReraise(fn.Def.Body)
	if !ok {
		return nil
	}
	if flowFrame(body) {
		return g.flowFrameOf(fn, body)
	}
	// Which segment (the code between two awaits) uses each variable.
	segs := map[*check.Var]map[int]bool{}
	use := func(e ast.Expr, seg int) bool {
		ok := true
		inspect(e, func(x ast.Expr) {
			switch x := x.(type) {
			case *ast.Lambda, *ast.Await, *ast.Yield:
				ok = false
			case *ast.Name:
				v := g.info.Uses[x]
				if v != nil && v.Func == fn && (v.Kind == check.Local || v.Kind == check.Param) {
					if segs[v] == nil {
						segs[v] = map[int]bool{}
					}
					segs[v][seg] = true
				}
			}
		})
		return ok
	}
	seg := 0
	for _, s := range body {
		if aw, target := awaitStmt(s); aw != nil {
			if !g.frameAwaitable(aw.Value) || !use(g.awaitOperand(aw.Value), seg) {
				return nil
			}
			seg++
			if n, ok := g.awaitOperand(aw.Value).(*ast.Name); ok {
				use(n, seg) // the end of the await reads it again
			}
			if target != nil {
				use(target, seg)
			}
			continue
		}
		if !g.frameStmt(s, func(e ast.Expr) bool { return use(e, seg) }) {
			return nil
		}
	}
	var locals []*check.Var
	for v, s := range segs {
		if v.Kind == check.Local && len(s) > 1 {
			locals = append(locals, v)
		}
	}
	decls := placeDecls(g.info, fn, body)
	for _, v := range locals {
		if decls[v].Index < 0 {
			return nil
		}
	}
	return g.newFrameInfo(fn, body, locals, nil)
}

// newFrameInfo names fn's frame type and its fields: the parameters, the
// locals given, and the hidden fields of the loops given.
func (g *gen) newFrameInfo(fn *check.Func, body []ast.Stmt, locals []*check.Var, loops []*ast.For) *frameInfo {
	fi := &frameInfo{body: body, typ: goName(fn.Name) + "Frame"}
	if g.moduleNames[fi.typ] || g.info.Module.Locals[fi.typ] != nil {
		return nil
	}
	taken := map[string]bool{}
	for _, p := range fn.Params {
		fi.fields = append(fi.fields, p)
		taken[goName(p.Name)] = true
	}
	sortVars(locals)
	for _, v := range locals {
		if v.Type.Kind == check.Unknown {
			return nil
		}
		fi.fields = append(fi.fields, v)
		taken[goName(v.Name)] = true
	}
	fresh := func(base string) string {
		name := base
		for i := 1; taken[name]; i++ {
			name = fmt.Sprintf("%s%d", base, i)
		}
		taken[name] = true
		return name
	}
	fi.loops = loops
	for _, l := range loops {
		if fi.hidden == nil {
			fi.hidden = map[*ast.For][2]string{}
		}
		target := goName(l.Target.(*ast.Name).ID)
		fi.hidden[l] = [2]string{fresh("next" + upperFirst(target)), fresh("stop" + upperFirst(target))}
	}
	fi.state = fresh("state")
	return fi
}

// flattenReraise returns body with every "try: B except
// asyncio.CancelledError: raise" replaced by B: catching the cancellation
// only to re-raise it changes nothing.
func (g *gen) flattenReraise(body []ast.Stmt) ([]ast.Stmt, bool) {
	var out []ast.Stmt
	for _, s := range body {
		t, ok := s.(*ast.Try)
		if !ok || !hasAwait(t) {
			out = append(out, s)
			continue
		}
		body, ok := reraiseBody(t)
		if !ok {
			return nil, false
		}
		inner, ok := g.flattenReraise(body)
		if !ok {
			return nil, false
		}
		out = append(out, inner...)
	}
	return out, true
}

func isCancelledError(e ast.Expr) bool {
	a, ok := e.(*ast.Attribute)
	if !ok || a.Attr != "CancelledError" {
		return false
	}
	n, ok := a.Value.(*ast.Name)
	return ok && n.ID == "asyncio"
}

// awaitStmt recognizes "await X", "name = await X" and "return await X".
func awaitStmt(s ast.Stmt) (*ast.Await, *ast.Name) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		aw, _ := s.Value.(*ast.Await)
		return aw, nil
	case *ast.Assign:
		if aw, ok := s.Value.(*ast.Await); ok && len(s.Targets) == 1 {
			if n, ok := s.Targets[0].(*ast.Name); ok {
				return aw, n
			}
		}
	case *ast.Return:
		aw, _ := s.Value.(*ast.Await)
		return aw, nil
	}
	return nil, nil
}

// frameAwaitable reports whether a frame can await e: asyncio.sleep(d),
// a task or future held in a variable, or event.wait() of an event held
// in a variable.
func (g *gen) frameAwaitable(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Call:
		return g.isSleep(e) || eventWait(g.info, e) != nil
	case *ast.Name:
		k := g.info.TypeOf(e).Kind
		return k == check.Task || k == check.Future
	}
	return false
}

func (g *gen) isSleep(e *ast.Call) bool {
	a, ok := e.Func.(*ast.Attribute)
	if !ok || a.Attr != "sleep" || len(e.Args) != 1 || len(e.Keywords) > 0 {
		return false
	}
	n, ok := a.Value.(*ast.Name)
	if !ok || n.ID != "asyncio" {
		return false
	}
	if v := g.info.Uses[n]; v == nil || v.Kind == check.Local || v.Kind == check.Param {
		return false
	}
	k := g.info.TypeOf(e.Args[0]).Kind
	raises := false
	inspect(e.Args[0], func(x ast.Expr) { raises = raises || g.info.Raises[x] })
	return (k == check.Int || k == check.Float) && !raises
}

// eventWait returns the event variable of "ev.wait()", or nil.
func eventWait(info *check.Info, e *ast.Call) *ast.Name {
	a, ok := e.Func.(*ast.Attribute)
	if !ok || a.Attr != "wait" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return nil
	}
	n, ok := a.Value.(*ast.Name)
	if !ok || info.TypeOf(n).Kind != check.Event {
		return nil
	}
	return n
}

// awaitOperand is the expression evaluated when an await starts: the
// delay of a sleep, the variable holding what is awaited otherwise.
func (g *gen) awaitOperand(e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.Call); ok {
		if n := eventWait(g.info, c); n != nil {
			return n
		}
		return c.Args[0]
	}
	return e
}

// frameStmt reports whether s can run inside a frame as it is: no await,
// no nested function, and its variables noted by use.
func (g *gen) frameStmt(s ast.Stmt, use func(ast.Expr) bool) bool {
	switch s := s.(type) {
	case *ast.FunctionDef, *ast.ClassDef, *ast.Global, *ast.Nonlocal:
		return false
	case *ast.For:
		if s.IsAsync || !use(s.Target) {
			return false
		}
	case *ast.With:
		if s.IsAsync {
			return false
		}
	}
	for _, e := range stmtExprs(s) {
		if !use(e) {
			return false
		}
	}
	for _, b := range subBodies(s) {
		for _, x := range b {
			if !g.frameStmt(x, use) {
				return false
			}
		}
	}
	return true
}

// subBodies lists the statement lists nested in s.
func subBodies(s ast.Stmt) [][]ast.Stmt {
	switch s := s.(type) {
	case *ast.If:
		return [][]ast.Stmt{s.Body, s.OrElse}
	case *ast.While:
		return [][]ast.Stmt{s.Body, s.OrElse}
	case *ast.For:
		return [][]ast.Stmt{s.Body, s.OrElse}
	case *ast.With:
		return [][]ast.Stmt{s.Body}
	case *ast.Try:
		out := [][]ast.Stmt{s.Body, s.OrElse, s.FinalBody}
		for _, h := range s.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}

func hasAwait(s ast.Stmt) bool {
	found := false
	for _, e := range stmtExprs(s) {
		inspect(e, func(x ast.Expr) {
			if _, ok := x.(*ast.Await); ok {
				found = true
			}
		})
	}
	for _, b := range subBodies(s) {
		for _, x := range b {
			found = found || hasAwait(x)
		}
	}
	return found
}

// frameCoro writes the coroutine object of a call of fn, which has a frame.
func (g *gen) frameCoro(fi *frameInfo, fn *check.Func, call *ast.Call) *jen.Statement {
	args := g.userArgs(fn, call)
	var fields []jen.Code
	for i, a := range args {
		fields = append(fields, jen.Id(goName(fn.Params[i].Name)).Op(":").Add(a))
	}
	frame := jen.Op("&").Id(fi.typ).Values(fields...)
	if returnsValue(fn) {
		return g.rt("FrameCoro").Call(jen.Lit(fn.QualName()), frame)
	}
	return g.rt("VoidFrameCoro").Call(jen.Lit(fn.QualName()), frame)
}

// frameFunc writes fn's frame type and its Resume method.
func (g *gen) frameFunc(fn *check.Func, fi *frameInfo) {
	var fields []jen.Code
	fields = append(fields, jen.Id(fi.state).Int().Comment("the await to resume at; 0 before the first step"))
	for _, v := range fi.fields {
		fields = append(fields, jen.Id(goName(v.Name)).Add(g.goType(v.Type)))
	}
	for _, s := range fi.loops {
		h := fi.hidden[s]
		fields = append(fields, jen.List(jen.Id(h[0]), jen.Id(h[1])).Int().Comment(fmt.Sprintf("the next value and the end of the range of line %d", s.Pos.Line)))
	}
	g.file.Line()
	g.file.Commentf("%s is the frame of %s when it runs as a task without a goroutine: its", fi.typ, goName(fn.Name))
	g.file.Comment("parameters and the locals used across an await live here between steps.")
	g.file.Type().Id(fi.typ).Struct(fields...)

	g.newFunc(fn, fi.body)
	for _, v := range fi.fields {
		g.fc.local[v] = "f." + goName(v.Name)
		delete(g.fc.decls, v)
	}
	g.fc.tail = last(fi.body)
	zero := []jen.Code{}
	if returnsValue(fn) {
		zero = append(zero, g.zero(fn.Result))
	}
	fl := &flow{fi: fi, fn: fn, refs: map[string]int{}}
	fl.ret = func(err jen.Code) jen.Code {
		return jen.Return(append(append([]jen.Code{}, zero...), g.released(err))...)
	}
	fl.suspend = func() jen.Code { return jen.Return(append(append([]jen.Code{}, zero...), g.rt("Suspended"))...) }
	g.flowStmts(fl, fi.body)
	if !fl.dead && !g.fc.returned && !g.endsInReturn() {
		g.emitPlain(jen.Return(append(append([]jen.Code{}, zero...), jen.Nil())...))
	}
	g.flush(fl)
	var stmts []jen.Code
	stmts = append(stmts, g.retDecls()...)
	if len(fl.cases) > 0 {
		stmts = append(stmts, jen.Switch(jen.Id("f").Dot(fi.state)).Block(fl.cases...))
	}
	stmts = append(stmts, fl.code()...)
	g.fc = nil
	results := g.results(fn)
	g.file.Line()
	if g.opts.LineDirectives {
		g.file.Comment(g.lineComment(fn.Def.Pos.Line))
	}
	g.file.Func().Params(jen.Id("f").Op("*").Id(fi.typ)).Id("Resume").Params(jen.Id("exc").Error()).Add(results).Block(stmts...)
}

// frameAwait writes an await statement of a frame: the start of the
// await, the return of Suspended, and after the await's label its end.
func (g *gen) frameAwait(fl *flow, s ast.Stmt, aw *ast.Await, target *ast.Name) {
	// Close the segment before the await: a goto must not jump over the
	// declarations in it.
	g.flush(fl)
	g.setLine(s.Position())
	var label string
	if call, ok := aw.Value.(*ast.Call); ok && eventWait(g.info, call) != nil {
		label = g.nextAwait(fl)
		g.emit(jen.If(g.expr(eventWait(g.info, call)).Dot("WaitStart").Call()).Block(fl.suspend()))
	} else if ok {
		d := call.Args[0]
		delay := g.expr(d)
		if _, ok := d.(*ast.Constant); !ok {
			delay = g.convert(delay, g.info.TypeOf(d), &check.Type{Kind: check.Float})
		}
		g.emit(g.rt("SleepStart").Call(delay))
		label = g.nextAwait(fl)
		g.emitPlain(fl.suspend())
	} else {
		label = g.nextAwait(fl)
		g.emit(jen.If(g.rt("AwaitStart").Call(g.expr(aw.Value))).Block(fl.suspend()))
	}
	g.label(fl, label)
	g.setLine(s.Position())
	g.frameAwaitEnd(fl.fn, s, aw, target, fl.ret)
	if isReturn(s) {
		fl.dead = true
	}
}

// frameAwaitEnd writes what follows an await once the frame resumes.
func (g *gen) frameAwaitEnd(fn *check.Func, s ast.Stmt, aw *ast.Await, target *ast.Name, ret func(jen.Code) jen.Code) {
	if call, ok := aw.Value.(*ast.Call); ok && g.isSleep(call) {
		g.emit(jen.If(jen.Err().Op(":=").Add(g.rt("SleepEnd").Call(jen.Id("exc"))), jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
		if isReturn(s) {
			if returnsValue(fn) {
				g.emit(jen.Return(g.rt("None"), jen.Nil()))
			} else {
				g.emit(jen.Return(jen.Nil()))
			}
		}
		if target != nil {
			if name, _ := g.target(target, s); name != "_" {
				g.emit(jen.Id(name).Op("=").Add(g.rt("None")))
			}
		}
		return
	}
	end := g.rt("AwaitEnd").Call(g.expr(aw.Value), jen.Id("exc"))
	if call, ok := aw.Value.(*ast.Call); ok {
		end = g.expr(eventWait(g.info, call)).Dot("WaitEnd").Call(jen.Id("exc"))
	}
	rtype := g.info.TypeOf(aw)
	switch {
	case isReturn(s):
		tmp := g.fc.names.fresh("result")
		g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(end))
		g.emitPlain(jen.If(jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
		if returnsValue(fn) {
			g.emit(jen.Return(g.convert(jen.Id(tmp), rtype, fn.Result), jen.Nil()))
		} else {
			g.emit(jen.Return(jen.Nil()))
		}
	case target != nil:
		name, decl := g.target(target, s)
		vt := g.info.Uses[target].Type
		if name == "_" {
			g.emit(jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(end), jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
			return
		}
		if decl && rtype.Equal(vt) {
			// "x, err := rt.AwaitEnd(...)" declares x where it is first set
			g.emit(jen.List(jen.Id(name), jen.Err()).Op(":=").Add(end))
			g.declared("err")
			g.emitPlain(jen.If(jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
			return
		}
		tmp := g.fc.names.fresh(strings.TrimPrefix(name, "f.") + "Value")
		g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(end))
		g.emitPlain(jen.If(jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
		op := "="
		if decl {
			op = ":="
		}
		g.emit(jen.Id(name).Op(op).Add(g.convert(jen.Id(tmp), rtype, vt)))
	default:
		g.emit(jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(end), jen.Err().Op("!=").Nil()).Block(ret(jen.Err())))
	}
}

func isReturn(s ast.Stmt) bool {
	_, ok := s.(*ast.Return)
	return ok
}

var declares = regexp.MustCompile(`^(var\s|[\w, ]+:=)`)

// wrapSegment puts the statements of a segment in a block when one of
// them declares a variable, so the gotos of the frame's switch do not jump
// over it.
func wrapSegment(stmts []jen.Code) []jen.Code {
	for _, s := range stmts {
		code := fmt.Sprintf("%#v", s)
		if !strings.HasPrefix(code, "if ") && declares.MatchString(code) {
			return []jen.Code{jen.Block(stmts...)}
		}
	}
	return stmts
}
