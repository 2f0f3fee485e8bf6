package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
)

// raisesAfterFirst reports whether an operand of "and"/"or" after the
// first computes something that returns an error: the statements that
// compute it must only run when Python evaluates the operand.
func (g *gen) raisesAfterFirst(e *ast.BoolOp) bool {
	found := false
	for _, v := range e.Values[1:] {
		inspect(v, func(x ast.Expr) {
			if g.info.Raises[x] {
				found = true
			}
		})
	}
	return found
}

// shortCircuit writes the truth of "a or b" (or "a and b") whose later
// operands can raise as a variable set operand by operand:
//
//	ok := a
//	if !ok {
//		... // what b needs
//		ok = b
//	}
func (g *gen) shortCircuit(e *ast.BoolOp) *jen.Statement {
	ok := g.fc.names.fresh("ok")
	g.emit(jen.Id(ok).Op(":=").Add(g.cond(e.Values[0])))
	for _, v := range e.Values[1:] {
		g.push()
		g.emit(jen.Id(ok).Op("=").Add(g.cond(v)))
		body := g.pop()
		test := jen.Id(ok)
		if e.Op == "or" {
			test = jen.Op("!").Id(ok)
		}
		g.emit(jen.If(test).Block(body...))
	}
	return jen.Id(ok)
}
