package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// funcName writes f.__name__ for a function value x of fn's type: a
// literal when every function it may hold has one name, else rt.FuncName
// picks the name of the module-level function it holds.
func (g *gen) funcName(x ast.Expr, fn *check.Func) *jen.Statement {
	names := check.FuncNames(fn)
	if len(names) == 1 {
		return jen.Lit(names[0])
	}
	var fns, lits []jen.Code
	for i, m := range fn.Group.Funcs {
		fns = append(fns, jen.Id(goName(m.Name)))
		lits = append(lits, jen.Lit(names[i]))
	}
	return g.rt("FuncName").Call(g.expr(x), jen.Index().Any().Values(fns...), jen.Index().String().Values(lits...))
}
