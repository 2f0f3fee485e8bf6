package check

import "github.com/pyasync2go/pyasync2go/ast"

// Attr returns the class attribute name of a plain class or of one of its
// bases, or nil.
func (ci *ClassInfo) Attr(name string) *Var {
	for ; ci != nil; ci = ci.Parent {
		for _, a := range ci.Attrs {
			if a.Name == name {
				return a
			}
		}
	}
	return nil
}

// Method returns the method name of a class or of its nearest base that
// defines it, or nil.
func (ci *ClassInfo) Method(name string) *Func {
	for ; ci != nil; ci = ci.Parent {
		if m := ci.Methods[name]; m != nil {
			return m
		}
	}
	return nil
}

// FieldOwner returns the class that declares the field name: ci or one of
// its bases.
func (ci *ClassInfo) FieldOwner(name string) *ClassInfo {
	for ; ci != nil; ci = ci.Parent {
		for _, f := range ci.Fields {
			if f.Name == name {
				return ci
			}
		}
	}
	return nil
}

// Polymorphic reports whether other classes derive from ci: a value of
// its instance type may then be an instance of any of them.
func (ci *ClassInfo) Polymorphic() bool { return len(ci.Subs) > 0 }

// InHierarchy reports whether ci derives from a plain class or is
// derived from.
func (ci *ClassInfo) InHierarchy() bool { return ci.Parent != nil || len(ci.Subs) > 0 }

// IsSubclass reports whether ci is base or derives from it.
func (ci *ClassInfo) IsSubclass(base *ClassInfo) bool {
	for ; ci != nil; ci = ci.Parent {
		if ci == base {
			return true
		}
	}
	return false
}

// Overridden reports whether a class derived from ci defines its own
// method name.
func (ci *ClassInfo) Overridden(name string) bool {
	for _, s := range ci.Subs {
		if s.Methods[name] != nil || s.Overridden(name) {
			return true
		}
	}
	return false
}

// Descendants returns ci and the classes derived from it, bases first.
func (ci *ClassInfo) Descendants() []*ClassInfo {
	out := []*ClassInfo{ci}
	for _, s := range ci.Subs {
		out = append(out, s.Descendants()...)
	}
	return out
}

// commonBase returns the nearest class both a and b derive from, or nil.
func commonBase(a, b *ClassInfo) *ClassInfo {
	for x := a; x != nil; x = x.Parent {
		if b.IsSubclass(x) {
			return x
		}
	}
	return nil
}

func (ci *ClassInfo) ownAttr(name string) *Var {
	for _, a := range ci.Attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// SubclassField returns the nearest class derived from ci that has the
// field name, or nil.
func (ci *ClassInfo) SubclassField(name string) *ClassInfo {
	for _, d := range ci.Descendants()[1:] {
		if d.FieldOwner(name) == d {
			return d
		}
	}
	return nil
}

// unifyOverrides gives a method and the methods overriding it one Go
// signature: the same parameter and result types, and an error result
// when any of them may raise.
func (c *checker) unifyOverrides() {
	for _, f := range c.info.FuncSeq {
		ci := f.Class
		if ci == nil || ci.Parent == nil || f.Name == "__init__" || f.Def == nil {
			continue
		}
		base := ci.Parent.Method(f.Name)
		if base == nil {
			continue
		}
		if len(base.Params) != len(f.Params) || base.Static != f.Static || base.ClassMethod != f.ClassMethod ||
			base.Property != f.Property || base.Async != f.Async {
			c.errorf(f.Def.Pos, "unsupported: an override of %s.%s with other parameters or kind", base.Class.Name, f.Name)
			continue
		}
		for i := 1; i < len(f.Params); i++ {
			c.setType(&base.Params[i].Type, f.Params[i].Type)
			c.setType(&f.Params[i].Type, base.Params[i].Type)
		}
		if f.Result != nil {
			c.setType(&base.Result, f.Result)
		}
		if base.Result != nil {
			c.setType(&f.Result, base.Result)
		}
		if f.MayRaise != base.MayRaise {
			f.MayRaise, base.MayRaise = true, true
			c.changed = true
		}
	}
}

// DuckClasses returns, in source order, the plain classes that define a
// method name that none of their bases defines: a call of that method on
// a dynamic value is a call of one of theirs.
func (in *Info) DuckClasses(name string) []*ClassInfo {
	var out []*ClassInfo
	for _, f := range in.FuncSeq {
		ci := f.Class
		if ci == nil || !ci.Plain || f.Name != name || f.Static || f.ClassMethod || f.Property ||
			ci.Methods[name] != f || (ci.Parent != nil && ci.Parent.Method(name) != nil) {
			continue
		}
		out = append(out, ci)
	}
	return out
}

// duckCall types x.name(args) on a dynamic value x: the method of
// whichever user class x is an instance of, AttributeError for others.
func (c *checker) duckCall(fn *ast.Attribute, e *ast.Call) (*Type, bool) {
	classes := c.info.DuckClasses(fn.Attr)
	if len(classes) == 0 {
		return nil, false
	}
	var result *Type
	for i, ci := range classes {
		m := ci.Methods[fn.Attr]
		if m.Async {
			c.args(e)
			c.errorf(fn.Pos, "unsupported: an async method called on a dynamic value")
			return tUnknown, true
		}
		t := c.userCall(m, e)
		result = join(result, t)
		if i == 0 {
			continue
		}
		first := classes[0].Methods[fn.Attr]
		for j := 1; j < len(m.Params) && j < len(first.Params); j++ {
			if !m.Params[j].Type.Equal(first.Params[j].Type) && m.Params[j].Type.Complete() && first.Params[j].Type.Complete() {
				c.errorf(fn.Pos, "unsupported: methods %s of several classes with different parameter types", fn.Attr)
			}
		}
	}
	c.markRaises(e)
	return orUnknown(result), true
}

// Setter returns the setter of property name of ci or of a base, or nil.
func (ci *ClassInfo) Setter(name string) *Func {
	for ; ci != nil; ci = ci.Parent {
		if s := ci.Setters[name]; s != nil {
			return s
		}
		if ci.Methods[name] != nil {
			return nil
		}
	}
	return nil
}

// propertySet types obj.name = value for a property: a call of its setter.
func (c *checker) propertySet(ci *ClassInfo, e *ast.Attribute, t *Type) {
	s := ci.Setter(e.Attr)
	if s == nil || len(s.Params) != 2 {
		c.errorf(e.Pos, "unsupported: assigning the property '%s' without a setter", e.Attr)
		return
	}
	s.Called = true
	c.setType(&s.Params[1].Type, t)
	c.info.Types[e] = s.Params[1].Type
	if s.MayRaise {
		c.markRaises(e)
	}
}

// fieldDefault returns the default of a dataclass field: the value, or
// for field(default=x) x, for field(default_factory=list) (or dict, set)
// an empty display, evaluated for each instance like the factory.
func fieldDefault(v ast.Expr) ast.Expr {
	call, ok := v.(*ast.Call)
	if !ok || !(isName(call.Func, "field") || isAttr(call.Func, "dataclasses", "field")) || len(call.Args) > 0 || len(call.Keywords) != 1 {
		return v
	}
	k := call.Keywords[0]
	switch {
	case k.Arg == "default" && isConstant(k.Value):
		return k.Value
	case k.Arg == "default_factory" && isName(k.Value, "list"):
		return &ast.List{Pos: k.Value.Position()}
	case k.Arg == "default_factory" && isName(k.Value, "dict"):
		return &ast.Dict{Pos: k.Value.Position()}
	}
	return v
}

// IsSubclassStatic reports whether issubclass(a, b) is decided by the
// translator: both are plain classes of the module.
func IsSubclassStatic(a, b *Type) bool {
	return a.Kind == Class && b.Kind == Class && a.Class.Plain && b.Class.Plain
}
