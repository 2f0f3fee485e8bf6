package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// leaf is one simple target of an unpacking assignment and the value it
// receives.
type leaf struct {
	target ast.Expr // a name, attribute or subscript
	code   *jen.Statement
	from   *check.Type
}

// unpack writes "a, (b, c), *rest = value": every value is computed first,
// then the targets are assigned from left to right, as in Python. value is
// the Python expression when there is one (a display pairs up with the
// targets item by item), code and t its Go code and type otherwise.
func (g *gen) unpack(s ast.Stmt, target ast.Expr, value ast.Expr, code *jen.Statement, t *check.Type) {
	if ops := operands(value); len(ops) > 1 {
		defer g.orderOperands(ops)() // a, b = len(xs), xs.pop()
	}
	leaves := g.flatten(target, value, code, t, nil)
	g.assignLeaves(s, leaves)
}

// assignLeaves assigns the flattened targets: names and fields together in
// one Go assignment, items of lists and dicts one by one after the values
// are fixed in temporaries.
func (g *gen) assignLeaves(s ast.Stmt, leaves []leaf) {
	plain := true
	for _, l := range leaves {
		if _, ok := l.target.(*ast.Subscript); ok {
			plain = false
		}
	}
	if !plain {
		for i, l := range leaves {
			if _, ok := l.target.(*ast.Constant); !ok {
				tmp := g.fc.names.fresh("v")
				g.emit(jen.Id(tmp).Op(":=").Add(l.code))
				g.declared(tmp)
				leaves[i].code = jen.Id(tmp)
			}
		}
		for _, l := range leaves {
			g.assignLeaf(s, l)
		}
		return
	}
	var lhs, rhs []jen.Code
	for _, l := range leaves {
		switch x := l.target.(type) {
		case *ast.Name:
			v := g.info.Uses[x]
			name, _ := g.target(x, s)
			lhs = append(lhs, jen.Id(name))
			rhs = append(rhs, g.typed(l.code, l.from, v.Type))
		case *ast.Attribute:
			f := g.info.TypeOf(x.Value).Class.Field(x.Attr)
			lhs = append(lhs, g.expr(x.Value).Dot(goName(x.Attr)))
			rhs = append(rhs, g.typed(l.code, l.from, f.Type))
		default:
			g.unsupported(l.target.Position(), "unpacking into this target")
		}
	}
	if len(lhs) > 0 {
		g.emit(jen.List(lhs...).Op("=").List(rhs...))
	}
}

// assignLeaf assigns one target from a value without effects.
func (g *gen) assignLeaf(s ast.Stmt, l leaf) {
	switch x := l.target.(type) {
	case *ast.Name:
		v := g.info.Uses[x]
		name, _ := g.target(x, s)
		g.emit(jen.Id(name).Op("=").Add(g.typed(l.code, l.from, v.Type)))
	case *ast.Attribute:
		f := g.info.TypeOf(x.Value).Class.Field(x.Attr)
		g.emit(g.expr(x.Value).Dot(goName(x.Attr)).Op("=").Add(g.typed(l.code, l.from, f.Type)))
	case *ast.Subscript:
		ct := g.info.TypeOf(x.Value)
		switch ct.Kind {
		case check.Dict:
			k := g.convert(g.expr(x.Slice), g.info.TypeOf(x.Slice), ct.Key)
			g.emit(g.expr(x.Value).Dot("Set").Call(k, g.typed(l.code, l.from, ct.Elem)))
		case check.List:
			g.check(g.rt("SetIndex").Call(g.slice(x.Value), g.expr(x.Slice), g.typed(l.code, l.from, ct.Elem)), false)
		default:
			g.unsupported(x.Pos, "assignment to an item of %s", ct)
		}
	default:
		g.unsupported(l.target.Position(), "unpacking into this target")
	}
}

// flatten pairs the simple targets inside target with their values.
func (g *gen) flatten(target ast.Expr, value ast.Expr, code *jen.Statement, t *check.Type, out []leaf) []leaf {
	elts := exprElts(target)
	if elts == nil {
		if code == nil {
			code, t = g.expr(value), g.info.TypeOf(value)
		}
		return append(out, leaf{target: target, code: code, from: t})
	}
	star := starAt(elts)
	if vals := exprElts(value); vals != nil && len(vals) == len(elts) && star < 0 && !hasStar(vals) {
		for i, x := range elts {
			out = g.flatten(x, vals[i], nil, nil, out)
		}
		return out
	}
	if code == nil {
		t = g.info.TypeOf(value)
		if !check.RangeCall(value) {
			code = g.expr(value)
		}
	}
	after := len(elts) - 1 - star
	if t.Kind == check.Tuple {
		if value != nil && !isSimple(value) {
			tmp := g.fc.names.fresh("tuple")
			g.emit(jen.Id(tmp).Op(":=").Add(code))
			g.declared(tmp)
			code = jen.Id(tmp)
		}
		n := len(t.Elems)
		for i, x := range elts {
			switch {
			case star < 0 || i < star:
				out = g.flatten(x, nil, g.tupleItem(code, t, i), t.Elems[i], out)
			case i == star:
				st := g.starType(x)
				var items []jen.Code
				for j := star; j < n-after; j++ {
					items = append(items, g.typed(g.tupleItem(code, t, j), t.Elems[j], st.Elem))
				}
				out = append(out, leaf{target: x.(*ast.Starred).Value, code: g.goType(st).Values(items...), from: st})
			default:
				j := n - (len(elts) - i)
				out = g.flatten(x, nil, g.tupleItem(code, t, j), t.Elems[j], out)
			}
		}
		return out
	}
	var seq *jen.Statement
	var elem *check.Type
	switch t.Kind {
	case check.List:
		seq, elem = g.sliceOf(code, t), t.Elem
	case check.TupleOf:
		seq, elem = jen.Index().Add(g.goType(t.Elem)).Parens(code), t.Elem
	case check.Str:
		seq, elem = jen.Qual("strings", "Split").Call(code, jen.Lit("")), t
	case check.Bytes:
		seq, elem = g.rt("BytesItems").Call(code), &check.Type{Kind: check.Int}
	case check.Range:
		if check.RangeCall(value) {
			seq, elem = g.rangeList(value.(*ast.Call)), &check.Type{Kind: check.Int}
		} else {
			seq, elem = code.Dot("Items").Call(), &check.Type{Kind: check.Int}
		}
	default:
		g.unsupported(target.Position(), "unpacking %s", t)
	}
	var items string
	if id, ok := simpleId(seq); ok {
		items = id // a temporary already
	} else {
		items = g.fc.names.fresh("items")
		g.emit(jen.Id(items).Op(":=").Add(seq))
		g.declared(items)
	}
	if star < 0 {
		g.check(g.rt("CheckUnpack").Call(jen.Len(jen.Id(items)), jen.Lit(len(elts))), false)
	} else {
		g.check(g.rt("CheckUnpackStar").Call(jen.Len(jen.Id(items)), jen.Lit(len(elts)-1)), false)
	}
	for i, x := range elts {
		switch {
		case star < 0 || i < star:
			out = g.flatten(x, nil, jen.Id(items).Index(jen.Lit(i)), elem, out)
		case i == star:
			lo := jen.Null()
			if star > 0 {
				lo = jen.Lit(star)
			}
			bounds := jen.Add(lo).Op(":")
			if after > 0 {
				bounds = bounds.Len(jen.Id(items)).Op("-").Lit(after)
			}
			part := jen.Qual("slices", "Clone").Call(jen.Id(items).Index(bounds))
			out = append(out, leaf{target: x.(*ast.Starred).Value, code: part, from: &check.Type{Kind: check.List, Elem: elem}})
		default:
			out = g.flatten(x, nil, jen.Id(items).Index(jen.Len(jen.Id(items)).Op("-").Lit(len(elts)-i)), elem, out)
		}
	}
	return out
}

// starType is the list type of a starred target.
func (g *gen) starType(x ast.Expr) *check.Type {
	n, ok := x.(*ast.Starred).Value.(*ast.Name)
	if !ok {
		g.unsupported(x.Position(), "a starred target that is not a name")
	}
	return g.info.Uses[n].Type
}

// tupleItem is item i of a tuple value.
func (g *gen) tupleItem(code *jen.Statement, t *check.Type, i int) *jen.Statement {
	if n := len(t.Elems); n >= 2 && n <= 4 {
		return jen.Add(code).Dot("V" + itoa(i))
	}
	item := jen.Add(code).Index(jen.Lit(i))
	if et := t.Elems[i]; et.Kind != check.Dynamic && et.Kind != check.Unknown {
		return item.Assert(g.goType(et))
	}
	return item
}

// rangeList is the list of the ints of range(...), an error when the step
// is zero.
func (g *gen) rangeList(r *ast.Call) *jen.Statement {
	start, stop, step := jen.Lit(0), g.expr(r.Args[0]), jen.Lit(1)
	if len(r.Args) > 1 {
		start, stop = g.expr(r.Args[0]), g.expr(r.Args[1])
	}
	if len(r.Args) > 2 {
		step = g.expr(r.Args[2])
	}
	tmp := g.fc.names.fresh("ints")
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(g.rt("Range").Call(start, stop, step)))
	g.declared("err")
	g.emitPlain(g.ifErr())
	return jen.Id(tmp)
}

func starAt(elts []ast.Expr) int {
	for i, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}

func hasStar(elts []ast.Expr) bool { return starAt(elts) >= 0 }

// chainedAssign writes "a = b = value": the value is computed once and
// assigned to the targets from left to right.
func (g *gen) chainedAssign(s *ast.Assign) {
	code, t := g.expr(s.Value), g.info.TypeOf(s.Value)
	if !isSimple(s.Value) {
		tmp := g.fc.names.fresh("v")
		g.emit(jen.Id(tmp).Op(":=").Add(code))
		g.declared(tmp)
		code = jen.Id(tmp)
	}
	for _, target := range s.Targets {
		if exprElts(target) != nil {
			g.unpack(s, target, nil, code, t)
			continue
		}
		g.assignLeaf(s, leaf{target: target, code: code, from: t})
	}
}

// loopUnpack writes, at the top of a loop body, the unpacking of the
// loop's item into a nested or starred target; the names the loop
// declares are declared here.
func (g *gen) loopUnpack(s *ast.For, target ast.Expr, item *jen.Statement, t *check.Type) {
	inspect(target, func(x ast.Expr) {
		n, ok := x.(*ast.Name)
		if !ok {
			return
		}
		if name, op := g.loopVar(s, n); op == ":=" && name != "_" && !g.visible(name) {
			g.emitPlain(jen.Var().Id(name).Add(g.goType(g.info.Uses[n].Type)))
			g.declared(name)
		}
	})
	g.unpack(s, target, nil, item, t)
}

// simpleId returns the name of code when it is a bare identifier.
func simpleId(code *jen.Statement) (string, bool) {
	if code == nil || len(*code) != 1 {
		return "", false
	}
	s := fmt.Sprintf("%#v", code)
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "", false
		}
	}
	return s, s != ""
}

// namedExpr writes "name := value" as an assignment before the
// expression that uses it, and the name as its value.
func (g *gen) namedExpr(e *ast.NamedExpr) *jen.Statement {
	v := g.info.Uses[e.Target]
	if v.Reads == 0 {
		// Nothing reads the name (and Go declares no variable for it):
		// the expression is just its value.
		return g.exprAs(e.Value, v.Type)
	}
	name := g.varName(v)
	g.emit(jen.Id(name).Op("=").Add(g.exprAs(e.Value, v.Type)))
	g.setBound([]*ast.Name{e.Target})
	return jen.Id(name)
}

// strSearchIn writes s.find(sub, start[, end]) and the like.
func (g *gen) strSearchIn(fn string, recv *jen.Statement, e *ast.Call) *jen.Statement {
	hi := g.rt("Omitted")
	if len(e.Args) > 2 {
		hi = g.expr(e.Args[2])
	}
	return g.rt(fn).Call(recv, g.expr(e.Args[0]), g.expr(e.Args[1]), hi)
}
