package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
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

// rangeArgs returns the start, stop and step of range(...).
func (g *gen) rangeArgs(e *ast.Call) (start, stop, step *jen.Statement) {
	start, stop, step = jen.Lit(0), g.expr(e.Args[0]), jen.Lit(1)
	if len(e.Args) > 1 {
		start, stop = g.expr(e.Args[0]), g.expr(e.Args[1])
	}
	if len(e.Args) > 2 {
		step = g.expr(e.Args[2])
	}
	return start, stop, step
}

// rangeValue writes a range object used as a value (held in a variable,
// printed): rt.IntRange{Start: 3, Stop: 30, Step: 4}. A step known only at
// run time is rt.NewRange (ValueError for 0), written by raising.
func (g *gen) rangeValue(e *ast.Call) *jen.Statement {
	start, stop, step := g.rangeArgs(e)
	var fields []jen.Code
	if len(e.Args) > 1 {
		fields = append(fields, jen.Id("Start").Op(":").Add(start))
	}
	fields = append(fields, jen.Id("Stop").Op(":").Add(stop), jen.Id("Step").Op(":").Add(step))
	return g.rt("IntRange").Values(fields...)
}

// enumerateStart is the start of enumerate(xs, start) or enumerate(xs,
// start=n), evaluated before the loop; nil without one.
func (g *gen) enumerateStart(e *ast.Call) *jen.Statement {
	var start ast.Expr
	if len(e.Args) == 2 {
		start = e.Args[1]
	} else if k := keyword(e, "start"); k != nil {
		start = k.Value
	}
	if start == nil {
		return nil
	}
	code := g.expr(start)
	if !isSimple(start) {
		tmp := g.fc.names.fresh("start")
		g.emit(jen.Id(tmp).Op(":=").Add(code))
		code = jen.Id(tmp)
	}
	return code
}

// freshList reports whether e builds a new Go slice that nothing else
// holds (enumerate, zip, map, filter, sorted): list(e) need not copy it.
func (g *gen) freshList(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	if !ok || g.info.Uses[n] == nil || g.info.Uses[n].Kind != check.Builtin || g.info.TypeOf(e).Shared {
		return false
	}
	switch n.ID {
	case "enumerate", "zip", "map", "filter", "sorted":
		return true
	}
	return false
}

// tupleOp writes t1 + t2, t * n and n * t: a TupleOf by slices.Concat and
// rt.TupleRepeat, or a fixed tuple built from the items of both.
func (g *gen) tupleOp(e *ast.BinOp) *jen.Statement {
	t := g.info.TypeOf(e)
	if e.Op == "*" {
		x, n := e.Left, e.Right
		if g.info.TypeOf(x).Kind == check.Int {
			x, n = n, x
		}
		return g.rt("TupleRepeat").Call(g.expr(x), g.expr(n))
	}
	if t.Kind == check.TupleOf {
		return jen.Qual("slices", "Concat").Call(g.expr(e.Left), g.expr(e.Right))
	}
	items := append(g.tupleItems(e.Left), g.tupleItems(e.Right)...)
	if n := len(t.Elems); n < 2 || n > 4 {
		return g.rt("Tuple").Values(items...)
	}
	return g.tupleLit(t, items)
}

// tupleItems writes the items of a fixed tuple: those of a display, or
// the fields of a tuple value (held in a temporary unless it is simple).
func (g *gen) tupleItems(e ast.Expr) []jen.Code {
	t := g.info.TypeOf(e)
	var out []jen.Code
	if lit, ok := e.(*ast.Tuple); ok {
		for i, x := range lit.Elts {
			out = append(out, g.typed(g.expr(x), g.info.TypeOf(x), t.Elems[i]))
		}
		return out
	}
	if n := len(t.Elems); n < 2 || n > 4 {
		g.unsupported(e.Position(), "concatenating a tuple of %d items", n)
	}
	code := g.expr(e)
	if !isSimple(e) {
		tmp := g.fc.names.fresh("tuple")
		g.emit(jen.Id(tmp).Op(":=").Add(code))
		code = jen.Id(tmp)
	}
	for i := range t.Elems {
		out = append(out, jen.Add(code).Dot("V"+itoa(i)))
	}
	return out
}
