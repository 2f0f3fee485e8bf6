package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// assignSlice writes "xs[a:b] = items" as xs = rt.AssignSlice(xs, a, b,
// items), and an extended slice with rt.AssignSliceStep, which checks
// the length.
func (g *gen) assignSlice(t *ast.Subscript, sl *ast.Slice, value ast.Expr) {
	val := g.slice(value)
	if !isSimple(value) && (sl.Lower != nil || sl.Upper != nil || sl.Step != nil) {
		tmp := g.fc.names.fresh("items")
		g.emit(jen.Id(tmp).Op(":=").Add(val))
		g.declared(tmp)
		val = jen.Id(tmp)
	}
	xs := g.slice(t.Value)
	lo, hi := g.bound(sl.Lower), g.bound(sl.Upper)
	if sl.Step == nil {
		g.emit(jen.Add(xs).Op("=").Add(g.rt("AssignSlice")).Call(g.slice(t.Value), lo, hi, val))
		return
	}
	step := g.expr(sl.Step)
	rest := g.fc.names.fresh("rest")
	g.emit(jen.List(jen.Id(rest), jen.Err()).Op(":=").Add(g.rt("AssignSliceStep")).Call(g.slice(t.Value), lo, hi, step, val))
	g.declared("err")
	g.emitPlain(g.ifErr())
	g.emit(jen.Add(xs).Op("=").Id(rest))
}

// delSlice writes "del xs[a:b]" and "del xs[a:b:c]".
func (g *gen) delSlice(t *ast.Subscript, sl *ast.Slice) {
	xs := g.slice(t.Value)
	lo, hi := g.bound(sl.Lower), g.bound(sl.Upper)
	if sl.Step == nil {
		g.emit(jen.Add(xs).Op("=").Add(g.rt("DelSlice")).Call(g.slice(t.Value), lo, hi))
		return
	}
	step := g.expr(sl.Step)
	rest := g.fc.names.fresh("rest")
	g.emit(jen.List(jen.Id(rest), jen.Err()).Op(":=").Add(g.rt("DelSliceStep")).Call(g.slice(t.Value), lo, hi, step))
	g.declared("err")
	g.emitPlain(g.ifErr())
	g.emit(jen.Add(xs).Op("=").Id(rest))
}

// delFlag names the flag that records "del name" of v.
func (g *gen) delFlag(v *check.Var) string {
	if g.fc.deleted == nil {
		g.fc.deleted = map[*check.Var]string{}
	}
	if f, ok := g.fc.deleted[v]; ok {
		return f
	}
	f := g.fc.names.fresh(g.varName(v) + "Deleted")
	g.fc.deleted[v] = f
	return f
}

// delName writes "del name": the variable's flag is set, later reads fail.
func (g *gen) delName(n *ast.Name) {
	if v := g.info.Uses[n]; v.Reads == v.Dels {
		// Nothing reads the name again: no flag, and the Go variable
		// still counts as used.
		g.emit(jen.Id("_").Op("=").Add(g.name(n)))
		return
	}
	g.emit(jen.Id(g.delFlag(g.info.Uses[n])).Op("=").True())
}

// boundName reads a variable that a del may have unbound.
func (g *gen) boundName(n *ast.Name) *jen.Statement {
	v := g.info.Uses[n]
	if g.info.Unbound[n] {
		// A read that may come before any assignment.
		fn := "CheckBound"
		switch {
		case g.info.FreeReads[n]:
			fn = "CheckBoundFree" // in a comprehension
		case v.Kind == check.Global:
			fn = "CheckBoundGlobal" // module code
		}
		return g.rt(fn).Call(g.name(n), jen.Op("!").Id(g.readBound(v)), jen.Lit(v.Name))
	}
	fn := "CheckBound"
	if g.fc.fn.IsModule() {
		fn = "CheckBoundGlobal"
	}
	return g.rt(fn).Call(g.name(n), jen.Id(g.delFlag(v)), jen.Lit(v.Name))
}

// delDecls declares the del flags, and the flags of unassigned reads, at
// the top of the function.
func (g *gen) delDecls() []jen.Code {
	out := g.boundDecls()
	var vars []*check.Var
	for v := range g.fc.deleted {
		vars = append(vars, v)
	}
	sortVars(vars)
	for _, v := range vars {
		out = append(out, jen.Var().Id(g.fc.deleted[v]).Bool())
	}
	return out
}

// exprLike writes e, an empty list display taking the item type of the
// list it is compared with (xs == []).
func (g *gen) exprLike(e, other ast.Expr) *jen.Statement {
	if l, ok := e.(*ast.List); ok && len(l.Elts) == 0 {
		if ot := g.info.TypeOf(other); ot.Kind == check.List && ot.Elem.Complete() {
			return g.exprAs(e, &check.Type{Kind: check.List, Elem: ot.Elem})
		}
	}
	return g.expr(e)
}

// dictCall writes dict(pairs) and dict(key=value, ...).
func (g *gen) dictCall(e *ast.Call, t *check.Type) *jen.Statement {
	var d *jen.Statement
	if len(e.Args) == 1 {
		at := g.info.TypeOf(e.Args[0])
		if at.Kind == check.Dict {
			d = g.expr(e.Args[0]).Dot("Copy").Call()
		} else {
			d = g.rt("DictFromPairs").Call(g.slice(e.Args[0]))
		}
		if len(e.Keywords) == 0 {
			return d
		}
	}
	var pairs []jen.Code
	for _, k := range e.Keywords {
		pairs = append(pairs, g.rt("T2").Call(jen.Lit(k.Arg), g.typed(g.expr(k.Value), g.info.TypeOf(k.Value), t.Elem)))
	}
	if d == nil {
		return g.rt("DictOf").Call(pairs...)
	}
	tmp := g.fc.names.fresh("d")
	g.emit(jen.Id(tmp).Op(":=").Add(d))
	g.declared(tmp)
	g.emit(jen.Id(tmp).Dot("Update").Call(g.rt("DictOf").Call(pairs...)))
	return jen.Id(tmp)
}

// zipCall writes zip(a, b[, c]) as a value: a list of tuples.
func (g *gen) zipCall(e *ast.Call) *jen.Statement {
	if s, ok := starredOnly(e); ok {
		// zip(*rows): the columns (check.zipStarElem)
		return g.rt("ZipStar").Call(g.slice(s.Value))
	}
	if len(e.Args) == 0 {
		return g.goType(g.info.TypeOf(e)).Values() // zip() is empty
	}
	if len(e.Args) < 2 || len(e.Args) > 3 {
		g.unsupported(e.Pos, "zip() of %d iterables outside a for loop", len(e.Args))
	}
	var args []jen.Code
	for _, a := range e.Args {
		switch t := g.info.TypeOf(a); t.Kind {
		case check.List, check.TupleOf, check.Range, check.Set, check.Dict:
			args = append(args, g.iterItems(a, g.elemOf(a)))
		case check.Str:
			args = append(args, jen.Qual("strings", "Split").Call(g.expr(a), jen.Lit("")))
		default:
			g.unsupported(e.Pos, "zip() of %s", t)
		}
	}
	return g.rt("Zip" + itoa(len(e.Args))).Call(args...)
}

// starredOnly returns the argument of f(*xs).
func starredOnly(e *ast.Call) (*ast.Starred, bool) {
	if len(e.Args) != 1 {
		return nil, false
	}
	s, ok := e.Args[0].(*ast.Starred)
	return s, ok
}
