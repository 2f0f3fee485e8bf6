package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
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
	eachOwnExit(body, func(s ast.Stmt) {
		if b, ok := s.(*ast.Break); ok {
			out = append(out, b)
		}
	})
	return out
}

// eachOwnExit calls fn for every break and continue statement of body
// that leaves the loop whose body it is (not those of nested loops).
func eachOwnExit(body []ast.Stmt, fn func(ast.Stmt)) {
	var walk func([]ast.Stmt)
	walk = func(body []ast.Stmt) {
		for _, s := range body {
			switch s := s.(type) {
			case *ast.Break, *ast.Continue:
				fn(s)
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
}

// forZip writes "for a, b in zip(xs, ys)" over lists as a loop over the
// indexes of the shortest list; false when the loop has another shape.
func (g *gen) forZip(s *ast.For, call *ast.Call) bool {
	t, ok := s.Target.(*ast.Tuple)
	if !ok || len(t.Elts) != len(call.Args) || len(call.Keywords) > 0 || len(call.Args) < 2 {
		return false
	}
	for _, a := range call.Args {
		if g.info.TypeOf(a).Kind != check.List {
			return false
		}
	}
	var lists, lens []jen.Code
	for _, a := range call.Args {
		code := g.slice(a)
		if !isSimple(a) {
			tmp := g.fc.names.fresh("xs")
			g.emit(jen.Id(tmp).Op(":=").Add(code))
			code = jen.Id(tmp)
		}
		lists = append(lists, code)
		lens = append(lens, jen.Len(code))
	}
	idx := g.fc.names.fresh("i")
	g.push()
	var lhs, rhs []jen.Code
	for i, x := range t.Elts {
		name, op := g.loopVar(s, x)
		if name == "_" {
			continue
		}
		if op == "=" && g.loopDeclared(x) {
			g.unsupported(s.Pos, "loop targets used after the loop")
		}
		lhs = append(lhs, jen.Id(name))
		rhs = append(rhs, jen.Add(lists[i]).Index(jen.Id(idx)))
		_ = op
	}
	if len(lhs) > 0 {
		g.emit(jen.List(lhs...).Op(":=").List(rhs...))
	}
	g.body(s.Body)
	body := g.pop()
	g.emit(jen.For(jen.Id(idx).Op(":=").Range().Min(lens...)).Block(body...))
	return true
}
