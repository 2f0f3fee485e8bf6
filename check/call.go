package check

import (
	"fmt"
	"github.com/pyasync2go/pyasync2go/ast"
)

func (c *checker) call(e *ast.Call) *Type {
	for _, a := range e.Args {
		// f(*(x for x in xs)) is f(*[x for x in xs]).
		if s, ok := a.(*ast.Starred); ok {
			if g, ok := s.Value.(*ast.GeneratorExp); ok {
				s.Value = &ast.ListComp{Pos: g.Pos, Elt: g.Elt, Generators: g.Generators}
			}
		}
	}
	if !c.userCallee(e) {
		for _, k := range e.Keywords {
			if k.Arg == "" {
				c.unsupported(k.Pos, "kwargs-unpack")
			}
		}
	}
	switch fn := e.Func.(type) {
	case *ast.Name:
		v := c.lookup(fn)
		if v == nil {
			c.args(e)
			return tUnknown
		}
		v.Reads++
		c.info.Types[fn] = v.Type
		switch {
		case v.Kind == Builtin:
			return c.builtinCall(fn.ID, e)
		case v.Type.Kind == Callable:
			if v.Kind != FuncVar {
				c.groupCall(v.Type.Fn, e)
			}
			t := c.userCall(v.Type.Fn, e)
			if g := v.Type.Fn.Group; g != nil && g.Mixed() && v.Kind != FuncVar {
				return tDynamic // a value of the type parameter
			}
			return t
		case v.Type.Kind == Class:
			return c.classCall(v.Type.Class, e)
		case v.Type.Kind == Module:
			return c.moduleCall(v.Type.Name, e)
		}
		c.args(e)
		if n := notCallable(v.Type); n != "" {
			return c.runError(e, "TypeError", "'"+n+"' object is not callable")
		}
		if v.Type.Kind != Unknown {
			c.errorf(e.Pos, "'%s' object is not callable", v.Type)
		}
		return tUnknown
	case *ast.Attribute:
		if sc, ok := fn.Value.(*ast.Call); ok && isName(sc.Func, "super") {
			return c.superInit(fn, e)
		}
		recv := c.expr(fn.Value)
		switch recv.Kind {
		case Module:
			at, ok := c.moduleAttr(fn.Pos, recv.Name, fn.Attr)
			if !ok {
				c.args(e)
				return tUnknown
			}
			c.info.Types[fn] = at
			switch at.Kind {
			case Module:
				return c.moduleCall(at.Name, e)
			case Class:
				return c.classCall(at.Class, e)
			}
			c.args(e)
			c.errorf(e.Pos, "'%s' object is not callable", at)
			return tUnknown
		case Unknown:
			c.args(e)
			return tUnknown
		}
		return c.methodCall(recv, fn, e)
	}
	t := c.expr(e.Func)
	if t.Kind == Callable {
		// A function value: d[k](), make_adder(1)(2), (lambda: 1)().
		c.groupCall(t.Fn, e)
		return c.userCall(t.Fn, e)
	}
	c.args(e)
	if n := notCallable(t); n != "" {
		return c.runError(e, "TypeError", "'"+n+"' object is not callable")
	}
	c.errorf(e.Pos, "unsupported: calling this expression")
	return tUnknown
}

// userCallee reports whether e calls a user function or class.
func (c *checker) userCallee(e *ast.Call) bool {
	switch fn := e.Func.(type) {
	case *ast.Name:
		v := c.resolve(fn.ID)
		return v != nil && v.Kind != Builtin && (v.Type.Kind == Callable || v.Type.Kind == Class && v.Type.Class.Builtin == "")
	case *ast.Attribute:
		t := c.info.TypeOf(fn.Value)
		return (t.Kind == Instance || t.Kind == Class) && t.Class.Methods[fn.Attr] != nil
	}
	return false
}

// args types all arguments without constraints.
func (c *checker) args(e *ast.Call) []*Type {
	var ts []*Type
	for _, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok {
			ts = append(ts, c.expr(s.Value))
			continue
		}
		ts = append(ts, c.expr(a))
	}
	for _, k := range e.Keywords {
		c.expr(k.Value)
	}
	return ts
}

// Arg is an argument meeting a parameter: Expr itself or, when Item >= 0,
// item Item of the tuple Expr (a *tuple spread over parameters).
type Arg struct {
	Expr ast.Expr
	Item int
}

// Binding is how a call's arguments meet a function's parameters.
type Binding struct {
	// Args has one entry per parameter (after self); Expr is nil when the
	// parameter takes its default.
	Args []Arg
	// Extra are the positional arguments *args collects; an *ast.Starred
	// spreads a sequence.
	Extra []ast.Expr
	// ExtraKw are the keyword arguments **kwargs collects; Arg "" spreads
	// a dict.
	ExtraKw []*ast.Keyword
	// Runtime is set when a *sequence or **dict of unknown length could
	// fill named parameters: the call binds its arguments at run time.
	Runtime bool
	// Given counts the leading positional arguments that bind statically
	// to the first parameters of a call bound at run time.
	Given int
}

// Raises reports whether binding may raise TypeError at run time: the
// arguments bind at run time, or **kwargs merges a spread dict with other
// keywords.
func (b *Binding) Raises() bool {
	if b.Runtime {
		return true
	}
	for _, k := range b.ExtraKw {
		if k.Arg == "" && len(b.ExtraKw) > 1 {
			return true
		}
	}
	return false
}

// SpreadType is the one type of all arguments of a call that binds at
// run time: spread sequences and dicts count by their items.
func (in *Info) SpreadType(e *ast.Call, given int) *Type {
	var t *Type
	for _, a := range e.Args[given:] {
		if s, ok := a.(*ast.Starred); ok {
			t = join(t, spreadItems(in.TypeOf(s.Value)))
			continue
		}
		t = join(t, in.TypeOf(a))
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			t = join(t, in.TypeOf(k.Value).Elem)
			continue
		}
		t = join(t, in.TypeOf(k.Value))
	}
	return orUnknown(t)
}

// BoundType is the type of the values rt.BindArgs passes for a call of f
// bound at run time: it holds the arguments after the given ones and
// every parameter they may reach.
func (in *Info) BoundType(f *Func, b *Binding, e *ast.Call) *Type {
	t := in.SpreadType(e, b.Given)
	params := f.Params
	if f.Class != nil && !f.Static && len(params) > 0 {
		params = params[1:]
	}
	for _, p := range params[b.Given:] {
		t = join(t, p.Type)
	}
	if f.VarArg != nil {
		t = join(t, f.VarArg.Type.Elem)
	}
	if f.KwArg != nil {
		t = join(t, f.KwArg.Type.Elem)
	}
	return t
}

// spreadItems is the type of the items of a *sequence of type t.
func spreadItems(t *Type) *Type {
	switch t.Kind {
	case List, Set, TupleOf:
		return t.Elem
	case Str:
		return tStr
	case Dict:
		return t.Key
	case Tuple:
		var el *Type
		for _, x := range t.Elems {
			el = join(el, x)
		}
		return orUnknown(el)
	}
	return tUnknown
}

// Exprs returns the argument of each parameter, nil where the default is
// used; ok is false when an argument is an item of a spread tuple.
func (b *Binding) Exprs() (out []ast.Expr, ok bool) {
	for _, a := range b.Args {
		if a.Item >= 0 {
			return nil, false
		}
		out = append(out, a.Expr)
	}
	return out, true
}

// Bind maps a call's arguments to a function's parameters. For a method,
// the result covers the parameters after self. The message is CPython's
// TypeError, or an unsupported construct, when the call cannot bind.
func (in *Info) Bind(f *Func, e *ast.Call) (*Binding, string) {
	params := f.Params
	nposonly, npos := 0, len(params)
	if f.Def != nil {
		nposonly = len(f.Def.Args.PosOnlyArgs)
		npos = nposonly + len(f.Def.Args.Args)
	}
	name, self := f.Name, 0
	if f.Class != nil && f.Def != nil {
		// CPython names a method by its qualified name and counts self.
		name = f.Class.Name + "." + f.Name
	}
	if f.Class != nil && !f.Static && f.Def != nil && len(params) == 0 && f.VarArg == nil {
		// A method without self: CPython passes the instance anyway.
		were := "were"
		if len(e.Args) == 0 {
			were = "was"
		}
		return nil, fmt.Sprintf("%s() takes 0 positional arguments but %d %s given", name, len(e.Args)+1, were)
	}
	if f.Class != nil && !f.Static && f.Def != nil && len(params) > 0 {
		params = params[1:]
		npos--
		self = 1
		if nposonly > 0 {
			nposonly--
		}
	}
	sig := signature{name: name, self: self, params: params, nposonly: nposonly, npos: npos, varArg: f.VarArg != nil, kwArg: f.KwArg != nil}
	return sig.bind(e, in.TypeOf)
}

// signature is what binding needs to know of a function's parameters.
type signature struct {
	name           string
	self           int // 1 when a bound self precedes params (CPython counts it)
	params         []*Var
	nposonly, npos int
	varArg, kwArg  bool
}

// Spread returns the positional arguments of a call with displays and
// tuples spread: an *ast.Starred stays for a sequence of unknown length.
func Spread(args []ast.Expr, typeOf func(ast.Expr) *Type) []Arg {
	var out []Arg
	for _, a := range args {
		s, ok := a.(*ast.Starred)
		if !ok {
			out = append(out, Arg{Expr: a, Item: -1})
			continue
		}
		switch v := s.Value.(type) {
		case *ast.List:
			if !hasStarredElt(v.Elts) {
				out = append(out, Spread(v.Elts, typeOf)...)
				continue
			}
		case *ast.Tuple:
			if !hasStarredElt(v.Elts) {
				out = append(out, Spread(v.Elts, typeOf)...)
				continue
			}
		case *ast.Name:
			if t := typeOf(v); t.Kind == Tuple {
				for i := range t.Elems {
					out = append(out, Arg{Expr: v, Item: i})
				}
				continue
			}
		}
		out = append(out, Arg{Expr: a, Item: -1})
	}
	return out
}

// SpreadKeywords returns the keywords of a call with **{"k": v} displays
// spread; a keyword with Arg "" stays for a dict of unknown keys.
func SpreadKeywords(kws []*ast.Keyword) []*ast.Keyword {
	var out []*ast.Keyword
	for _, k := range kws {
		d, ok := k.Value.(*ast.Dict)
		if k.Arg != "" || !ok || !constStrKeys(d) {
			out = append(out, k)
			continue
		}
		for i, key := range d.Keys {
			out = append(out, &ast.Keyword{Pos: key.Position(), Arg: key.(*ast.Constant).Value.(string), Value: d.Values[i]})
		}
	}
	return out
}

func constStrKeys(d *ast.Dict) bool {
	for _, k := range d.Keys {
		c, ok := k.(*ast.Constant)
		if !ok || c.Kind != ast.ConstStr {
			return false
		}
	}
	return true
}

func hasStarredElt(elts []ast.Expr) bool {
	for _, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// bind binds e's arguments to the parameters.
func (sig signature) bind(e *ast.Call, typeOf func(ast.Expr) *Type) (*Binding, string) {
	f := &Func{Name: sig.name, Params: sig.params}
	b := &Binding{Args: make([]Arg, len(sig.params))}
	for i := range b.Args {
		b.Args[i].Item = -1
	}
	pos := Spread(e.Args, typeOf)
	runtime := func() (*Binding, string) {
		b.Runtime = true
		for _, a := range e.Args {
			if _, ok := a.(*ast.Starred); ok || b.Given == sig.npos {
				break
			}
			b.Given++
		}
		return b, ""
	}
	for i, a := range pos {
		if _, ok := a.Expr.(*ast.Starred); ok && a.Item < 0 {
			if i < sig.npos || !sig.varArg {
				return runtime()
			}
		}
		if i >= sig.npos {
			if !sig.varArg {
				return nil, posCountMsg(f, sig.self, sig.npos, len(pos))
			}
			if a.Item >= 0 {
				return nil, "unsupported: a *tuple spread over *args"
			}
			b.Extra = append(b.Extra, a.Expr)
			continue
		}
		b.Args[i] = a
	}
	var dicts []*ast.Keyword
	for _, k := range SpreadKeywords(e.Keywords) {
		if k.Arg == "" {
			dicts = append(dicts, k)
			b.ExtraKw = append(b.ExtraKw, k)
			continue
		}
		found := false
		for i, p := range f.Params {
			if p.Name == k.Arg && i >= sig.nposonly {
				if b.Args[i].Expr != nil {
					return nil, f.Name + "() got multiple values for argument '" + k.Arg + "'"
				}
				b.Args[i] = Arg{Expr: k.Value, Item: -1}
				found = true
			}
		}
		if !found {
			if !sig.kwArg {
				return nil, f.Name + "() got an unexpected keyword argument '" + k.Arg + "'"
			}
			b.ExtraKw = append(b.ExtraKw, k)
		}
	}
	if len(dicts) > 0 {
		for i := sig.nposonly; i < len(f.Params); i++ {
			if b.Args[i].Expr == nil {
				return runtime()
			}
		}
		if !sig.kwArg {
			return runtime()
		}
	}
	for i, p := range f.Params {
		if b.Args[i].Expr == nil && p.Default == nil {
			return nil, f.Name + "() missing 1 required positional argument: '" + p.Name + "'"
		}
	}
	return b, ""
}

// bindParams binds e's arguments to params, without *args or **kwargs.
func bindParams(name string, self int, params []*Var, nposonly, npos int, e *ast.Call) ([]ast.Expr, string) {
	sig := signature{name: name, self: self, params: params, nposonly: nposonly, npos: npos}
	b, msg := sig.bind(e, func(ast.Expr) *Type { return tUnknown })
	if msg != "" {
		return nil, msg
	}
	out, ok := b.Exprs()
	if !ok || b.Runtime {
		return nil, "unsupported: *args in a call to '" + name + "'"
	}
	return out, ""
}

func posCountMsg(f *Func, self, npos, given int) string {
	required := self
	for _, p := range f.Params[:npos] {
		if p.Default == nil {
			required++
		}
	}
	npos += self
	given += self
	want := itoa(npos)
	if required != npos {
		want = "from " + itoa(required) + " to " + itoa(npos)
	}
	plural := "s"
	if npos == 1 && required == npos {
		plural = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return f.Name + "() takes " + want + " positional argument" + plural + " but " + itoa(given) + " " + was + " given"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// userCall types a call of a module-level def and feeds the argument
// types into its parameters.
func (c *checker) userCall(f *Func, e *ast.Call) *Type {
	f.Called = true
	memo := map[ast.Expr]*Type{}
	for _, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok {
			memo[s] = c.spreadElem(s.Value)
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			memo[k.Value] = c.kwargsElem(k.Value)
		}
	}
	b, msg := c.info.Bind(f, e)
	if msg != "" {
		c.argsExceptSpread(e)
		c.errorf(e.Pos, "%s", msg)
		c.markErred(f)
		return c.resultOf(f)
	}
	params := f.Params
	if f.Class != nil && !f.Static && len(params) > 0 {
		params = params[1:]
	}
	if b.Runtime {
		for _, p := range params {
			if Dropped(f, p) {
				c.errorf(e.Pos, "unsupported: spread arguments in a call of a nested function or lambda with a default that is not a constant")
			}
		}
		for i, a := range e.Args[:b.Given] {
			c.setType(&params[i].Type, c.expr(a))
		}
		c.runtimeCall(f, params[b.Given:], e, b.Given, memo)
	} else {
		for i, a := range b.Args {
			if a.Expr == nil {
				continue
			}
			if Dropped(f, params[i]) {
				c.errorf(e.Pos, "unsupported: an argument for '%s', whose default is not a constant, in a call of a nested function or lambda", params[i].Name)
			}
			if a.Item >= 0 {
				c.setType(&params[i].Type, c.info.TypeOf(a.Expr).Elems[a.Item])
				continue
			}
			at := c.expr(a.Expr)
			c.setType(&params[i].Type, at)
			if isContainer(at) && (!at.Complete() || params[i].Type.Shared && !at.Shared) {
				// The callee may fill in what the caller's container holds
				// (q.put(x) in a worker): they are the same object.
				c.refine(a.Expr, params[i].Type)
			}
		}
		for _, a := range b.Extra {
			t := c.spreadType(a, memo)
			c.setType(&f.VarArg.Type, &Type{Kind: TupleOf, Elem: t})
		}
		for _, k := range b.ExtraKw {
			t := c.spreadKwType(k, memo)
			c.setType(&f.KwArg.Type, dictOf(tStr, t))
		}
	}
	if !f.Async && !f.Generator && f.MayRaise {
		c.markRaises(e)
	}
	if b.Raises() {
		// rt.BindArgs or rt.Kwargs reports arguments that do not fit: the
		// call raises, so the callee returns an error in Go like any call
		// that raises.
		c.fnRaises()
		if !f.MayRaise {
			f.MayRaise = true
			c.changed = true
		}
	}
	return c.resultOf(f)
}

// runtimeCall types a call whose arguments bind at run time: every
// argument may reach every parameter, so all share one type.
func (c *checker) runtimeCall(f *Func, params []*Var, e *ast.Call, given int, memo map[ast.Expr]*Type) {
	t := c.runtimeArgType(e, given, memo)
	for _, p := range params {
		c.setType(&p.Type, t)
	}
	if f.VarArg != nil {
		c.setType(&f.VarArg.Type, &Type{Kind: TupleOf, Elem: t})
	}
	if f.KwArg != nil {
		c.setType(&f.KwArg.Type, dictOf(tStr, t))
	}
}

// runtimeArgType joins the types of all arguments of a call, spread
// sequences and dicts by their items.
func (c *checker) runtimeArgType(e *ast.Call, given int, memo map[ast.Expr]*Type) *Type {
	var t *Type
	for _, a := range e.Args[given:] {
		t = join(t, c.spreadType(a, memo))
	}
	for _, k := range e.Keywords {
		t = join(t, c.spreadKwType(k, memo))
	}
	return orUnknown(t)
}

// spreadType is the type of a positional argument, or of the items of a
// *sequence.
func (c *checker) spreadType(a ast.Expr, memo map[ast.Expr]*Type) *Type {
	if t := memo[a]; t != nil {
		return t
	}
	return c.expr(a)
}

func (c *checker) spreadKwType(k *ast.Keyword, memo map[ast.Expr]*Type) *Type {
	if t := memo[k.Value]; t != nil {
		return t
	}
	return c.expr(k.Value)
}

// spreadElem types the items of a *sequence argument.
func (c *checker) spreadElem(e ast.Expr) *Type {
	t := c.expr(e)
	switch t.Kind {
	case List, Set, TupleOf, Str, Dict, Tuple:
		return spreadItems(t)
	case Unknown:
		return tUnknown
	}
	c.errorf(e.Position(), "unsupported: *%s in a call", t)
	return tUnknown
}

// kwargsElem types the values of a **dict argument.
func (c *checker) kwargsElem(e ast.Expr) *Type {
	t := c.expr(e)
	switch {
	case t.Kind == Dict && (t.Key.Kind == Str || t.Key.Kind == Unknown):
		return t.Elem
	case t.Kind == Unknown:
		return tUnknown
	}
	c.errorf(e.Position(), "unsupported: **%s in a call", t)
	return tUnknown
}

// argsExceptSpread types the arguments that are not spread.
func (c *checker) argsExceptSpread(e *ast.Call) {
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); !ok {
			c.expr(a)
		}
	}
	for _, k := range e.Keywords {
		if k.Arg != "" {
			c.expr(k.Value)
		}
	}
}

func (c *checker) resultOf(f *Func) *Type {
	if generatorOK(f) {
		return generatorOf(f)
	}
	if f.Async {
		return coroOf(orUnknown(f.Result))
	}
	return orUnknown(f.Result)
}

// classCall types the construction of an exception or an instance.
func (c *checker) classCall(ci *ClassInfo, e *ast.Call) *Type {
	if ci.Plain {
		return c.construct(ci, e)
	}
	if ci.ExcData() != nil && ci.ExcInit() != nil {
		c.excConstruct(ci, e)
		return ci.InstanceType()
	}
	if ci.ExcData() != nil {
		c.args(e)
		if len(e.Keywords) > 0 {
			c.errorf(e.Pos, "%s() takes no keyword arguments", ci.Name)
		}
		return ci.InstanceType()
	}
	c.args(e)
	if len(e.Keywords) > 0 {
		c.errorf(e.Pos, "%s() takes no keyword arguments", ci.Name)
	}
	return tExc
}

func (c *checker) wantArgs(e *ast.Call, name string, min, max int) bool {
	if n := len(e.Args); n < min || n > max {
		switch {
		case min == max:
			c.errorf(e.Pos, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n)
		case n < min:
			c.errorf(e.Pos, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
		default:
			c.errorf(e.Pos, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
		}
		return false
	}
	return true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// noKeywords reports keyword arguments other than the allowed ones.
func (c *checker) noKeywords(e *ast.Call, name string, allowed ...string) {
	for _, k := range e.Keywords {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k.Arg
		}
		if !ok {
			c.errorf(k.Pos, "%s() got an unexpected keyword argument '%s'", name, k.Arg)
		}
	}
}

func (c *checker) keyword(e *ast.Call, name string) *ast.Keyword {
	for _, k := range e.Keywords {
		if k.Arg == name {
			return k
		}
	}
	return nil
}

// superInit types super().__init__(args) in the __init__ of an exception
// class: it sets the exception's args.
func (c *checker) superInit(fn *ast.Attribute, e *ast.Call) *Type {
	f := c.fn
	if f.Class != nil && f.Class.Plain {
		return c.superCall(fn, e)
	}
	c.args(e)
	if fn.Attr != "__init__" || f.Class == nil || f.Name != "__init__" || f.Class.Plain {
		c.errorf(e.Pos, "unsupported: super() outside the __init__ of an exception class")
		return tUnknown
	}
	if len(e.Keywords) > 0 {
		c.errorf(e.Pos, "unsupported: keyword arguments to super().__init__()")
	}
	return tNone
}

// superCall types super().name(args) in a method of a plain class: the
// method of the base class, called on self.
func (c *checker) superCall(fn *ast.Attribute, e *ast.Call) *Type {
	f := c.fn
	if f.Static || f.ClassMethod || f.Parent != nil || len(fn.Value.(*ast.Call).Args) > 0 {
		c.args(e)
		c.errorf(e.Pos, "unsupported: super() outside a method or with arguments")
		return tUnknown
	}
	var m *Func
	if f.Class.Parent != nil {
		m = f.Class.Parent.Method(fn.Attr)
	}
	if m == nil && fn.Attr == "__init__" {
		// object.__init__ takes no arguments.
		if len(c.args(e)) > 0 || len(e.Keywords) > 0 {
			c.errorf(e.Pos, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		return tNone
	}
	if m == nil || m.Static || m.ClassMethod || m.Property {
		c.args(e)
		c.errorf(fn.Pos, "unsupported: super().%s", fn.Attr)
		return tUnknown
	}
	return c.userCall(m, e)
}

// construct types ClassName(args): the arguments go to __init__, or to
// the fields of a dataclass.
func (c *checker) construct(ci *ClassInfo, e *ast.Call) *Type {
	inst := ci.InstanceType()
	init := ci.Method("__init__")
	switch {
	case ci.Dataclass && ci.Init == nil:
		args, msg := bindParams(ci.Name+".__init__", 1, ci.Fields, 0, len(ci.Fields), e)
		if msg != "" {
			c.args(e)
			c.errorf(e.Pos, "%s", msg)
			return inst
		}
		for i, a := range args {
			if a != nil {
				c.setType(&ci.Fields[i].Type, c.expr(a))
			}
		}
	case init != nil:
		c.userCall(init, e)
		if init.MayRaise && !ci.Plain {
			c.errorf(e.Pos, "unsupported: an exception __init__ that can raise")
		}
	default:
		c.args(e)
		if len(e.Args) > 0 || len(e.Keywords) > 0 {
			c.errorf(e.Pos, "%s() takes no arguments", ci.Name)
		}
	}
	return inst
}

func isContainer(t *Type) bool {
	switch t.Kind {
	case List, Dict, Set, Queue, Future:
		return true
	}
	return false
}

// notCallable is the type name of values of t, which calling raises
// TypeError for; "" when t is callable or not known for sure.
func notCallable(t *Type) string {
	switch t.Kind {
	case Callable, Class, BuiltinFn, Unknown:
		return ""
	case Instance:
		if t.Class.Method("__call__") != nil {
			return ""
		}
	}
	return pyTypeName(t)
}
