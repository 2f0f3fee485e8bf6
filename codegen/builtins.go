package codegen

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

func (g *gen) builtinCall(name string, e *ast.Call) *jen.Statement {
	arg := func(i int) ast.Expr { return e.Args[i] }
	argT := func(i int) *check.Type { return g.info.TypeOf(e.Args[i]) }
	switch name {
	case "print":
		return g.print(e)
	case "range":
		return g.rangeValue(e)
	case "bytes":
		return g.bytesCall(e)
	case "enumerate":
		start := g.enumerateStart(e)
		if start == nil {
			start = jen.Lit(0)
		}
		return g.rt("Enumerate").Call(g.iterItems(arg(0), g.elemOf(arg(0))), start)
	case "zip":
		return g.zipCall(e)
	case "len":
		switch argT(0).Kind {
		case check.Str:
			return g.rt("StrLen").Call(g.expr(arg(0)))
		case check.List, check.TupleOf:
			return jen.Len(g.slice(arg(0)))
		case check.Bytes, check.TaskSet, check.AnyTuple:
			return jen.Len(g.expr(arg(0)))
		case check.Tuple:
			return jen.Lit(len(argT(0).Elems))
		case check.Dict, check.Set, check.Range:
			return g.expr(arg(0)).Dot("Len").Call()
		}
	case "set":
		t := g.info.TypeOf(e)
		if len(e.Args) == 0 {
			return g.rt("NewSet").Types(g.goType(t.Elem)).Call()
		}
		switch argT(0).Kind {
		case check.List, check.TupleOf, check.Str, check.Set, check.Dict, check.Range, check.Bytes, check.Iterator, check.Dynamic:
			return g.rt("SetOf").Types(g.goType(t.Elem)).Call(g.iterItems(arg(0), t.Elem).Op("..."))
		}
	case "dict":
		t := g.info.TypeOf(e)
		if len(e.Args) > 0 || len(e.Keywords) > 0 {
			return g.dictCall(e, t)
		}
		return g.rt("NewDict").Types(g.goType(t.Key), g.goType(t.Elem)).Call()
	case "str":
		if len(e.Args) == 0 {
			return jen.Lit("")
		}
		return g.str(arg(0))
	case "repr":
		if argT(0).Kind == check.Bytes {
			return g.rt("Repr").Call(g.rt("BytesOrNone").Call(g.expr(arg(0))))
		}
		return g.rt("Repr").Call(g.expr(arg(0)))
	case "int":
		if len(e.Args) == 0 {
			return jen.Lit(0)
		}
		switch argT(0).Kind {
		case check.Int:
			return g.expr(arg(0))
		case check.Bool:
			return g.rt("BoolInt").Call(g.expr(arg(0)))
		}
	case "float":
		if len(e.Args) == 0 {
			return jen.Lit(0.0)
		}
		switch argT(0).Kind {
		case check.Float:
			return g.expr(arg(0))
		case check.Int:
			return jen.Float64().Call(g.expr(arg(0)))
		}
	case "bin", "hex", "oct":
		return g.rt(map[string]string{"bin": "Bin", "hex": "Hex", "oct": "Oct"}[name]).Call(g.expr(arg(0)))
	case "bool":
		if len(e.Args) == 0 {
			return jen.False()
		}
		return g.cond(arg(0))
	case "abs":
		if argT(0).Kind == check.Float {
			return g.rt("AbsFloat").Call(g.expr(arg(0)))
		}
	case "min", "max":
		if len(e.Args) >= 2 {
			var args []jen.Code
			t := g.info.TypeOf(e)
			for _, a := range e.Args {
				args = append(args, g.typed(g.expr(a), g.info.TypeOf(a), t))
			}
			return jen.Id(name).Call(args...)
		}
	case "sum":
		if t := g.info.TypeOf(e); t.Kind == check.List {
			return g.rt("SumLists").Call(g.iterItems(arg(0), t), g.slice(arg(1)))
		}
		if len(e.Args) == 2 {
			return g.rt("SumFloatFrom").Call(g.iterItems(arg(0), g.elemOf(arg(0))), g.floatExpr(arg(1)))
		}
		if gen, ok := arg(0).(*ast.GeneratorExp); ok {
			return g.reduceGen(gen, g.info.TypeOf(e), "sum")
		}
		if g.info.TypeOf(e).Kind == check.Float {
			return g.rt("SumFloat").Call(g.slice(arg(0)))
		}
		if g.elemOf(arg(0)).Kind == check.Bool {
			return g.rt("SumBool").Call(g.iterItems(arg(0), g.elemOf(arg(0))))
		}
	case "any", "all":
		if gen, ok := arg(0).(*ast.GeneratorExp); ok {
			return g.reduceGen(gen, g.info.TypeOf(e), name)
		}
		if argT(0).Kind == check.Iterator {
			// Items are taken until one decides, as any() does.
			call := g.rt(map[string]string{"any": "IterAny", "all": "IterAll"}[name]).Call(g.expr(arg(0)))
			return g.hoist(e, call, true, g.info.TypeOf(e))
		}
		return g.rt(map[string]string{"any": "Any", "all": "All"}[name]).Call(g.slice(arg(0)))
	case "list":
		if len(e.Args) == 0 {
			return g.goType(g.info.TypeOf(e)).Values()
		}
		if gen, ok := arg(0).(*ast.GeneratorExp); ok {
			lc := &ast.ListComp{Pos: gen.Pos, Elt: gen.Elt, Generators: gen.Generators}
			g.info.Types[lc] = g.info.TypeOf(e)
			return g.expr(lc)
		}
		if code, _ := g.listOfSeq(arg(0)); code != nil {
			return code
		}
		switch argT(0).Kind {
		case check.List:
			if g.freshList(arg(0)) {
				return g.slice(arg(0))
			}
			return jen.Qual("slices", "Clone").Call(g.slice(arg(0)))
		case check.TupleOf:
			return jen.Index().Add(g.goType(argT(0).Elem)).Parens(jen.Qual("slices", "Clone").Call(g.slice(arg(0))))
		case check.Set, check.Dict, check.Range, check.Bytes, check.Dynamic:
			return g.slice(arg(0)) // a new slice
		case check.Str:
			return jen.Qual("strings", "Split").Call(g.expr(arg(0)), jen.Lit(""))
		}
	case "tuple":
		return g.tupleCall(e)
	case "reversed":
		switch argT(0).Kind {
		case check.Range:
			if check.RangeCall(arg(0)) {
				return g.rt("Reversed").Call(g.rangeList(arg(0).(*ast.Call)))
			}
			return g.rt("Reversed").Call(g.slice(arg(0)))
		case check.List, check.TupleOf:
			return g.rt("Reversed").Call(g.slice(arg(0)))
		case check.Str:
			return g.rt("Reversed").Call(jen.Qual("strings", "Split").Call(g.expr(arg(0)), jen.Lit("")))
		}
	case "map", "filter":
		return g.mapFilter(name, e)
	case "issubclass":
		if a, ok := g.info.BuiltinTypeArg(arg(0)); ok {
			b, _ := g.info.BuiltinTypeArg(arg(1))
			return jen.Lit(check.BuiltinSubclass(a[0], b[0]))
		}
		if check.IsSubclassStatic(argT(0), argT(1)) {
			return jen.Lit(argT(0).Class.IsSubclass(argT(1).Class))
		}
		return g.expr(arg(0)).Dot("IsSubclass").Call(g.expr(arg(1)))
	case "isinstance":
		if names, ok := g.info.BuiltinTypeArg(arg(1)); ok {
			if res, ok := check.IsInstanceStatic(argT(0), names); ok && pureValue(arg(0)) {
				return jen.Lit(res)
			}
			var lits []jen.Code
			for _, n := range names {
				lits = append(lits, jen.Lit(n))
			}
			return g.rt("IsType").Call(append([]jen.Code{g.expr(arg(0))}, lits...)...)
		}
		if code := g.asyncIsInstance(arg(0), arg(1)); code != nil {
			return code
		}
		if code := g.userIsInstance(arg(0), arg(1)); code != nil {
			return code
		}
		if g.info.TypeOf(arg(0)).Kind == check.Dynamic && g.excClasses(arg(1)) {
			return g.rt("IsExcValue").Call(append([]jen.Code{g.expr(arg(0))}, g.classList(arg(1))...)...)
		}
		if g.info.TypeOf(arg(0)).Kind != check.Exc {
			return g.rt("IsType").Call(append([]jen.Code{g.expr(arg(0))}, typeNameLits(arg(1))...)...)
		}
		return g.rt("IsInstance").Call(append([]jen.Code{g.expr(arg(0))}, g.classList(arg(1))...)...)
	}
	g.unsupported(e.Pos, "%s() of %s", name, g.info.TypeOf(e.Args[0]))
	return nil
}

// str writes str(x) for a static type.
func (g *gen) str(x ast.Expr) *jen.Statement {
	switch g.info.TypeOf(x).Kind {
	case check.Str:
		return g.expr(x)
	case check.Int:
		return jen.Qual("strconv", "Itoa").Call(g.expr(x))
	case check.Bytes:
		return g.rt("Str").Call(g.rt("BytesOrNone").Call(g.expr(x)))
	}
	return g.rt("Str").Call(g.expr(x))
}

// print writes print(...) as rt.Print, or rt.PrintOpts for sep/end/flush.
func (g *gen) print(e *ast.Call) *jen.Statement {
	var args []jen.Code
	spread := hasStarred(e.Args)
	if spread {
		args = []jen.Code{g.argSlice(&check.Type{Kind: check.Dynamic}, e.Args).Op("...")}
	}
	for i, a := range e.Args {
		if spread {
			break
		}
		arg := g.ordered(a, e.Args[i+1:])
		if g.info.TypeOf(a).Kind == check.Bytes {
			arg = g.rt("BytesOrNone").Call(arg) // None when the stream was not piped
		}
		args = append(args, arg)
	}
	if len(e.Keywords) == 0 {
		return g.rt("Print").Call(args...)
	}
	// jen.Dict keys are distinct statements: collect the fields by name.
	fields := map[string]jen.Code{"Sep": jen.Lit(" "), "End": jen.Lit("\n")}
	for _, k := range e.Keywords {
		switch k.Arg {
		case "sep":
			fields["Sep"] = g.expr(k.Value)
		case "end":
			fields["End"] = g.expr(k.Value)
		case "flush":
			fields["Flush"] = g.cond(k.Value)
		case "file":
			fields["File"] = g.expr(k.Value)
		}
	}
	opts := jen.Dict{}
	for name, v := range fields {
		opts[jen.Id(name)] = v
	}
	return g.rt("PrintOpts").Call(append([]jen.Code{g.rt("PrintOptions").Values(opts)}, args...)...)
}

// reduceGen writes sum/any/all over a generator expression as a loop.
func (g *gen) reduceGen(gen *ast.GeneratorExp, t *check.Type, kind string) *jen.Statement {
	tmp := g.fc.names.fresh(kind)
	g.comprehension(gen.Generators, func() {
		switch kind {
		case "sum":
			g.emit(jen.Id(tmp).Op("+=").Add(g.convert(g.expr(gen.Elt), g.info.TypeOf(gen.Elt), t)))
		case "any":
			g.emit(jen.If(g.cond(gen.Elt)).Block(jen.Id(tmp).Op("=").True(), jen.Break()))
		case "all":
			g.emit(jen.If(jen.Op("!").Parens(g.cond(gen.Elt))).Block(jen.Id(tmp).Op("=").False(), jen.Break()))
		}
	}, func() {
		switch kind {
		case "sum":
			g.emit(jen.Id(tmp).Op(":=").Add(g.zero(t)))
		case "any":
			g.emit(jen.Id(tmp).Op(":=").False())
		case "all":
			g.emit(jen.Id(tmp).Op(":=").True())
		}
		g.declared(tmp)
	})
	return jen.Id(tmp)
}

// mapFilter writes map(f, xs...) and filter(f, xs) as a loop building a
// list.
func (g *gen) mapFilter(name string, e *ast.Call) *jen.Statement {
	t := g.info.TypeOf(e)
	fn, lists := g.mapFilterArgs(e, false)
	out := g.fc.names.fresh(map[string]string{"map": "mapped", "filter": "filtered"}[name])
	g.emitPlain(jen.Var().Id(out).Add(g.goType(t)))
	g.declared(out)
	g.emit(g.mapFilterLoop(name, e, t.Elem, fn, lists, func(v jen.Code) jen.Code {
		return jen.Id(out).Op("=").Append(jen.Id(out), v)
	}))
	return jen.Id(out)
}

// mapFilterIter writes map(f, xs...) or filter(f, xs) held in a variable:
// a one-shot iterator that calls f as the consumer asks for items. The
// function and the iterables are evaluated first, as map() does; an
// exception f raises is an item, after which the iterator goes on.
func (g *gen) mapFilterIter(e *ast.Call, t *check.Type) *jen.Statement {
	name := e.Func.(*ast.Name).ID
	el := t.Elem
	fn, lists := g.mapFilterArgs(e, true)
	i := g.fc.names.fresh("i")
	g.emit(jen.Id(i).Op(":=").Lit(0))
	var lens, xs, items []jen.Code
	for _, l := range lists {
		lens = append(lens, jen.Len(l))
		xs = append(xs, jen.Id(g.fc.names.fresh("x")))
		items = append(items, jen.Add(l).Index(jen.Id(i)))
	}
	bound := lens[0]
	if len(lens) > 1 {
		bound = jen.Min(lens...)
	}
	body := []jen.Code{jen.List(xs...).Op(":=").List(items...), jen.Id(i).Op("++")}
	ft := g.info.TypeOf(e.Args[0])
	raises := g.parseFunc(e) != nil || ft.Kind == check.Callable && ft.Fn.MayRaise
	call := jen.Add(fn).Call(xs...)
	var v jen.Code = call
	if raises {
		r := g.fc.names.fresh("v")
		body = append(body,
			jen.List(jen.Id(r), jen.Err()).Op(":=").Add(call),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(g.zero(el), jen.Err(), jen.True())))
		v = jen.Id(r)
	}
	if name == "filter" {
		var test jen.Code
		if ft.Kind == check.None {
			body = body[:2]
			test = truth(jen.Add(xs[0]), el)
		} else {
			var result *check.Type
			if ft.Kind == check.BuiltinFn {
				result = check.FuncResult(ft, el)
			} else {
				result = ft.Fn.Result
			}
			test = truth(jen.Add(v), result)
		}
		body = append(body, jen.If(test).Block(jen.Return(xs[0], jen.Nil(), jen.True())))
	} else {
		body = append(body, jen.Return(v, jen.Nil(), jen.True()))
	}
	loop := jen.For(jen.Id(i).Op("<").Add(bound)).Block(body...) // filter: until an item passes
	if name == "map" {
		loop = jen.If(jen.Id(i).Op("<").Add(bound)).Block(body...)
	}
	next := jen.Func().Params().Params(g.goType(el), jen.Error(), jen.Bool()).Block(
		loop,
		jen.Return(g.zero(el), jen.Nil(), jen.False()),
	)
	return g.rt("IterFunc").Call(next)
}

// mapFilterArgs evaluates the function and the iterables of map() or
// filter(); held says the values are used later, so that even names are
// read now.
func (g *gen) mapFilterArgs(e *ast.Call, held bool) (fn *jen.Statement, lists []*jen.Statement) {
	ft := g.info.TypeOf(e.Args[0])
	if parse := g.parseFunc(e); parse != nil {
		fn = parse
	} else {
		fn = g.funcValue(e.Args[0], g.elemOf(e.Args[1]))
		if (held || !isSimple(e.Args[0])) && ft.Kind != check.BuiltinFn && ft.Kind != check.None {
			tmp := g.fc.names.fresh("fn")
			g.emit(jen.Id(tmp).Op(":=").Add(fn))
			fn = jen.Id(tmp)
		}
	}
	for _, a := range e.Args[1:] {
		l := g.iterItems(a, g.elemOf(a))
		if held || !isSimple(a) {
			tmp := g.fc.names.fresh("items")
			g.emit(jen.Id(tmp).Op(":=").Add(l))
			l = jen.Id(tmp)
		}
		lists = append(lists, l)
	}
	return fn, lists
}

// parseFunc is the function of map(int, strs) or map(float, strs), which
// raises ValueError for a str that is not a number; nil for other maps.
func (g *gen) parseFunc(e *ast.Call) *jen.Statement {
	ft := g.info.TypeOf(e.Args[0])
	if ft.Kind != check.BuiltinFn || (ft.Name != "int" && ft.Name != "float") || len(e.Args) != 2 || g.elemOf(e.Args[1]).Kind != check.Str {
		return nil
	}
	if ft.Name == "float" {
		return g.rt("ParseFloat")
	}
	s := jen.Id("s")
	return jen.Func().Params(jen.Add(s).String()).Params(jen.Int(), jen.Error()).Block(
		jen.Return(g.rt("ParseInt").Call(s, jen.Lit(10))),
	)
}

// mapFilterLoop is the loop of map(f, xs...) or filter(f, xs), of items
// of type el, over lists with the function fn; put writes what is done
// with each item.
func (g *gen) mapFilterLoop(name string, e *ast.Call, el *check.Type, fn *jen.Statement, lists []*jen.Statement, put func(v jen.Code) jen.Code) jen.Code {
	item := g.fc.names.fresh("x")
	raises := g.parseFunc(e) != nil
	if ft := g.info.TypeOf(e.Args[0]); ft.Kind == check.Callable && ft.Fn.MayRaise {
		raises = true
	}
	// apply is fn(args...) inside the loop: a function that can raise
	// returns an error, checked before the value is used.
	apply := func(args ...jen.Code) (pre []jen.Code, v jen.Code) {
		if !raises {
			return nil, jen.Add(fn).Call(args...)
		}
		r := g.fc.names.fresh("v")
		if n, ok := e.Args[0].(*ast.Name); ok {
			r = g.fc.names.fresh(resultName(n.ID))
		}
		return []jen.Code{
			jen.List(jen.Id(r), jen.Err()).Op(":=").Add(fn).Call(args...),
			g.ifErr(),
		}, jen.Id(r)
	}
	if name == "filter" {
		var test jen.Code
		var body []jen.Code
		if g.info.TypeOf(e.Args[0]).Kind == check.None {
			test = truth(jen.Id(item), el)
		} else {
			var result *check.Type
			if ft := g.info.TypeOf(e.Args[0]); ft.Kind == check.BuiltinFn {
				result = check.FuncResult(ft, el)
			} else {
				result = ft.Fn.Result
			}
			pre, v := apply(jen.Id(item))
			body = pre
			test = truth(jen.Add(v), result)
		}
		body = append(body, jen.If(test).Block(put(jen.Id(item))))
		return jen.For(jen.List(jen.Id("_"), jen.Id(item)).Op(":=").Range().Add(lists[0])).Block(body...)
	}
	if len(lists) == 1 {
		pre, v := apply(jen.Id(item))
		body := append(pre, put(v))
		return jen.For(jen.List(jen.Id("_"), jen.Id(item)).Op(":=").Range().Add(lists[0])).Block(body...)
	}
	i := g.fc.names.fresh("i")
	var lens, args []jen.Code
	for _, l := range lists {
		lens = append(lens, jen.Len(l))
		args = append(args, jen.Add(l).Index(jen.Id(i)))
	}
	pre, v := apply(args...)
	body := append(pre, put(v))
	return jen.For(jen.Id(i).Op(":=").Range().Min(lens...)).Block(body...)
}

// mapRaises reports whether e is map() or filter() of a function that can
// raise: the loop building the list propagates its error.
func (g *gen) mapRaises(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) < 2 {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	if !ok || (n.ID != "map" && n.ID != "filter") || g.info.Uses[n] == nil || g.info.Uses[n].Kind != check.Builtin {
		return false
	}
	ft := g.info.TypeOf(call.Args[0])
	return ft.Kind == check.Callable && ft.Fn.MayRaise
}

// truth is Python's truth test of a value of type t.
func truth(code *jen.Statement, t *check.Type) jen.Code {
	switch t.Kind {
	case check.Bool:
		return code
	case check.Int, check.Float:
		return code.Op("!=").Lit(0)
	case check.Str:
		return code.Op("!=").Lit("")
	case check.List, check.Bytes:
		return jen.Len(code).Op(">").Lit(0)
	case check.Dynamic:
		return jen.Qual(RT, "Truthy").Call(code)
	}
	return code.Op("!=").Nil()
}

// elemOf is the element type of an iterable argument.
func (g *gen) elemOf(e ast.Expr) *check.Type {
	t := g.info.TypeOf(e)
	switch t.Kind {
	case check.List, check.Set:
		return t.Elem
	case check.Dict:
		return t.Key
	case check.Str:
		return t
	}
	return t
}

// funcValue writes a function value; a built-in becomes a function
// literal for elements of type el: func(x int) string { return strconv.Itoa(x) }.
func (g *gen) funcValue(e ast.Expr, el *check.Type) *jen.Statement {
	t := g.info.TypeOf(e)
	if t.Kind != check.BuiltinFn {
		return g.expr(e)
	}
	if m, ok := strings.CutPrefix(t.Name, "str."); ok {
		// An unbound str method: the Go function itself.
		if q, ok := strings.CutPrefix(check.StrMethodValues[m], "strings."); ok {
			return jen.Qual("strings", q)
		}
		return g.rt(check.StrMethodValues[m])
	}
	r := check.FuncResult(t, el)
	if t.Name == "dict.get" {
		// Over the keys of the same dict: every key is present.
		d := e.(*ast.Attribute).Value
		return jen.Func().Params(jen.Id("k").Add(g.goType(el))).Add(g.goType(r)).Block(
			jen.List(jen.Id("v"), jen.Id("_")).Op(":=").Add(g.expr(d)).Dot("Lookup").Call(jen.Id("k")),
			jen.Return(jen.Id("v")),
		)
	}
	x := jen.Id("x")
	var body *jen.Statement
	switch t.Name {
	case "str":
		switch el.Kind {
		case check.Str:
			body = x
		case check.Int:
			body = jen.Qual("strconv", "Itoa").Call(x)
		default:
			body = g.rt("Str").Call(x)
		}
	case "repr":
		body = g.rt("Repr").Call(x)
	case "int":
		switch el.Kind {
		case check.Int:
			body = x
		case check.Float:
			body = jen.Int().Call(x)
		default:
			body = g.rt("BoolInt").Call(x)
		}
	case "float":
		body = jen.Float64().Call(x)
	case "len":
		if el.Kind == check.Str {
			body = g.rt("StrLen").Call(x)
		} else {
			body = jen.Len(x)
		}
	case "abs":
		if el.Kind == check.Float {
			body = g.rt("AbsFloat").Call(x)
		} else {
			body = jen.Max(x, jen.Op("-").Add(x))
		}
	case "bool":
		body = jen.Add(truth(x, el))
	}
	return jen.Func().Params(jen.Id("x").Add(g.goType(el))).Add(g.goType(r)).Block(jen.Return(body))
}

// minMax writes a min() or max() call that can raise: rt.Max(items),
// rt.MaxKey(items, key), rt.MaxOr(items, default), rt.MaxKeyOr(items, key,
// default) or rt.MaxOf(a, b, ...).
func (g *gen) minMax(name string, x *ast.Call) *jen.Statement {
	fn := map[string]string{"min": "Min", "max": "Max"}[name]
	t := g.info.TypeOf(x)
	if len(x.Args) > 1 {
		var args []jen.Code
		for _, a := range x.Args {
			args = append(args, g.typed(g.expr(a), g.info.TypeOf(a), t))
		}
		if k := keyword(x, "key"); k != nil {
			return g.rt(fn+"Key"+g.keyErr(k)+"Of").Call(g.funcValue(k.Value, t), jen.Index().Add(g.goType(t)).Values(args...))
		}
		if t.Kind == check.Dynamic {
			return g.rt(fn + "Of").Types(jen.Any()).Call(args...)
		}
		return g.rt(fn + "Of").Call(args...)
	}
	items := g.iterItems(x.Args[0], t)
	args := []jen.Code{items}
	if k := keyword(x, "key"); k != nil {
		fn += "Key" + g.keyErr(k)
		args = append(args, g.funcValue(k.Value, t))
	}
	if d := keyword(x, "default"); d != nil {
		fn += "Or"
		args = append(args, g.exprAs(d.Value, t))
	}
	return g.rt(fn).Call(args...)
}

// keyErr is "Err" for a key= function that can raise (rt.SortKeyErr,
// rt.MaxKeyErr, ...), "" otherwise.
func (g *gen) keyErr(k *ast.Keyword) string {
	if t := g.info.TypeOf(k.Value); t.Kind == check.Callable && t.Fn.MayRaise {
		return "Err"
	}
	return ""
}

// iterItems writes an iterable argument of min/max as a Go slice of el:
// the characters of a str, the list a generator expression builds, or the
// iterable itself.
func (g *gen) iterItems(e ast.Expr, el *check.Type) *jen.Statement {
	if gen, ok := e.(*ast.GeneratorExp); ok {
		lc := &ast.ListComp{Pos: gen.Pos, Elt: gen.Elt, Generators: gen.Generators}
		g.info.Types[lc] = &check.Type{Kind: check.List, Elem: el}
		return g.expr(lc)
	}
	switch g.info.TypeOf(e).Kind {
	case check.Str:
		return g.rt("StrChars").Call(g.expr(e))
	case check.Range:
		if check.RangeCall(e) {
			return g.rangeList(e.(*ast.Call))
		}
	}
	return g.slice(e)
}

// staticOrdered reports whether values of type t order with < without a
// TypeError: numbers, strs, and lists and tuples of them.
func staticOrdered(t *check.Type) bool {
	switch t.Kind {
	case check.Int, check.Float, check.Bool, check.Str, check.Unknown:
		return true
	case check.List:
		return staticOrdered(t.Elem)
	case check.Tuple:
		for _, e := range t.Elems {
			if !staticOrdered(e) {
				return false
			}
		}
		return true
	}
	return false
}

// comparableElems reports whether the Go elements of a list of type t
// compare with ==.
func comparableElems(t *check.Type) bool {
	if t.Kind != check.List {
		return true
	}
	switch t.Elem.Kind {
	case check.List, check.Dict, check.Set, check.Tuple, check.TupleOf, check.AnyTuple, check.Bytes:
		return false
	}
	return true
}

// pureValue reports whether e is a constant or a display of constants
// (3, [], {}, set(), (1,)): a value whose type test needs no Go code.
func pureValue(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		return true
	case *ast.List:
		return allPure(x.Elts)
	case *ast.Tuple:
		return allPure(x.Elts)
	case *ast.Set:
		return allPure(x.Elts)
	case *ast.Dict:
		return len(x.Keys) == 0
	case *ast.Call:
		n, ok := x.Func.(*ast.Name)
		return ok && len(x.Args) == 0 && len(x.Keywords) == 0 && (n.ID == "set" || n.ID == "dict" || n.ID == "list" || n.ID == "tuple")
	}
	return false
}

func allPure(es []ast.Expr) bool {
	for _, e := range es {
		if !pureValue(e) {
			return false
		}
	}
	return true
}

// typeCompare writes type(x) == T, !=, is and is not, where T is a
// built-in type or a class of the module: by the type's name, known here
// for a constant x.
func (g *gen) typeCompare(e *ast.Compare) *jen.Statement {
	call, ok := e.Left.(*ast.Call)
	if !ok || len(e.Ops) != 1 || g.info.TypeOf(e.Left).Kind != check.TypeObj {
		return nil
	}
	op := e.Ops[0]
	if op != "==" && op != "!=" && op != "is" && op != "is not" {
		return nil
	}
	var name string
	if names, ok := g.info.BuiltinTypeArg(e.Comparators[0]); ok {
		if _, tuple := e.Comparators[0].(*ast.Tuple); tuple {
			return nil
		}
		name = names[0]
	} else if t := g.info.TypeOf(e.Comparators[0]); t.Kind == check.Class && t.Class.Plain {
		name = t.Class.Name
	} else {
		return nil
	}
	positive := op == "==" || op == "is"
	x := call.Args[0]
	if tn := check.StaticTypeName(g.info.TypeOf(x)); tn != "" && pureValue(x) {
		return jen.Lit((tn == name) == positive)
	}
	cmp := "=="
	if !positive {
		cmp = "!="
	}
	return g.rt("TypeName").Call(g.expr(x)).Op(cmp).Lit(name)
}
