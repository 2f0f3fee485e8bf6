package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Default values that are not constants are evaluated once, when the def
// runs, as in Python. A module-level def keeps them in package variables
// (set where the def statement is); a nested def or lambda captures them
// and has no Go parameter for them.

// defaultVar names the package variable holding the default of parameter
// p of the module-level function fn.
func defaultVar(fn *check.Func, p *check.Var) string {
	return goName(fn.Name) + "Default" + upperFirst(p.Name)
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// defaultDecls declares the package variables of module-level defaults.
func (g *gen) defaultDecls() []jen.Code {
	var out []jen.Code
	for _, fn := range g.info.FuncSeq {
		if fn.Parent != nil || fn.Class != nil {
			continue
		}
		for _, p := range fn.Params {
			if p.DefaultOnce {
				out = append(out, jen.Id(defaultVar(fn, p)).Add(g.goType(p.Type)))
			}
		}
	}
	return out
}

// setDefaults evaluates the defaults of a module-level def where the def
// statement runs.
func (g *gen) setDefaults(fn *check.Func) {
	for _, p := range fn.Params {
		if p.DefaultOnce {
			g.emit(jen.Id(defaultVar(fn, p)).Op("=").Add(g.exprAs(p.Default, p.Type)))
		}
	}
}

// captureDefaults evaluates the defaults of a nested def or lambda about
// to be made, and returns the Go names holding them.
func (g *gen) captureDefaults(fn *check.Func) map[*check.Var]string {
	var out map[*check.Var]string
	for _, p := range fn.Params {
		if !check.Dropped(fn, p) {
			continue
		}
		if out == nil {
			out = map[*check.Var]string{}
		}
		tmp := g.fc.names.fresh(goName(p.Name) + "Default")
		g.emit(jen.Id(tmp).Op(":=").Add(g.exprAs(p.Default, p.Type)))
		g.declared(tmp)
		out[p] = tmp
	}
	return out
}

// defaultValue writes the value of an omitted argument.
func (g *gen) defaultValue(fn *check.Func, p *check.Var) *jen.Statement {
	if p.DefaultOnce {
		return jen.Id(defaultVar(fn, p))
	}
	return g.exprAs(p.Default, p.Type)
}

// cellTarget declares the target of a comprehension clause that lambdas
// made in it read: Python has one variable for all iterations, so the
// lambdas see its last value. It returns the variable and the Go loop
// variable assigned to it at the start of each iteration.
func (g *gen) cellTarget(c *ast.Comprehension) (cell, iter string) {
	n, ok := c.Target.(*ast.Name)
	if !ok {
		return "", ""
	}
	v := g.info.Uses[n]
	if v == nil || !v.Cell {
		return "", ""
	}
	cell = g.fc.names.fresh(goName(v.Name))
	g.fc.local[v] = cell
	g.emitPlain(jen.Var().Id(cell).Add(g.goType(v.Type)))
	g.declared(cell)
	iter = g.fc.names.fresh(goName(v.Name) + "Iter")
	if g.fc.cellIters == nil {
		g.fc.cellIters = map[*ast.Comprehension]string{}
	}
	g.fc.cellIters[c] = iter
	return cell, iter
}

// capturesTarget reports whether a def or lambda inside fn reads a
// variable that the for target assigns.
func capturesTarget(info *check.Info, fn *check.Func, target ast.Expr) bool {
	found := false
	inspect(target, func(x ast.Expr) {
		n, ok := x.(*ast.Name)
		if !ok || info.Uses[n] == nil {
			return
		}
		v := info.Uses[n]
		for _, nf := range info.FuncSeq {
			inner := false
			for p := nf.Parent; p != nil; p = p.Parent {
				inner = inner || p == fn
			}
			if !inner {
				continue
			}
			for _, c := range allCaptures(info, nf) {
				found = found || c == v
			}
		}
	})
	return found
}
