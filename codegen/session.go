package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Session describes one input of an interactive session. The module
// holds every input so far, so that types are inferred across them, and
// its functions and classes are all written; the statements before
// NewFrom ran already, those from NewFrom on are the input:
//
//	func Run() error { ... }  // the input's statements
//	var Async = true          // whether they await (Run is then a task's body)
//
// As in CPython's interactive console, the value of every expression
// statement of the input that is not None is shown (rt.Display).
//
// Define are def and class statements of earlier inputs that were left
// out then (check's Pending) and are written now: Run starts with what
// they do when they run (evaluating defaults, class attributes).
//
// Line, when set, maps a line of the module to the line Python shows for
// it: the inputs are numbered apart in the module, each from 1 in
// tracebacks.
type Session struct {
	NewFrom int
	Define  []ast.Stmt
	Line    func(int) int
}

// sessionRun writes Run and Async for the input of a session.
func (g *gen) sessionRun(mod *ast.Module) {
	m := g.info.Module
	body := append(append([]ast.Stmt(nil), g.opts.Session.Define...), mod.Body[g.opts.Session.NewFrom:]...)
	g.newFunc(m, body)
	g.emitPlain(g.trackCall())
	g.body(body)
	if !terminates(body) && !g.fc.returned && !g.endsInReturn() {
		g.fc.line = 0
		g.emitPlain(jen.Return(jen.Nil()))
	}
	stmts := append(g.delDecls(), g.pop()...)
	g.file.Line()
	g.file.Comment("Run runs the input's statements.")
	g.file.Func().Id("Run").Params().Error().Block(stmts...)
	g.file.Line()
	g.file.Comment("Async tells whether Run awaits: it then runs as a task.")
	g.file.Var().Id("Async").Op("=").Lit(awaitsAtTop(body))
	g.fc = nil
}

// displays reports whether the expression statement e shows its value:
// it stands in the input of a session, outside any function, and its
// value may be something other than None.
func (g *gen) displays(e ast.Expr) bool {
	if g.opts.Session == nil || !g.fc.fn.IsModule() || g.fc.closure > 0 {
		return false
	}
	if _, ok := e.(*ast.Yield); ok {
		return false
	}
	switch g.info.TypeOf(e).Kind {
	case check.None, check.Unknown, check.Coro:
		return false
	}
	return true
}

// awaitsAtTop reports whether body, module-level code, awaits outside
// any function or class (await, async for, async with).
func awaitsAtTop(body []ast.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.FunctionDef, *ast.ClassDef:
			continue
		case *ast.For:
			if s.IsAsync {
				return true
			}
		case *ast.With:
			if s.IsAsync {
				return true
			}
		}
		if hasAwait(s) {
			return true
		}
		for _, b := range subBodies(s) {
			if awaitsAtTop(b) {
				return true
			}
		}
	}
	return false
}
