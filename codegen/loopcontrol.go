package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
)

// A break or continue inside a try body (or an async with body) leaves a
// Go closure, not the loop: it sets a flag and returns from the closure,
// and after the closure call (and the finally body) the flag finishes the
// job with a real break or continue:
//
//	breaking := false
//	err := func() error { ...; breaking = true; return nil }()
//	...finally...
//	if breaking {
//		break
//	}

// loopCtl is the state of the innermost loop being written.
type loopCtl struct {
	closure              int    // closure depth of the loop itself
	breaking, continuing string // flags, declared by the outermost try body that needs them
}

// inLoop writes a loop with fresh loop-control state.
func (g *gen) inLoop(write func()) {
	saved := g.fc.loop
	g.fc.loop = &loopCtl{closure: g.fc.closure}
	write()
	g.fc.loop = saved
}

// escapes reports whether the loop control of the current loop is inside a
// closure.
func (g *gen) escapes() bool {
	return g.fc.loop != nil && g.fc.closure > g.fc.loop.closure
}

// loopControl writes a break or continue.
func (g *gen) loopControl(s ast.Stmt) {
	_, isBreak := s.(*ast.Break)
	if isBreak {
		if flag := g.breakFlags[s.(*ast.Break)]; flag != "" {
			g.emit(jen.Id(flag).Op("=").True())
		}
	}
	if !g.escapes() {
		if isBreak {
			g.emitPlain(jen.Break())
		} else {
			g.emitPlain(jen.Continue())
		}
		return
	}
	flag := g.fc.loop.continuing
	if isBreak {
		flag = g.fc.loop.breaking
	}
	g.emitPlain(jen.Id(flag).Op("=").True())
	g.emitPlain(jen.Return(jen.Nil()))
}

// loopFlags declares, before a try or async with body written as a
// closure directly in a loop, the flags its break and continue set.
func (g *gen) loopFlags(body []ast.Stmt) {
	if g.fc.loop == nil || g.fc.closure != g.fc.loop.closure {
		return
	}
	brk, cont := loopExits(body)
	if brk && g.fc.loop.breaking == "" {
		g.fc.loop.breaking = g.fc.names.fresh("breaking")
		g.emitPlain(jen.Id(g.fc.loop.breaking).Op(":=").False())
		g.declared(g.fc.loop.breaking)
	}
	if cont && g.fc.loop.continuing == "" {
		g.fc.loop.continuing = g.fc.names.fresh("continuing")
		g.emitPlain(jen.Id(g.fc.loop.continuing).Op(":=").False())
		g.declared(g.fc.loop.continuing)
	}
}

// afterLoopExits writes, after a closure whose body breaks or continues
// the loop around it, the check that completes the break or continue.
func (g *gen) afterLoopExits(body []ast.Stmt) {
	if g.fc.loop == nil {
		return
	}
	brk, cont := loopExits(body)
	out := g.escapes()
	for _, x := range []struct {
		has  bool
		flag string
		stmt jen.Code
	}{{brk, g.fc.loop.breaking, jen.Break()}, {cont, g.fc.loop.continuing, jen.Continue()}} {
		if !x.has || x.flag == "" {
			continue
		}
		if out {
			g.emitPlain(jen.If(jen.Id(x.flag)).Block(jen.Return(jen.Nil())))
		} else {
			g.emitPlain(jen.If(jen.Id(x.flag)).Block(x.stmt))
		}
	}
}

// loopExits reports whether body has a break or continue of the loop
// around it (not of loops inside it).
func loopExits(body []ast.Stmt) (brk, cont bool) {
	eachOwnExit(body, func(s ast.Stmt) {
		_, isBreak := s.(*ast.Break)
		brk = brk || isBreak
		cont = cont || !isBreak
	})
	return brk, cont
}

// exits reports whether a closure body always ends in a return, raise,
// break or continue, so that no "return nil" follows it.
func exits(body []ast.Stmt) bool {
	if terminates(body) {
		return true
	}
	if len(body) == 0 {
		return false
	}
	switch s := body[len(body)-1].(type) {
	case *ast.Break, *ast.Continue:
		return true
	case *ast.If:
		return len(s.OrElse) > 0 && exits(s.Body) && exits(s.OrElse)
	}
	return false
}

// discardExits marks as used the flags through which body returns, breaks
// or continues, when a finally body that always exits overrides them.
func (g *gen) discardExits(body []ast.Stmt) {
	var used []jen.Code
	if hasReturn(body) && g.fc.retFlag != "" {
		if g.fc.retVal != "" {
			used = append(used, jen.Id(g.fc.retVal))
		}
		used = append(used, jen.Id(g.fc.retFlag))
	}
	if g.fc.loop != nil {
		brk, cont := loopExits(body)
		if brk && g.fc.loop.breaking != "" {
			used = append(used, jen.Id(g.fc.loop.breaking))
		}
		if cont && g.fc.loop.continuing != "" {
			used = append(used, jen.Id(g.fc.loop.continuing))
		}
	}
	if len(used) == 0 {
		return
	}
	blanks := make([]jen.Code, len(used))
	for i := range blanks {
		blanks[i] = jen.Id("_")
	}
	g.emitPlain(jen.List(blanks...).Op("=").List(used...))
}
