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
	for _, k := range e.Keywords {
		if k.Arg == "" {
			c.unsupported(k.Pos, "kwargs-unpack")
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
			return c.userCall(v.Type.Fn, e)
		case v.Type.Kind == Class:
			return c.classCall(v.Type.Class, e)
		case v.Type.Kind == Module:
			return c.moduleCall(v.Type.Name, e)
		}
		c.args(e)
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
	c.expr(e.Func)
	c.args(e)
	c.errorf(e.Pos, "unsupported: calling this expression")
	return tUnknown
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

// Binding maps a call's arguments to a function's parameters: Args[i] is
// the expression for parameter i, or nil when its default is used.
// For a method, the result covers the parameters after self.
func Bind(f *Func, e *ast.Call) ([]ast.Expr, string) {
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
	if f.Class != nil && !f.Static && f.Def != nil && len(params) == 0 {
		// A method without self: CPython passes the instance anyway.
		were := "were"
		if len(e.Args) == 0 {
			were = "was"
		}
		return nil, fmt.Sprintf("%s() takes 0 positional arguments but %d %s given", name, len(e.Args)+1, were)
	}
	if f.Class != nil && !f.Static && f.Def != nil {
		params = params[1:]
		npos--
		self = 1
		if nposonly > 0 {
			nposonly--
		}
	}
	return bindParams(name, self, params, nposonly, npos, e)
}

// bindParams binds e's arguments to params; self is 1 when a bound self
// precedes them (it counts in CPython's positional-count message).
func bindParams(name string, self int, params []*Var, nposonly, npos int, e *ast.Call) ([]ast.Expr, string) {
	f := &Func{Name: name, Params: params}
	out := make([]ast.Expr, len(params))
	for i, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return nil, "unsupported: *args in a call to '" + f.Name + "'"
		}
		if i >= npos {
			return nil, posCountMsg(f, self, npos, len(e.Args))
		}
		out[i] = a
	}
	for _, k := range e.Keywords {
		found := false
		for i, p := range f.Params {
			if p.Name == k.Arg && i >= nposonly {
				if out[i] != nil {
					return nil, f.Name + "() got multiple values for argument '" + k.Arg + "'"
				}
				out[i] = k.Value
				found = true
			}
		}
		if !found {
			return nil, f.Name + "() got an unexpected keyword argument '" + k.Arg + "'"
		}
	}
	for i, p := range f.Params {
		if out[i] == nil && p.Default == nil {
			return nil, f.Name + "() missing 1 required positional argument: '" + p.Name + "'"
		}
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
	args, msg := Bind(f, e)
	if msg != "" {
		c.args(e)
		c.errorf(e.Pos, "%s", msg)
		c.markErred(f)
		return c.resultOf(f)
	}
	params := f.Params
	if f.Class != nil && !f.Static {
		params = params[1:]
	}
	for i, a := range args {
		if a != nil {
			at := c.expr(a)
			c.setType(&params[i].Type, at)
			if isContainer(at) && (!at.Complete() || params[i].Type.Shared && !at.Shared) {
				// The callee may fill in what the caller's container holds
				// (q.put(x) in a worker): they are the same object.
				c.refine(a, params[i].Type)
			}
		}
	}
	if !f.Async && f.MayRaise {
		c.markRaises(e)
	}
	return c.resultOf(f)
}

func (c *checker) resultOf(f *Func) *Type {
	if f.Async {
		return coroOf(orUnknown(f.Result))
	}
	return orUnknown(f.Result)
}

// classCall types the construction of an exception or an instance.
func (c *checker) classCall(ci *ClassInfo, e *ast.Call) *Type {
	if ci.Plain || ci.ExcStruct {
		return c.construct(ci, e)
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
