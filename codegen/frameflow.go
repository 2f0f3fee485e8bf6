package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Control flow around awaits in stackless frames.
//
// A frame resumes with a goto to the label after the await it stopped at,
// and Go does not let a goto jump into a block. So when an await stands
// inside an if, while, for over a range, or async with on a lock or
// semaphore, those statements are written flat: their bodies sit in the
// Resume method's own block between labels, and the branches and loop
// back edges are gotos. Every local of such a function is a frame field.
// Statements without awaits inside them are written as usual.

// flowFrame reports whether body needs its control flow written flat: some
// await, or an async with, is nested in a statement.
func flowFrame(body []ast.Stmt) bool {
	for _, s := range body {
		if aw, _ := awaitStmt(s); aw != nil {
			continue
		}
		if hasAwait(s) || isAsyncWith(s) {
			return true
		}
	}
	return false
}

func isAsyncWith(s ast.Stmt) bool {
	w, ok := s.(*ast.With)
	return ok && w.IsAsync
}

// flowFrameOf returns the frame of fn, whose body needs flat control flow,
// or nil when it cannot have one.
func (g *gen) flowFrameOf(fn *check.Func, body []ast.Stmt) *frameInfo {
	used := map[*check.Var]bool{}
	compTargets := map[*check.Var]bool{}
	use := func(e ast.Expr) bool {
		ok := true
		inspect(e, func(x ast.Expr) {
			switch x := x.(type) {
			case *ast.Lambda, *ast.Await, *ast.Yield:
				ok = false
			case *ast.Name:
				if v := g.info.Uses[x]; v != nil && v.Func == fn && v.Kind == check.Local {
					used[v] = true
				}
			}
			for _, c := range ast.Clauses(x) {
				inspect(c.Target, func(t ast.Expr) {
					if n, ok := t.(*ast.Name); ok && g.info.Uses[n] != nil {
						compTargets[g.info.Uses[n]] = true
					}
				})
			}
		})
		return ok
	}
	if !g.flowCheck(body, flowScope{}, use) {
		return nil
	}
	var locals []*check.Var
	for v := range used {
		if !compTargets[v] && v.Reads > 0 {
			locals = append(locals, v)
		}
	}
	var loops []*ast.For
	for _, s := range body {
		walkBody([]ast.Stmt{s}, func(s ast.Stmt) {
			if f, ok := s.(*ast.For); ok && hasAwait(f) {
				loops = append(loops, f)
			}
		})
	}
	return g.newFrameInfo(fn, body, locals, loops)
}

// flowScope is where a statement of a flat frame stands: inside how many
// lowered loops, and how many async with bodies (in all, and inside the
// innermost lowered loop).
type flowScope struct {
	loops, withs, withsInLoop int
}

// flowCheck reports whether stmts can be written flat, noting the
// variables of their expressions by use.
func (g *gen) flowCheck(stmts []ast.Stmt, sc flowScope, use func(ast.Expr) bool) bool {
	for _, s := range stmts {
		if !g.flowCheckStmt(s, sc, use) {
			return false
		}
	}
	return true
}

func (g *gen) flowCheckStmt(s ast.Stmt, sc flowScope, use func(ast.Expr) bool) bool {
	if aw, target := awaitStmt(s); aw != nil {
		if !g.frameAwaitable(aw.Value) || !use(g.awaitOperand(aw.Value)) {
			return false
		}
		if isReturn(s) && sc.withs > 0 {
			return false
		}
		return target == nil || use(target)
	}
	if !hasAwait(s) && !isAsyncWith(s) && !exitsLoop(s) {
		if sc.withs > 0 && hasReturn([]ast.Stmt{s}) {
			return false
		}
		return g.frameStmt(s, use)
	}
	switch s := s.(type) {
	case *ast.If:
		return use(s.Test) && g.flowCheck(s.Body, sc, use) && g.flowCheck(s.OrElse, sc, use)
	case *ast.While:
		if len(s.OrElse) > 0 || !use(s.Test) {
			return false
		}
		return g.flowCheck(s.Body, flowScope{loops: sc.loops + 1, withs: sc.withs}, use)
	case *ast.For:
		if s.IsAsync || len(s.OrElse) > 0 || g.flowRange(s) == nil || !use(s.Target) || !use(s.Iter) {
			return false
		}
		return g.flowCheck(s.Body, flowScope{loops: sc.loops + 1, withs: sc.withs}, use)
	case *ast.With:
		if !s.IsAsync || g.heldLock(s) == nil || !use(s.Items[0].ContextExpr) {
			return false
		}
		return g.flowCheck(s.Body, flowScope{loops: sc.loops, withs: sc.withs + 1, withsInLoop: sc.withsInLoop + 1}, use)
	case *ast.Break, *ast.Continue:
		return sc.loops > 0 && sc.withsInLoop == 0
	case *ast.Try:
		body, ok := reraiseBody(s)
		return ok && g.flowCheck(body, sc, use)
	}
	return false
}

// reraiseBody returns B of "try: B except asyncio.CancelledError: raise".
func reraiseBody(t *ast.Try) ([]ast.Stmt, bool) {
	if len(t.Handlers) != 1 || len(t.OrElse) > 0 || len(t.FinalBody) > 0 || t.IsStar {
		return nil, false
	}
	h := t.Handlers[0]
	if h.Name != "" || len(h.Body) != 1 || !isCancelledError(h.Type) {
		return nil, false
	}
	if r, ok := h.Body[0].(*ast.Raise); !ok || r.Exc != nil {
		return nil, false
	}
	return t.Body, true
}

// flowRange returns the arguments of "for NAME in range(...)" with one or
// two int arguments and an int target, or nil.
func (g *gen) flowRange(s *ast.For) []ast.Expr {
	n, ok := s.Target.(*ast.Name)
	if !ok || g.info.TypeOf(n).Kind != check.Int {
		return nil
	}
	call, ok := s.Iter.(*ast.Call)
	if !ok || len(call.Keywords) > 0 || len(call.Args) == 0 || len(call.Args) > 2 {
		return nil
	}
	if f, ok := call.Func.(*ast.Name); !ok || f.ID != "range" || g.info.Uses[f] == nil || g.info.Uses[f].Kind != check.Builtin {
		return nil
	}
	for _, a := range call.Args {
		if g.info.TypeOf(a).Kind != check.Int || g.info.Raises[a] {
			return nil
		}
	}
	return call.Args
}

// heldLock returns the lock or semaphore variable of "async with NAME:".
func (g *gen) heldLock(s *ast.With) *ast.Name {
	if len(s.Items) != 1 || s.Items[0].OptionalVars != nil {
		return nil
	}
	n, ok := s.Items[0].ContextExpr.(*ast.Name)
	if !ok {
		return nil
	}
	if k := g.info.TypeOf(n).Kind; k != check.Lock && k != check.Semaphore {
		return nil
	}
	return n
}

// exitsLoop reports whether s holds a break or continue of a loop around s.
func exitsLoop(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.Break, *ast.Continue:
		return true
	case *ast.For, *ast.While:
		return false
	case *ast.FunctionDef, *ast.ClassDef:
		return false
	}
	for _, b := range subBodies(s) {
		for _, x := range b {
			if exitsLoop(x) {
				return true
			}
		}
	}
	return false
}

// flow is the flat body of a Resume method being written.
type flow struct {
	fi     *frameInfo
	fn     *check.Func
	items  []flowItem
	refs   map[string]int // gotos to each label
	cases  []jen.Code     // the cases of the switch on the state
	awaits int
	labels int
	loops  []flowLoop
	dead   bool // the code being written cannot be reached
	// ret returns err from Resume (after the releases of the locks held);
	// suspend returns rt.Suspended.
	ret     func(err jen.Code) jen.Code
	suspend func() jen.Code
}

type flowItem struct {
	code  jen.Code
	label string
}

type flowLoop struct{ next, done string }

// flush ends the statements written since the last label or await.
func (g *gen) flush(fl *flow) {
	for _, c := range wrapSegment(g.pop()) {
		fl.items = append(fl.items, flowItem{code: c})
	}
	g.push()
}

// label places a label; one no goto reaches is left out at the end.
func (g *gen) label(fl *flow, name string) {
	g.flush(fl)
	fl.items = append(fl.items, flowItem{label: name})
	if fl.refs[name] > 0 {
		fl.dead = false
	}
}

func (g *gen) gotoLabel(fl *flow, name string) jen.Code {
	fl.refs[name]++
	return jen.Goto().Id(name)
}

func (fl *flow) newLabel(kind string) string {
	fl.labels++
	return fmt.Sprintf("%s%d", kind, fl.labels)
}

// code returns the flat body, leaving out labels no goto reaches.
func (fl *flow) code() []jen.Code {
	var out []jen.Code
	for _, it := range fl.items {
		switch {
		case it.label == "":
			out = append(out, it.code)
		case fl.refs[it.label] > 0:
			out = append(out, jen.Id(it.label).Op(":"))
		}
	}
	return out
}

// flowStmts writes stmts flat.
func (g *gen) flowStmts(fl *flow, stmts []ast.Stmt) {
	if len(stmts) == 0 {
		return
	}
	key := &stmts[0]
	for i, s := range stmts {
		if fl.dead {
			return // what follows a return, raise, break or continue
		}
		if aw, target := awaitStmt(s); aw != nil {
			g.frameAwait(fl, s, aw, target)
			continue
		}
		if !hasAwait(s) && !isAsyncWith(s) && !exitsLoop(s) {
			g.varDecls(key, i, s)
			g.stmt(s)
			fl.dead = terminates([]ast.Stmt{s})
			continue
		}
		g.setLine(s.Position())
		switch s := s.(type) {
		case *ast.If:
			g.flowIf(fl, s)
		case *ast.While:
			g.flowWhile(fl, s)
		case *ast.For:
			g.flowFor(fl, s)
		case *ast.With:
			g.flowWith(fl, s)
		case *ast.Break:
			g.emitPlain(g.gotoLabel(fl, fl.loops[len(fl.loops)-1].done))
			fl.dead = true
		case *ast.Continue:
			g.emitPlain(g.gotoLabel(fl, fl.loops[len(fl.loops)-1].next))
			fl.dead = true
		case *ast.Try:
			body, _ := reraiseBody(s)
			g.flowStmts(fl, body)
		}
	}
}

func (g *gen) flowIf(fl *flow, s *ast.If) {
	cond := g.cond(s.Test)
	end := fl.newLabel("end")
	skip := end
	if len(s.OrElse) > 0 {
		skip = fl.newLabel("else")
	}
	g.emit(jen.If(jen.Op("!").Parens(cond)).Block(g.gotoLabel(fl, skip)))
	g.flowStmts(fl, s.Body)
	if len(s.OrElse) > 0 {
		if !fl.dead {
			g.emitPlain(g.gotoLabel(fl, end))
		}
		g.label(fl, skip)
		g.flowStmts(fl, s.OrElse)
	}
	g.label(fl, end)
}

func (g *gen) flowWhile(fl *flow, s *ast.While) {
	next, done := fl.newLabel("loop"), fl.newLabel("done")
	g.label(fl, next)
	g.setLine(s.Pos)
	if k, ok := s.Test.(*ast.Constant); !ok || k.Kind != ast.ConstBool || k.Value != true {
		cond := g.cond(s.Test)
		g.emit(jen.If(jen.Op("!").Parens(cond)).Block(g.gotoLabel(fl, done)))
	}
	g.flowLoopBody(fl, s.Body, next, done)
}

func (g *gen) flowFor(fl *flow, s *ast.For) {
	args := g.flowRange(s)
	next, done := fl.newLabel("loop"), fl.newLabel("done")
	counter, stop := "f."+fl.fi.hidden[s][0], "f."+fl.fi.hidden[s][1]
	start := jen.Lit(0)
	if len(args) == 2 {
		start = g.expr(args[0])
	}
	g.emit(jen.Id(stop).Op("=").Add(g.expr(args[len(args)-1])))
	g.emit(jen.Id(counter).Op("=").Add(start))
	g.label(fl, next)
	g.setLine(s.Pos)
	g.emit(jen.If(jen.Id(counter).Op(">=").Id(stop)).Block(g.gotoLabel(fl, done)))
	name, _ := g.target(s.Target.(*ast.Name), s)
	if name != "_" {
		g.emit(jen.Id(name).Op("=").Id(counter))
	}
	g.emit(jen.Id(counter).Op("++"))
	g.flowLoopBody(fl, s.Body, next, done)
}

func (g *gen) flowLoopBody(fl *flow, body []ast.Stmt, next, done string) {
	fl.loops = append(fl.loops, flowLoop{next: next, done: done})
	g.flowStmts(fl, body)
	fl.loops = fl.loops[:len(fl.loops)-1]
	if !fl.dead {
		g.emitPlain(g.gotoLabel(fl, next))
		fl.dead = true
	}
	g.label(fl, done)
}

// flowWith writes "async with lock: body": the acquire is an await, and
// every way out of the body releases the lock.
func (g *gen) flowWith(fl *flow, s *ast.With) {
	lock := g.expr(g.heldLock(s))
	g.flush(fl)
	label := g.nextAwait(fl)
	g.emit(jen.If(jen.Add(lock).Dot("AcquireStart").Call()).Block(fl.suspend()))
	g.label(fl, label)
	g.setLine(s.Pos)
	g.emit(jen.If(jen.Err().Op(":=").Add(lock).Dot("AcquireEnd").Call(jen.Id("exc")), jen.Err().Op("!=").Nil()).Block(fl.ret(jen.Err())))
	g.fc.held = append(g.fc.held, lock)
	g.flowStmts(fl, s.Body)
	g.fc.held = g.fc.held[:len(g.fc.held)-1]
	if !fl.dead {
		g.setLine(s.Pos)
		g.emit(jen.If(jen.Err().Op(":=").Add(lock).Dot("Release").Call(), jen.Err().Op("!=").Nil()).Block(fl.ret(jen.Err())))
	}
}

// nextAwait numbers the next await: the state is set to its number, the
// switch at the top of Resume jumps to its label, which it returns.
func (g *gen) nextAwait(fl *flow) string {
	fl.awaits++
	name := fmt.Sprintf("await%d", fl.awaits)
	fl.refs[name]++
	fl.cases = append(fl.cases, jen.Case(jen.Lit(fl.awaits)).Block(jen.Goto().Id(name)))
	g.emitPlain(jen.Id("f").Dot(fl.fi.state).Op("=").Lit(fl.awaits))
	return name
}

// released wraps err, raised in the bodies of the async with statements
// being written, in the releases of their locks, innermost first.
func (g *gen) released(err jen.Code) jen.Code {
	for i := len(g.fc.held) - 1; i >= 0; i-- {
		err = g.rt("ReleaseWith").Call(g.fc.held[i], err)
	}
	return err
}
