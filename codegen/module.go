package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// module writes package-level variables, classes and functions in source
// order, then main.
func (g *gen) module(mod *ast.Module) {
	g.scanTracking(mod)
	m := g.info.Module
	var globals []jen.Code
	for _, name := range sortedNames(m.Locals) {
		v := m.Locals[name]
		if v.Kind == check.Global && v.UsedInFunc && v.Type.Kind != check.Unknown {
			globals = append(globals, jen.Id(goName(v.Name)).Add(g.goType(v.Type)))
		}
	}
	globals = append(globals, g.defaultDecls()...)
	globals = append(globals, g.globalFlags()...)
	if len(globals) > 0 {
		g.file.Var().Defs(globals...)
	}
	walkTop(mod.Body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.ClassDef:
			if ci := g.info.Classes[s]; ci.Pending {
				// an interactive session's class with no instance yet
			} else if ci.Plain {
				g.plainClass(ci)
			} else {
				g.class(s)
			}
		case *ast.FunctionDef:
			fn := g.info.Funcs[s]
			if fn.Pending {
				return // an interactive session's function nothing calls yet
			}
			g.function(fn)
			if fi := g.frame(fn); fi != nil {
				g.frameFunc(fn, fi)
			}
		}
	})
	if g.opts.Session != nil {
		g.sessionRun(mod)
		g.duckFuncs()
		return
	}
	if g.opts.Package != "main" {
		g.exports(mod)
	}
	g.mainFunc(mod)
	g.duckFuncs()
}

// last returns the statement that ends body, looking into a main guard.
func last(body []ast.Stmt) ast.Stmt {
	if len(body) == 0 {
		return nil
	}
	s := body[len(body)-1]
	if i, ok := s.(*ast.If); ok && isMainGuard(i.Test) && len(i.OrElse) == 0 {
		return last(i.Body)
	}
	return s
}

// walkTop visits module-level statements, including those nested in
// if/try/for at module level, but not function bodies.
func walkTop(body []ast.Stmt, fn func(ast.Stmt)) {
	for _, s := range body {
		fn(s)
		switch s := s.(type) {
		case *ast.If:
			walkTop(s.Body, fn)
			walkTop(s.OrElse, fn)
		case *ast.Try:
			walkTop(s.Body, fn)
			for _, h := range s.Handlers {
				walkTop(h.Body, fn)
			}
			walkTop(s.OrElse, fn)
			walkTop(s.FinalBody, fn)
		}
	}
}

func sortedNames(m map[string]*check.Var) []string {
	var names []string
	for n := range m {
		names = append(names, n)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names
}

func (g *gen) class(s *ast.ClassDef) {
	ci := g.info.Classes[s]
	if ci.ExcStruct {
		g.excStruct(ci)
		return
	}
	if ci.ExcData() != nil {
		g.excSubclass(ci)
		return
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is the Python exception class %s.", goName(ci.Name), ci.Name))
	g.file.Var().Id(goName(ci.Name)).Op("=").Add(g.rt("NewClass")).Call(jen.Lit(ci.Name), g.classRef(ci.Base.Class))
}

// classRef names an exception class object in Go.
func (g *gen) classRef(ci *check.ClassInfo) *jen.Statement {
	if ci.Builtin != "" {
		return g.rt(ci.Builtin)
	}
	if ci.ExcStruct {
		return jen.Id(goName(ci.Name) + "Class")
	}
	return jen.Id(goName(ci.Name))
}

// modNames returns the Go names of the module's variables.
func (g *gen) modNames() map[string]bool {
	if g.moduleNames == nil {
		g.moduleNames = map[string]bool{}
		for name := range g.info.Module.Locals {
			g.moduleNames[goName(name)] = true
		}
	}
	return g.moduleNames
}

// newFunc prepares the context for writing the body of fn.
func (g *gen) newFunc(fn *check.Func, body []ast.Stmt) {
	outer := g.fc
	fc := &funcCtx{fn: fn, names: newNamer(), local: map[*check.Var]string{}, nonNeg: map[*check.Var]bool{}}
	fc.names.base = g.modNames()
	for f := fn; f != nil && !f.IsModule(); f = f.Parent {
		for name := range f.Locals {
			fc.names.reserve(goName(name))
		}
	}
	if outer != nil {
		for n := range outer.names.used {
			fc.names.reserve(n)
		}
	}
	fc.decls = placeDecls(g.info, fn, body)
	g.fc = fc
	g.push()
	g.nameCellFlags(fn)
}

func (g *gen) function(fn *check.Func) {
	if fn.ClassMethod {
		g.classMethod(fn)
		return
	}
	params, results, stmts := g.funcParts(fn)
	g.file.Line()
	if g.opts.LineDirectives {
		g.file.Comment(g.lineComment(fn.Def.Pos.Line))
	}
	if fn.Class != nil && !fn.Static {
		recv := jen.Id(goName(fn.Params[0].Name)).Op("*").Id(goName(fn.Class.Name))
		g.file.Func().Params(recv).Id(methodName(fn)).Params(params[1:]...).Add(results).Block(stmts...)
	} else if fn.Class != nil {
		g.file.Func().Id(goName(fn.Class.Name) + "_" + goName(fn.Name)).Params(params...).Add(results).Block(stmts...)
	} else {
		g.file.Func().Id(goName(fn.Name)).Types(g.typeParams(fn)...).Params(params...).Add(results).Block(stmts...)
	}
}

// funcLit writes a nested def or a lambda as a Go function literal.
func (g *gen) funcLit(fn *check.Func) *jen.Statement {
	captured := g.captureDefaults(fn)
	outer := g.fc
	g.captured = captured
	params, results, stmts := g.funcParts(fn)
	g.fc = outer
	g.fc.dirty = true
	return jen.Func().Params(params...).Add(results).Block(stmts...)
}

// signature spells the Go type of a function value.
func (g *gen) signature(fn *check.Func) *jen.Statement {
	var params []jen.Code
	for _, p := range fn.Params {
		if !check.Dropped(fn, p) {
			params = append(params, g.goType(p.Type))
		}
	}
	if fn.KwArg != nil {
		params = append(params, g.goType(fn.KwArg.Type))
	}
	if fn.VarArg != nil {
		params = append(params, jen.Op("...").Add(g.goType(fn.VarArg.Type.Elem)))
	}
	if grp := fn.Group; grp != nil && grp.Mixed() {
		// a callback of a generic function: its result is the type parameter
		t := jen.Id(g.typeParam(grp))
		if fn.MayRaise {
			return jen.Func().Params(params...).Parens(jen.List(t, jen.Error()))
		}
		return jen.Func().Params(params...).Add(t)
	}
	return jen.Func().Params(params...).Add(g.results(fn))
}

// typeParams lists the type parameters of fn, a function that takes
// callbacks of different result types (check/generic.go): one per such
// parameter.
func (g *gen) typeParams(fn *check.Func) []jen.Code {
	var out []jen.Code
	for _, p := range fn.Params {
		if grp := genericParam(fn, p); grp != nil {
			out = append(out, jen.Id(g.typeParam(grp)).Any())
		}
	}
	return out
}

// genericParam returns the generic group of parameter p of fn, or nil.
func genericParam(fn *check.Func, p *check.Var) *check.FuncGroup {
	if p.Type == nil || p.Type.Kind != check.Callable || p.Type.Fn == nil {
		return nil
	}
	grp := p.Type.Fn.Group
	if grp == nil || !grp.Mixed() || grp.Owner != fn || grp.Param != p {
		return nil
	}
	return grp
}

// typeParam names the type parameter of a generic group: T, or U, V...
// after the first when the function has several; a name the module or
// the function already uses gets a trailing underscore.
func (g *gen) typeParam(grp *check.FuncGroup) string {
	n := 0
	for _, p := range grp.Owner.Params {
		if p == grp.Param {
			break
		}
		if genericParam(grp.Owner, p) != nil {
			n++
		}
	}
	name := string(rune('T' + n))
	if n > 6 {
		name = fmt.Sprintf("T%d", n)
	}
	for g.modNames()[name] || grp.Owner.Locals[name] != nil {
		name += "_"
	}
	return name
}

func (g *gen) results(fn *check.Func) jen.Code {
	switch {
	case fn.MayRaise && returnsValue(fn):
		return jen.Parens(jen.List(g.goType(fn.Result), jen.Error()))
	case fn.MayRaise:
		return jen.Error()
	case returnsValue(fn):
		return g.goType(fn.Result)
	}
	return jen.Null()
}

// funcParts writes the parameters, results and body of fn; g.fc is left
// nil (funcLit restores the enclosing context).
func (g *gen) funcParts(fn *check.Func) ([]jen.Code, jen.Code, []jen.Code) {
	g.newFunc(fn, fn.Def.Body)
	var params []jen.Code
	captured := g.captured
	g.captured = nil
	for _, p := range fn.Params {
		if check.Dropped(fn, p) {
			if p.Reads > 0 || p.Writes > 0 {
				// Each call starts from the default captured when fn was made.
				g.emit(jen.Id(g.varName(p)).Op(":=").Id(captured[p]))
				g.declared(g.varName(p))
			}
			continue
		}
		params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
		g.declared(goName(p.Name))
	}
	// Go wants the variadic *args last: **kwargs comes before it.
	if p := fn.KwArg; p != nil {
		params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
		g.declared(goName(p.Name))
	}
	if p := fn.VarArg; p != nil {
		params = append(params, jen.Id(goName(p.Name)).Op("...").Add(g.goType(p.Type.Elem)))
		g.declared(goName(p.Name))
	}
	g.fc.tail = last(fn.Def.Body)
	g.body(fn.Def.Body)
	if !terminates(fn.Def.Body) && !g.fc.returned && !g.endsInReturn() {
		g.fc.line = 0
		switch {
		case fn.MayRaise && returnsValue(fn):
			g.emitPlain(jen.Return(g.zero(fn.Result), jen.Nil()))
		case fn.MayRaise:
			g.emitPlain(jen.Return(jen.Nil()))
		case returnsValue(fn):
			g.emitPlain(jen.Return(g.zero(fn.Result)))
		}
	}
	stmts := append(g.retDecls(), g.pop()...)
	g.fc = nil
	if fn.Generator {
		return params, g.generatorType(fn, yieldsOf(fn)), g.generatorBody(fn, stmts)
	}
	return params, g.results(fn), stmts
}

func (g *gen) mainFunc(mod *ast.Module) {
	m := g.info.Module
	g.newFunc(m, mod.Body)
	if g.trackTasks {
		g.emitPlain(g.trackCall())
	} else if g.createsTasks() {
		g.emitPlain(g.defsCall())
	}
	g.fc.tail = last(mod.Body)
	g.body(mod.Body)
	if !terminates(mod.Body) && !g.fc.returned && !g.endsInReturn() {
		g.fc.line = 0
		g.emitPlain(jen.Return(jen.Nil()))
	}
	stmts := append(g.delDecls(), g.pop()...)
	var warnings []jen.Code
	for _, w := range g.info.Warnings {
		// printed by CPython's compiler, before the program runs
		warnings = append(warnings, g.rt("SyntaxWarning").Call(jen.Lit(g.base), jen.Lit(w.Line), jen.Lit(w.Msg)))
	}
	g.file.Line()
	g.file.Func().Id("main").Params().Block(
		append(warnings, g.rt("Main").Call(jen.Func().Params().Error().Block(stmts...)))...,
	)
	g.fc = nil
}

// trackCall is rt.TrackTasks(file, def lines of coroutine functions).
func (g *gen) trackCall() jen.Code {
	lines := jen.Dict{}
	for _, f := range g.info.FuncSeq {
		if f.Async {
			lines[jen.Lit(f.Name)] = jen.Lit(g.pyLine(f.Def.Pos.Line))
		}
	}
	return g.rt("TrackTasks").Call(jen.Lit(g.base), jen.Map(jen.String()).Int().Values(lines))
}

// scanTracking decides whether task reprs are shown.
func (g *gen) scanTracking(mod *ast.Module) {
	for e, t := range g.info.Types {
		if t.Kind == check.AnyTask || t.Kind == check.TaskSet {
			g.trackTasks = true
			return
		}
		if c, ok := e.(*ast.Call); ok {
			if n, ok := c.Func.(*ast.Name); ok && (n.ID == "print" || n.ID == "str" || n.ID == "repr") {
				for _, a := range c.Args {
					switch g.info.TypeOf(a).Kind {
					case check.Task, check.Future:
						g.trackTasks = true
						return
					}
				}
			}
		}
	}
	_ = mod
}

// terminates reports whether the Go translation of body ends in a
// terminating statement.
func terminates(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch s := body[len(body)-1].(type) {
	case *ast.Return, *ast.Raise:
		return true
	case *ast.If:
		if isMainGuard(s.Test) {
			return terminates(s.Body)
		}
		return len(s.OrElse) > 0 && terminates(s.Body) && terminates(s.OrElse)
	case *ast.While:
		k, ok := s.Test.(*ast.Constant)
		return ok && k.Kind == ast.ConstBool && k.Value == true && !hasBreak(s.Body)
	case *ast.Try:
		return terminates(s.FinalBody)
	}
	return false
}

func hasBreak(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Break:
			found = true
		case *ast.If:
			found = found || hasBreak(s.Body) || hasBreak(s.OrElse)
		case *ast.Try:
			found = found || hasBreak(s.Body) || hasBreak(s.OrElse) || hasBreak(s.FinalBody)
			for _, h := range s.Handlers {
				found = found || hasBreak(h.Body)
			}
		case *ast.With:
			found = found || hasBreak(s.Body)
		}
	}
	return found
}

// isMainGuard matches __name__ == '__main__'.
func isMainGuard(e ast.Expr) bool {
	c, ok := e.(*ast.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != "==" {
		return false
	}
	n, ok := c.Left.(*ast.Name)
	k, ok2 := c.Comparators[0].(*ast.Constant)
	return ok && ok2 && n.ID == "__name__" && k.Kind == ast.ConstStr && k.Value == "__main__"
}
