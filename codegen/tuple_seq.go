package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// seqTuple writes a fixed tuple used as a sequence (see
// check.Info.SeqTuples) as an rt.TupleOf: a literal directly, any other
// expression converted from its fixed tuple. It returns nil for every
// other expression.
func (g *gen) seqTuple(e ast.Expr) *jen.Statement {
	own := g.info.SeqTuples[e]
	if own == nil || g.info.TypeOf(e).Kind != check.TupleOf {
		return nil // while writing the fixed tuple itself
	}
	if n, ok := e.(*ast.Name); ok && g.info.Uses[n] != nil && g.info.Uses[n].Type.Kind != check.Tuple {
		return nil // a variable that holds tuples of any length
	}
	seq := g.info.Types[e]
	el := g.goType(seq.Elem)
	if lit, ok := e.(*ast.Tuple); ok {
		var elts []jen.Code
		for _, x := range lit.Elts {
			elts = append(elts, g.seqItem(x, seq.Elem))
		}
		return g.rt("TupleOf").Types(el).Values(elts...)
	}
	g.info.Types[e] = own
	defer func() { g.info.Types[e] = seq }()
	if n := len(own.Elems); n >= 2 && n <= 4 {
		// rt.TupleOf[int]{t.V0, t.V1, t.V2}
		code := g.expr(e)
		if !isSimple(e) {
			tmp := g.fc.names.fresh("tuple")
			g.emit(jen.Id(tmp).Op(":=").Add(code))
			code = jen.Id(tmp)
		}
		var items []jen.Code
		for i := range own.Elems {
			items = append(items, jen.Add(code).Dot("V"+itoa(i)))
		}
		return g.rt("TupleOf").Types(el).Values(items...)
	}
	return g.rt("TupleSeq").Types(el).Call(g.expr(e))
}

// seqItem writes an item of a tuple display used as a sequence of el
// items: a tuple display inside takes el's item types.
func (g *gen) seqItem(x ast.Expr, el *check.Type) *jen.Statement {
	if _, ok := x.(*ast.Tuple); ok && el.Kind == check.Tuple {
		return g.exprAs(x, el)
	}
	return g.typed(g.expr(x), g.info.TypeOf(x), el)
}

// seqTupleSlice writes a tuple of type TupleOf as a Go slice []T (what the
// runtime's sequence functions take), nil for other expressions.
func (g *gen) seqTupleSlice(e ast.Expr) *jen.Statement {
	t := g.info.TypeOf(e)
	if t.Kind != check.TupleOf {
		return nil
	}
	el := g.goType(t.Elem)
	if lit, ok := e.(*ast.Tuple); ok && g.info.SeqTuples[e] != nil {
		var elts []jen.Code
		for _, x := range lit.Elts {
			elts = append(elts, g.seqItem(x, t.Elem))
		}
		return jen.Index().Add(el).Values(elts...)
	}
	return jen.Index().Add(el).Parens(g.expr(e))
}

// tupleCall writes tuple() and tuple(iterable) (a range is rangeTuple).
func (g *gen) tupleCall(e *ast.Call) *jen.Statement {
	t := g.info.TypeOf(e)
	of := g.rt("TupleOf").Types(g.goType(t.Elem))
	if len(e.Args) == 0 {
		return of.Values()
	}
	arg := e.Args[0]
	if gen, ok := arg.(*ast.GeneratorExp); ok {
		lc := &ast.ListComp{Pos: gen.Pos, Elt: gen.Elt, Generators: gen.Generators}
		g.info.Types[lc] = &check.Type{Kind: check.List, Elem: t.Elem}
		return of.Parens(g.expr(lc))
	}
	switch g.info.TypeOf(arg).Kind {
	case check.List, check.TupleOf:
		return of.Parens(jen.Qual("slices", "Clone").Call(g.slice(arg)))
	case check.Set, check.Dict, check.Range, check.Bytes, check.Iterator, check.Dynamic:
		return of.Parens(g.slice(arg))
	case check.Str:
		return of.Parens(jen.Qual("strings", "Split").Call(g.expr(arg), jen.Lit("")))
	}
	g.unsupported(arg.Position(), "tuple() of %s", g.info.TypeOf(arg))
	return nil
}

// rangeTuple is the call of tuple(range(...)), an error when the step is
// zero.
func (g *gen) rangeTuple(r *ast.Call) *jen.Statement {
	start, stop, step := jen.Lit(0), g.expr(r.Args[0]), jen.Lit(1)
	if len(r.Args) > 1 {
		start, stop = g.expr(r.Args[0]), g.expr(r.Args[1])
	}
	if len(r.Args) > 2 {
		step = g.expr(r.Args[2])
	}
	return g.rt("RangeTuple").Call(start, stop, step)
}
