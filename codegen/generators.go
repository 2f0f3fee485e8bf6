package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Generators (see check/generators.go).
//
// A generator function returns a Go 1.23 iterator whose body is the
// Python body, with "yield v" as "if !yield(v) { return }":
//
//	func count(n int) iter.Seq[int] {
//		return rt.Seq(func(yield func(int) bool) {...})
//	}
//
// A body that can raise returns an error, and rt.Generator turns it into
// an iter.Seq2[T, error] whose last pair carries the exception. A for
// loop, async for loop or comprehension ranges over the call; the body
// runs on the consumer's goroutine, so an await in an async generator
// suspends the task that consumes it. Held in a variable, a generator
// becomes a one-shot *rt.Iterator.

// generatorType is the Go type of a call of the generator function fn.
func (g *gen) generatorType(fn *check.Func, elem *check.Type) *jen.Statement {
	if fn.MayRaise {
		return jen.Qual("iter", "Seq2").Types(g.goType(elem), jen.Error())
	}
	return jen.Qual("iter", "Seq").Types(g.goType(elem))
}

// generatorBody wraps the statements of a generator function's body into
// the iterator it returns.
func (g *gen) generatorBody(fn *check.Func, stmts []jen.Code) []jen.Code {
	yield := jen.Id("yield").Func().Params(g.goType(yieldsOf(fn))).Bool()
	if fn.MayRaise {
		return []jen.Code{jen.Return(g.rt("Generator").Call(jen.Func().Params(yield).Error().Block(stmts...)))}
	}
	return []jen.Code{jen.Return(g.rt("Seq").Call(jen.Func().Params(yield).Block(stmts...)))}
}

func yieldsOf(fn *check.Func) *check.Type {
	if fn.Yields == nil {
		return &check.Type{Kind: check.None}
	}
	return fn.Yields
}

// yieldStmt writes "yield v": a consumer that stops early ends the body,
// through the try statements around the yield as GeneratorExit.
func (g *gen) yieldStmt(s *ast.ExprStmt, y *ast.Yield) {
	fn := g.fc.fn
	var val *jen.Statement
	if y.Value == nil {
		val = g.rt("None")
	} else {
		val = g.exprAs(y.Value, yieldsOf(fn))
	}
	var stop jen.Code
	switch {
	case check.YieldInTry(fn, y):
		stop = g.fail(g.rt("GeneratorExit").Dot("New").Call())
	case fn.MayRaise:
		stop = jen.Return(jen.Nil())
	default:
		stop = jen.Return()
	}
	g.emit(jen.If(jen.Op("!").Id("yield").Call(val)).Block(stop))
}

// seqOf returns the Go iterator a loop over e ranges over, and whether
// it yields (item, error) pairs; nil when e is not a generator.
func (g *gen) seqOf(e ast.Expr) (*jen.Statement, bool) {
	switch t := g.info.TypeOf(e); t.Kind {
	case check.Generator:
		return g.expr(e), t.Fn.MayRaise
	case check.Iterator:
		return g.expr(e).Dot("All").Call(), true
	}
	return nil, false
}

// seqRaises reports whether a loop over e can raise: e is a generator
// whose body can raise, or an iterator.
func (g *gen) seqRaises(e ast.Expr) bool {
	t := g.info.TypeOf(e)
	return t.Kind == check.Iterator || t.Kind == check.Generator && t.Fn.MayRaise
}

// compRaises reports whether a comprehension loops over such a generator,
// or over a dynamic value (rt.Iter: TypeError when it is not iterable).
func (g *gen) compRaises(e ast.Expr) bool {
	for _, c := range ast.Clauses(e) {
		if g.seqRaises(c.Iter) || isDyn(g.info.TypeOf(c.Iter)) {
			return true
		}
	}
	return false
}

// forSeq writes a for (or async for) loop over a generator.
func (g *gen) forSeq(s *ast.For, seq *jen.Statement, raising bool) {
	g.push()
	if raising {
		g.emit(jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
	}
	item := "_"
	switch t := s.Target.(type) {
	case *ast.Name:
		name, op := g.loopVar(s, t)
		item = name
		if op == "=" && name != "_" {
			item = g.fc.names.fresh("v")
			g.emit(jen.Id(name).Op("=").Id(item))
		}
	default:
		item = g.fc.names.fresh("item")
		g.loopUnpack(s, t, jen.Id(item), g.info.TypeOf(s.Iter).Elem)
	}
	g.body(s.Body)
	body := g.pop()
	g.emit(g.rangeSeq(item, seq, raising).Block(body...))
}

// rangeSeq is the head of a loop over seq: "for item, err := range seq".
func (g *gen) rangeSeq(item string, seq *jen.Statement, raising bool) *jen.Statement {
	switch {
	case raising:
		return jen.For(jen.List(jen.Id(item), jen.Err()).Op(":=").Range().Add(seq))
	case item == "_":
		return jen.For(jen.Range().Add(seq))
	}
	return jen.For(jen.Id(item).Op(":=").Range().Add(seq))
}

// compSeq writes the loop of a comprehension clause over a generator;
// body pushes a block that compSeq pops.
func (g *gen) compSeq(c *ast.Comprehension, seq *jen.Statement, raising bool, body func()) {
	item := "_"
	var pre []jen.Code
	if raising {
		pre = append(pre, jen.If(jen.Err().Op("!=").Nil()).Block(g.fail(jen.Err())))
	}
	switch t := c.Target.(type) {
	case *ast.Name:
		item = g.compName(t)
		if it := g.fc.cellIters[c]; it != "" {
			item = it
		}
	case *ast.Tuple:
		item = g.fc.names.fresh("item")
		var lhs, rhs []jen.Code
		for i, x := range t.Elts {
			if name := g.compName(x); name != "_" {
				lhs = append(lhs, jen.Id(name))
				rhs = append(rhs, jen.Id(item).Dot("V"+itoa(i)))
			}
		}
		if len(lhs) > 0 {
			pre = append(pre, jen.List(lhs...).Op(":=").List(rhs...))
		} else {
			item = "_"
		}
	default:
		g.unsupported(c.Target.Position(), "this comprehension target")
	}
	body()
	stmts := append(pre, g.pop()...)
	g.emit(g.rangeSeq(item, seq, raising).Block(stmts...))
}

// heldIter writes value, assigned to a variable of type t (an Iterator):
// a generator object, a generator expression, reversed(), map() or
// filter().
func (g *gen) heldIter(value ast.Expr, t *check.Type) *jen.Statement {
	vt := g.info.TypeOf(value)
	switch {
	case vt.Kind == check.Iterator:
		return g.expr(value)
	case vt.Kind == check.Generator && vt.Fn.MayRaise:
		return g.rt("NewIter").Call(g.expr(value))
	case vt.Kind == check.Generator:
		return g.rt("IterOf").Call(g.expr(value))
	case check.IsReversed(g.info, value):
		return g.rt("ReversedIter").Call(g.reversedItems(value.(*ast.Call).Args[0]))
	case check.IsMapFilter(g.info, value):
		return g.mapFilterIter(value.(*ast.Call), t)
	}
	gen, ok := value.(*ast.GeneratorExp)
	if !ok {
		g.unsupported(value.Position(), "this value as an iterator")
		return nil
	}
	// The generator expression runs as the consumer asks for items.
	g.fc.closure++
	g.push()
	g.comprehension(gen.Generators, func() {
		elt := g.convert(g.expr(gen.Elt), g.info.TypeOf(gen.Elt), t.Elem)
		g.emit(jen.If(jen.Op("!").Id("yield").Call(elt)).Block(jen.Return(jen.Nil())))
	}, func() {})
	g.emitPlain(jen.Return(jen.Nil()))
	body := g.pop()
	g.fc.closure--
	yield := jen.Id("yield").Func().Params(g.goType(t.Elem)).Bool()
	return g.rt("NewIter").Call(g.rt("Generator").Call(jen.Func().Params(yield).Error().Block(body...)))
}

// reversedItems is the slice reversed(e) walks.
func (g *gen) reversedItems(e ast.Expr) *jen.Statement {
	switch t := g.info.TypeOf(e); t.Kind {
	case check.Range:
		if check.RangeCall(e) {
			return g.rangeList(e.(*ast.Call))
		}
	case check.Str:
		return jen.Qual("strings", "Split").Call(g.expr(e), jen.Lit(""))
	}
	return g.slice(e)
}

// listOfSeq writes list(e) for a generator or iterator e: the call and
// whether it returns an error too.
func (g *gen) listOfSeq(e ast.Expr) (*jen.Statement, bool) {
	switch t := g.info.TypeOf(e); {
	case t.Kind == check.Iterator:
		return g.expr(e).Dot("List").Call(), true
	case t.Kind == check.Generator && t.Fn.MayRaise:
		return g.rt("Collect").Call(g.expr(e)), true
	case t.Kind == check.Generator:
		return g.rt("CollectSeq").Call(g.expr(e)), false
	}
	return nil, false
}
