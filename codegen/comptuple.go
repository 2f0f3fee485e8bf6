package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// compName is the Go name of a comprehension target, "_" when unread.
func (g *gen) compName(e ast.Expr) string {
	n, ok := e.(*ast.Name)
	if !ok {
		g.unsupported(e.Position(), "this comprehension target")
		return "_"
	}
	if v := g.info.Uses[n]; v != nil && v.Reads > 0 {
		return g.varName(v)
	}
	return "_"
}

// compTupleLoop writes a comprehension loop whose target is a tuple:
// enumerate(list), dict.items(), or a list of tuples unpacked per item.
func (g *gen) compTupleLoop(c *ast.Comprehension, t *ast.Tuple, body func()) {
	if call, ok := c.Iter.(*ast.Call); ok && len(t.Elts) == 2 {
		if n, ok := call.Func.(*ast.Name); ok && n.ID == "enumerate" && len(call.Args) == 1 && len(call.Keywords) == 0 &&
			g.info.TypeOf(call.Args[0]).Kind == check.List {
			iter := g.slice(call.Args[0])
			i, x := g.compName(t.Elts[0]), g.compName(t.Elts[1])
			body()
			stmts := g.pop()
			g.emit(jen.For(jen.List(jen.Id(i), jen.Id(x)).Op(":=").Range().Add(iter)).Block(stmts...))
			return
		}
		if attr, ok := call.Func.(*ast.Attribute); ok && attr.Attr == "items" && len(call.Args) == 0 &&
			g.info.TypeOf(attr.Value).Kind == check.Dict {
			d := g.expr(attr.Value)
			k, v := g.compName(t.Elts[0]), g.compName(t.Elts[1])
			body()
			stmts := g.pop()
			if k == "_" && v == "_" {
				g.emit(jen.For(jen.Range().Add(d).Dot("All").Call()).Block(stmts...))
				return
			}
			g.emit(jen.For(jen.List(jen.Id(k), jen.Id(v)).Op(":=").Range().Add(d).Dot("All").Call()).Block(stmts...))
			return
		}
	}
	it := g.info.TypeOf(c.Iter)
	if it.Kind != check.List || it.Elem.Kind != check.Tuple || len(it.Elem.Elems) != len(t.Elts) || len(t.Elts) > 4 {
		g.unsupported(c.Target.Position(), "this comprehension target")
	}
	iter := g.slice(c.Iter)
	item := g.fc.names.fresh("item")
	var lhs, rhs []jen.Code
	for i, x := range t.Elts {
		if name := g.compName(x); name != "_" {
			lhs = append(lhs, jen.Id(name))
			rhs = append(rhs, jen.Id(item).Dot("V"+itoa(i)))
		}
	}
	if len(lhs) == 0 {
		item = "_"
	}
	body()
	stmts := g.pop()
	if len(lhs) > 0 {
		// The unpacking goes first in the loop body.
		stmts = append([]jen.Code{jen.List(lhs...).Op(":=").List(rhs...)}, stmts...)
	}
	g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(item)).Op(":=").Range().Add(iter)).Block(stmts...))
}
