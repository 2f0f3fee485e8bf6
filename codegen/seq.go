package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
)

// mapParse writes map(int, strs) or map(float, strs): rt.MapErr with the
// parsing function, an error for the first str that is not a number.
func (g *gen) mapParse(e *ast.Call) jen.Code {
	fn := g.rt("ParseFloat")
	if g.info.TypeOf(e.Args[0]).Name == "int" {
		s := jen.Id("s")
		fn = jen.Func().Params(jen.Add(s).String()).Params(jen.Int(), jen.Error()).Block(
			jen.Return(g.rt("ParseInt").Call(s, jen.Lit(10))),
		)
	}
	return g.rt("MapErr").Call(g.slice(e.Args[1]), fn)
}
