package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
)

// loopElse writes a for or while loop with an else clause: the else body
// runs when the loop ends without break. Breaks of the loop itself set a
// flag first; without any, the else body simply follows the loop.
func (g *gen) loopElse(s ast.Stmt, body, orelse []ast.Stmt, loop func()) {
	breaks := ownBreaks(body)
	if len(breaks) == 0 {
		loop()
		g.body(orelse)
		return
	}
	flag := g.fc.names.fresh("broke")
	g.emitPlain(jen.Id(flag).Op(":=").False())
	g.declared(flag)
	if g.breakFlags == nil {
		g.breakFlags = map[*ast.Break]string{}
	}
	for _, b := range breaks {
		g.breakFlags[b] = flag
	}
	loop()
	g.push()
	g.body(orelse)
	g.emit(jen.If(jen.Op("!").Id(flag)).Block(g.pop()...))
}

// ownBreaks returns the break statements of body that end the loop whose
// body it is (not those of nested loops).
func ownBreaks(body []ast.Stmt) []*ast.Break {
	var out []*ast.Break
	var walk func([]ast.Stmt)
	walk = func(body []ast.Stmt) {
		for _, s := range body {
			switch s := s.(type) {
			case *ast.Break:
				out = append(out, s)
			case *ast.If:
				walk(s.Body)
				walk(s.OrElse)
			case *ast.For:
				walk(s.OrElse)
			case *ast.While:
				walk(s.OrElse)
			case *ast.With:
				walk(s.Body)
			case *ast.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.OrElse)
				walk(s.FinalBody)
			}
		}
	}
	walk(body)
	return out
}
