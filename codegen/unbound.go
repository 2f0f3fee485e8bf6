package codegen

import (
	"slices"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Locals read where they may not be assigned yet (check/unbound.go) keep
// a flag, "xBound", that every statement binding them sets; such a read
// is rt.CheckBound(x, !xBound, "x"), UnboundLocalError when the flag is
// still false.

// boundFlag names the flag of v. The flag of a variable that nested
// functions use is declared by the function that owns the variable and
// named when that function starts (cellFlags), so the function literals
// inside it read and set the same Go variable.
func (g *gen) boundFlag(v *check.Var) string {
	if f, ok := g.cellFlags[v]; ok {
		return f
	}
	if g.fc.bound == nil {
		g.fc.bound = map[*check.Var]string{}
	}
	if f, ok := g.fc.bound[v]; ok {
		return f
	}
	f := g.fc.names.fresh(g.varName(v) + "Bound")
	g.fc.bound[v] = f
	return f
}

// globalFlags declares, among the package-level variables, the flags of
// the globals that functions read and that may be read before they are
// assigned.
func (g *gen) globalFlags() []jen.Code {
	var out []jen.Code
	m := g.info.Module
	for _, name := range sortedNames(m.Locals) {
		v := m.Locals[name]
		if v.Kind != check.Global || !v.UsedInFunc || !g.info.BoundFlags[v] {
			continue
		}
		f := goName(v.Name) + "Bound"
		names := g.modNames()
		for names[f] {
			f += "_"
		}
		names[f] = true
		if g.cellFlags == nil {
			g.cellFlags = map[*check.Var]string{}
		}
		g.cellFlags[v] = f
		out = append(out, jen.Id(f).Bool())
	}
	return out
}

// nameCellFlags names, when fn starts, the flags of its variables that
// nested functions use.
func (g *gen) nameCellFlags(fn *check.Func) {
	if len(g.info.BoundFlags) == 0 {
		return
	}
	for _, v := range sortedFlagged(g.info, fn) {
		if g.cellFlags == nil {
			g.cellFlags = map[*check.Var]string{}
		}
		g.cellFlags[v] = g.boundFlag(v)
	}
}

// sortedFlagged lists the flagged variables of fn that nested functions
// capture.
func sortedFlagged(info *check.Info, fn *check.Func) []*check.Var {
	var out []*check.Var
	for _, f := range info.FuncSeq {
		for _, v := range f.Captures {
			if v.Func == fn && info.BoundFlags[v] && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	sortVars(out)
	return out
}

// readBound is the flag of v read by a check.
func (g *gen) readBound(v *check.Var) string {
	if f, ok := g.cellFlags[v]; ok {
		if g.cellRead == nil {
			g.cellRead = map[*check.Var]bool{}
		}
		g.cellRead[v] = true
		return f
	}
	if g.fc.boundRead == nil {
		g.fc.boundRead = map[*check.Var]bool{}
	}
	g.fc.boundRead[v] = true
	return g.boundFlag(v)
}

// setBound writes "xBound = true" for the flagged variables among the
// names a statement binds.
func (g *gen) setBound(names []*ast.Name) {
	for _, n := range names {
		if v := g.info.Uses[n]; v != nil && g.info.BoundFlags[v] {
			g.emit(jen.Id(g.boundFlag(v)).Op("=").True())
		}
	}
}

// bindsFlagged reports whether one of names has a flag.
func (g *gen) bindsFlagged(names []*ast.Name) bool {
	for _, n := range names {
		if v := g.info.Uses[n]; v != nil && g.info.BoundFlags[v] {
			return true
		}
	}
	return false
}

// hasBoundFlags reports whether a local of fn has a flag.
func (g *gen) hasBoundFlags(fn *check.Func) bool {
	for v := range g.info.BoundFlags {
		if v.Func == fn {
			return true
		}
	}
	return false
}

// checkBoundStmt writes "if !xBound { return rt.UnboundLocal("x") }" for
// the read of the target of "x op= value", which comes first.
func (g *gen) checkBoundStmt(n *ast.Name) {
	v := g.info.Uses[n]
	fn := "UnboundLocal"
	if v.Kind == check.Global {
		fn = "NameNotDefined" // module code
	}
	g.emit(jen.If(jen.Op("!").Id(g.readBound(v))).Block(g.fail(g.rt(fn).Call(jen.Lit(v.Name)))))
}

// boundDecls declares the flags at the top of the function.
func (g *gen) boundDecls() []jen.Code {
	var vars []*check.Var
	for v := range g.fc.bound {
		vars = append(vars, v)
	}
	sortVars(vars)
	var out []jen.Code
	for _, v := range vars {
		out = append(out, jen.Var().Id(g.fc.bound[v]).Bool())
		if !g.fc.boundRead[v] && !g.cellRead[v] {
			out = append(out, jen.Id("_").Op("=").Id(g.fc.bound[v]))
		}
	}
	return out
}

// assignedNames lists the names the assignment statement s binds
// (targets of =, annotated and augmented assignments, unpacking).
func assignedNames(s ast.Stmt) []*ast.Name {
	var out []*ast.Name
	switch s := s.(type) {
	case *ast.Assign:
		for _, t := range s.Targets {
			out = targetNames(t, out)
		}
	case *ast.AnnAssign:
		if s.Value != nil {
			out = targetNames(s.Target, out)
		}
	case *ast.AugAssign:
		out = targetNames(s.Target, out)
	}
	return out
}

// targetNames appends the names an assignment target binds.
func targetNames(t ast.Expr, out []*ast.Name) []*ast.Name {
	switch t := t.(type) {
	case *ast.Name:
		out = append(out, t)
	case *ast.Tuple:
		for _, x := range t.Elts {
			out = targetNames(x, out)
		}
	case *ast.List:
		for _, x := range t.Elts {
			out = targetNames(x, out)
		}
	case *ast.Starred:
		out = targetNames(t.Value, out)
	}
	return out
}

// bodyBinds records the names bound when a body starts: the target of a
// for loop, the "as" targets of a with statement.
func (g *gen) bodyBinds(body []ast.Stmt, names []*ast.Name) {
	if len(body) == 0 || !g.bindsFlagged(names) {
		return
	}
	if g.fc.bodyBinds == nil {
		g.fc.bodyBinds = map[*ast.Stmt][]*ast.Name{}
	}
	g.fc.bodyBinds[&body[0]] = names
}
