package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// userWith writes a with statement on an instance of a user class: the
// enter method's result goes to the "as" target, the body runs in a
// closure, and rt.WithExit hands its error to the exit method, which may
// suppress it.
func (g *gen) userWith(s *ast.With) {
	it := s.Items[0]
	t := g.info.TypeOf(it.ContextExpr)
	enter, exit := check.ContextMethods(t.Class, s.IsAsync)
	mgr := g.fc.names.fresh("mgr")
	g.emit(jen.Id(mgr).Op(":=").Add(g.expr(it.ContextExpr)))
	g.declared(mgr)
	call := jen.Id(mgr).Dot(methodName(enter)).Call()
	switch n, _ := it.OptionalVars.(*ast.Name); {
	case it.OptionalVars == nil || n == nil:
		if enter.MayRaise {
			g.check(call, returnsValue(enter))
		} else if returnsValue(enter) {
			g.emit(jen.Id("_").Op("=").Add(call))
		} else {
			g.emit(call)
		}
	default:
		name, decl := g.target(n, s)
		op := "="
		if decl {
			op = ":="
		}
		if enter.MayRaise {
			g.emit(jen.List(jen.Id(name), jen.Err()).Op(op).Add(call))
			g.declared("err")
			g.emitPlain(g.ifErr())
		} else {
			g.emit(jen.Id(name).Op(op).Add(call))
		}
		if decl {
			g.declared(name)
		}
	}
	g.loopFlags(s.Body)
	g.errVar(g.closure(s.Body))
	g.setLine(s.Pos)
	g.check(g.rt("WithExit").Call(jen.Err(), g.exitAdapter(mgr, exit)), false)
	g.afterClosure(s.Body)
	g.afterLoopExits(s.Body)
}

// exitAdapter writes the exit method as the func(*rt.Class, error) (bool,
// error) rt.WithExit calls.
func (g *gen) exitAdapter(mgr string, exit *check.Func) jen.Code {
	call := jen.Id(mgr).Dot(methodName(exit)).Call(jen.Id("t"), jen.Id("e"), g.rt("None"))
	var body []jen.Code
	switch {
	case exit.MayRaise && returnsValue(exit):
		body = []jen.Code{jen.Return(call)}
	case exit.MayRaise:
		body = []jen.Code{jen.Return(jen.False(), call)}
	case returnsValue(exit):
		body = []jen.Code{jen.Return(call, jen.Nil())}
	default:
		body = []jen.Code{call, jen.Return(jen.False(), jen.Nil())}
	}
	return jen.Func().Params(jen.Id("t").Op("*").Add(g.rt("Class")), jen.Id("e").Error()).Parens(jen.List(jen.Bool(), jen.Error())).Block(body...)
}
