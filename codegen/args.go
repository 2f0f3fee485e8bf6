package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// isVarArg reports whether v is the *args parameter of its function: a
// Go variadic parameter, whose Python value is a tuple.
func (g *gen) isVarArg(v *check.Var) bool {
	return v != nil && v.Kind == check.Param && v.Func != nil && v.Func.VarArg == v
}

// userArgs writes the arguments of a call of f, defaults filled in, then
// its **kwargs dict and its *args.
func (g *gen) userArgs(f *check.Func, e *ast.Call) []jen.Code {
	b, msg := g.info.Bind(f, e)
	if msg != "" {
		g.unsupported(e.Pos, "%s", msg)
	}
	params := f.Params
	if f.Class != nil && !f.Static && len(params) > 0 {
		params = params[1:]
	}
	if b.Runtime {
		return g.runtimeArgs(f, params, e, b)
	}
	var out []jen.Code
	for i, a := range b.Args {
		p := params[i]
		if a.Item >= 0 {
			t := g.info.TypeOf(a.Expr)
			out = append(out, g.typed(g.expr(a.Expr).Dot("V"+itoa(a.Item)), t.Elems[a.Item], p.Type))
			continue
		}
		x := a.Expr
		if x == nil && check.Dropped(f, p) {
			continue
		}
		var code *jen.Statement
		if x == nil {
			code = g.defaultValue(f, p)
		} else {
			code = g.exprAs(x, p.Type)
		}
		if x != nil && g.needsTemp(x, laterArgs(b.Args[i+1:])) && valueKind(g.info.TypeOf(x)) {
			tmp := g.fc.names.fresh(goName(p.Name))
			g.emit(jen.Id(tmp).Op(":=").Add(code))
			code = jen.Id(tmp)
		}
		out = append(out, code)
	}
	if f.KwArg != nil {
		out = append(out, g.kwargsDict(f.Name, f.KwArg.Type.Elem, b.ExtraKw))
	}
	if f.VarArg != nil && len(b.Extra) > 0 {
		out = append(out, g.positional(f.VarArg.Type.Elem, b.Extra)...)
	}
	return out
}

func laterArgs(args []check.Arg) []ast.Expr {
	var out []ast.Expr
	for _, a := range args {
		if a.Expr != nil {
			out = append(out, a.Expr)
		}
	}
	return out
}

// positional writes arguments for a variadic parameter of element type
// el: the values, or one spread slice followed by "...".
func (g *gen) positional(el *check.Type, args []ast.Expr) []jen.Code {
	if !hasStarred(args) {
		var out []jen.Code
		for _, a := range args {
			out = append(out, g.typed(g.exprAs(a, el), g.info.TypeOf(a), el))
		}
		return out
	}
	return []jen.Code{g.argSlice(el, args).Op("...")}
}

// argSlice writes positional arguments, some spread with *, as one []el.
func (g *gen) argSlice(el *check.Type, args []ast.Expr) *jen.Statement {
	var parts []jen.Code
	var lits []jen.Code
	flush := func() {
		if len(lits) > 0 {
			parts = append(parts, jen.Index().Add(g.goType(el)).Values(lits...))
			lits = nil
		}
	}
	for _, a := range args {
		s, ok := a.(*ast.Starred)
		if !ok {
			lits = append(lits, g.typed(g.exprAs(a, el), g.info.TypeOf(a), el))
			continue
		}
		flush()
		parts = append(parts, g.spreadSlice(s.Value, el))
	}
	flush()
	if len(parts) == 1 {
		return parts[0].(*jen.Statement)
	}
	return jen.Qual("slices", "Concat").Call(parts...)
}

// spreadSlice writes the items of a *sequence argument as a []el.
func (g *gen) spreadSlice(e ast.Expr, el *check.Type) *jen.Statement {
	t := g.info.TypeOf(e)
	var code *jen.Statement
	var from *check.Type
	switch t.Kind {
	case check.List, check.TupleOf, check.Set, check.Dict:
		code = g.slice(e)
		from = t.Elem
		if t.Kind == check.Dict {
			from = t.Key
		}
	case check.Str:
		code = jen.Qual("strings", "Split").Call(g.expr(e), jen.Lit(""))
		from = t
	case check.Tuple:
		var items []jen.Code
		tmp := g.expr(e)
		if _, ok := e.(*ast.Name); !ok {
			name := g.fc.names.fresh("items")
			g.emit(jen.Id(name).Op(":=").Add(tmp))
			tmp = jen.Id(name)
		}
		for i, it := range t.Elems {
			items = append(items, g.typed(jen.Add(tmp).Dot("V"+itoa(i)), it, el))
		}
		return jen.Index().Add(g.goType(el)).Values(items...)
	default:
		g.unsupported(e.Position(), "*%s in a call", t)
	}
	if !from.Equal(el) {
		if isDyn(el) {
			return g.rt("AnyItems").Call(code)
		}
		g.unsupported(e.Position(), "*%s passed where the items are %s", t, el)
	}
	return code
}

// kwargsDict writes the **kwargs dict of a call: its extra keywords and
// spread dicts, in call order.
func (g *gen) kwargsDict(name string, el *check.Type, kws []*ast.Keyword) jen.Code {
	typ := []jen.Code{jen.String(), g.goType(el)}
	var parts []jen.Code
	var pairs []jen.Code
	flush := func() {
		if len(pairs) > 0 {
			parts = append(parts, g.rt("DictOf").Types(typ...).Call(pairs...))
			pairs = nil
		}
	}
	spreads := 0
	for _, k := range kws {
		if k.Arg != "" {
			pairs = append(pairs, g.rt("T2").Types(typ...).Call(jen.Lit(k.Arg), g.typed(g.exprAs(k.Value, el), g.info.TypeOf(k.Value), el)))
			continue
		}
		flush()
		spreads++
		vt := g.info.TypeOf(k.Value)
		switch {
		case vt.Elem.Equal(el):
			parts = append(parts, g.expr(k.Value))
		case isDyn(el):
			parts = append(parts, g.rt("AnyValues").Call(g.expr(k.Value)))
		default:
			g.unsupported(k.Value.Position(), "**%s passed where the values are %s", vt, el)
		}
	}
	flush()
	switch {
	case len(parts) == 0:
		return g.rt("NewDict").Types(typ...).Call()
	case spreads == 0:
		return parts[0]
	case len(parts) == 1:
		return jen.Add(parts[0]).Dot("Copy").Call()
	}
	tmp := g.fc.names.fresh("kwargs")
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(g.rt("Kwargs").Call(append([]jen.Code{jen.Lit(name)}, parts...)...)))
	g.declared("err")
	g.emitPlain(g.ifErr())
	return jen.Id(tmp)
}

// runtimeArgs binds the arguments of a call at run time (a *sequence or
// **dict of unknown length meets named parameters) with rt.BindArgs.
func (g *gen) runtimeArgs(f *check.Func, params []*check.Var, e *ast.Call, b *check.Binding) []jen.Code {
	var out []jen.Code
	for i, a := range e.Args[:b.Given] {
		code := g.exprAs(a, params[i].Type)
		if !isSimple(a) {
			// Python evaluates it before the arguments bound below.
			tmp := g.fc.names.fresh(goName(params[i].Name))
			g.emit(jen.Id(tmp).Op(":=").Add(code))
			code = jen.Id(tmp)
		}
		out = append(out, code)
	}
	el := g.info.BoundType(f, b, e)
	pos := jen.Code(jen.Nil())
	if len(e.Args) > b.Given {
		pos = g.argSlice(el, e.Args[b.Given:])
	}
	kw := jen.Code(jen.Nil())
	if len(e.Keywords) > 0 {
		kw = g.kwargsDict(f.Name, el, e.Keywords)
	}
	var names, optional []jen.Code
	for _, p := range params {
		names = append(names, jen.Lit(p.Name))
		optional = append(optional, jen.Lit(p.Default != nil))
	}
	npos, posOnly := len(params), 0
	if f.Def != nil {
		npos = len(f.Def.Args.PosOnlyArgs) + len(f.Def.Args.Args)
		posOnly = len(f.Def.Args.PosOnlyArgs)
		if len(params) < len(f.Params) {
			npos--
			if posOnly > 0 {
				posOnly--
			}
		}
	}
	fields := jen.Dict{
		jen.Id("Name"):     jen.Lit(f.Name),
		jen.Id("Params"):   jen.Index().String().Values(names...),
		jen.Id("Pos"):      jen.Lit(npos),
		jen.Id("Optional"): jen.Index().Bool().Values(optional...),
	}
	if posOnly > 0 {
		fields[jen.Id("PosOnly")] = jen.Lit(posOnly)
	}
	if f.VarArg != nil {
		fields[jen.Id("VarArg")] = jen.True()
	}
	if f.KwArg != nil {
		fields[jen.Id("KwArg")] = jen.True()
	}
	bound := g.fc.names.fresh("bound")
	g.emit(jen.List(jen.Id(bound), jen.Err()).Op(":=").Add(g.rt("BindArgs").Call(g.rt("Signature").Values(fields), jen.Lit(b.Given), pos, kw)))
	g.declared("err")
	g.emitPlain(g.ifErr())
	for i, p := range params[b.Given:] {
		i += b.Given
		var code *jen.Statement
		if p.Default != nil {
			code = jen.Id(bound).Dot("Arg").Call(jen.Lit(i), g.typed(g.defaultValue(f, p), p.Type, el))
		} else {
			code = jen.Id(bound).Dot("Args").Index(jen.Lit(i))
		}
		if isDyn(el) && !isDyn(p.Type) {
			code = code.Assert(g.goType(p.Type))
		}
		out = append(out, g.typed(code, el, p.Type))
	}
	if f.KwArg != nil {
		kw := jen.Id(bound).Dot("Kw")
		if t := f.KwArg.Type.Elem; !t.Equal(el) {
			kw = g.rt("ValuesAs").Types(g.goType(t)).Call(kw)
		}
		out = append(out, kw)
	}
	if f.VarArg != nil {
		rest := jen.Id(bound).Dot("Rest")
		if t := f.VarArg.Type.Elem; !t.Equal(el) {
			rest = g.rt("ItemsAs").Types(g.goType(t)).Call(rest)
		}
		out = append(out, rest.Op("..."))
	}
	return out
}

// stableStarred is stabilize for a *sequence argument: a list or tuple
// display keeps its shape with stable items; any other value is copied.
func (g *gen) stableStarred(s *ast.Starred) ast.Expr {
	var elts []ast.Expr
	switch v := s.Value.(type) {
	case *ast.List:
		elts = append(elts, v.Elts...)
		g.stabilize(elts, nil)
		nv := &ast.List{Pos: v.Pos, Elts: elts}
		g.info.Types[nv] = g.info.TypeOf(v)
		return &ast.Starred{Pos: s.Pos, Value: nv}
	case *ast.Tuple:
		elts = append(elts, v.Elts...)
		g.stabilize(elts, nil)
		nv := &ast.Tuple{Pos: v.Pos, Elts: elts}
		g.info.Types[nv] = g.info.TypeOf(v)
		return &ast.Starred{Pos: s.Pos, Value: nv}
	}
	one := []ast.Expr{s.Value}
	g.stabilize(one, []string{"items"})
	return &ast.Starred{Pos: s.Pos, Value: one[0]}
}

// bindsRaising reports whether e holds a call whose arguments bind with a
// check that can raise (rt.BindArgs, rt.Kwargs): a statement of its own,
// before the call.
func (g *gen) bindsRaising(e ast.Expr) bool {
	found := false
	inspect(e, func(x ast.Expr) {
		call, ok := x.(*ast.Call)
		if !ok || found {
			return
		}
		if c := g.calleeQuiet(call); c.fn != nil {
			if b, msg := g.info.Bind(c.fn, call); msg == "" && b.Raises() {
				found = true
			}
		}
	})
	return found
}
