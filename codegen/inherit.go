package codegen

import (
	"strings"

	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// Classes derived from one another are structs embedding their base.
// A class with subclasses also gets an interface, NameObject, holding any
// instance of it or of a derived class: its methods dispatch the way
// Python's do. The root struct keeps "this", the object the instance
// really is, so that a method inherited from a base still calls the
// derived class's overrides.

// objectName names the interface of a class with subclasses.
func objectName(ci *check.ClassInfo) string { return goName(ci.Name) + "Object" }

// asName names the method that returns the ci part of an instance.
func asName(ci *check.ClassInfo) string { return "as" + goName(ci.Name) }

// rootOf returns the class a hierarchy starts from.
func rootOf(ci *check.ClassInfo) *check.ClassInfo {
	for ci.Parent != nil {
		ci = ci.Parent
	}
	return ci
}

// hierarchyFields are the struct fields a class in a hierarchy starts
// with: its embedded base, or "this" for the root.
func (g *gen) hierarchyFields(ci *check.ClassInfo) []jen.Code {
	if !ci.InHierarchy() {
		return nil
	}
	if ci.Parent != nil {
		return []jen.Code{jen.Id(goName(ci.Parent.Name))}
	}
	return []jen.Code{jen.Id("this").Id(objectName(ci)).Comment("the instance itself, as its own class")}
}

// objectInterface writes NameObject and the asName method of a class
// with subclasses.
func (g *gen) objectInterface(ci *check.ClassInfo) {
	if !ci.Polymorphic() {
		return
	}
	var methods []jen.Code
	if ci.Parent != nil {
		methods = append(methods, jen.Id(objectName(ci.Parent)))
	}
	methods = append(methods, jen.Id(asName(ci)).Params().Op("*").Id(goName(ci.Name)))
	for _, m := range g.instanceMethods(ci) {
		if ci.Parent != nil && ci.Parent.Method(m.Name) != nil {
			continue // in the base's interface
		}
		var params []jen.Code
		for _, p := range m.Params[1:] {
			params = append(params, g.goType(p.Type))
		}
		methods = append(methods, jen.Id(methodName(m)).Params(params...).Add(g.results(m)))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is an instance of %s or of a class derived from it.", objectName(ci), ci.Name))
	g.file.Type().Id(objectName(ci)).Interface(methods...)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s returns the %s part of the instance.", asName(ci), ci.Name))
	g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id(asName(ci)).Params().Op("*").Id(goName(ci.Name)).Block(
		jen.Return(jen.Id("self")),
	)
}

// instanceMethods lists the methods an instance of ci has, its own and
// inherited, by name.
func (g *gen) instanceMethods(ci *check.ClassInfo) []*check.Func {
	seen := map[string]bool{}
	var out []*check.Func
	for c := ci; c != nil; c = c.Parent {
		for _, st := range c.Def.Body {
			d, ok := st.(*ast.FunctionDef)
			if !ok || seen[d.Name] {
				continue
			}
			seen[d.Name] = true
			m := c.Methods[d.Name]
			if m == nil || m.Static || d.Name == "__init__" {
				continue
			}
			out = append(out, m)
		}
	}
	return out
}

// hierarchyConstructor writes NewName for a class in a hierarchy: it
// allocates, records the instance as "this" and runs __init__, its own or
// inherited, which is the init method.
func (g *gen) hierarchyConstructor(ci *check.ClassInfo) {
	init := ci.Method("__init__")
	typ := g.goType(ci.InstanceType())
	var params, args []jen.Code
	if init != nil {
		for _, p := range init.Params[1:] {
			params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
			args = append(args, jen.Id(goName(p.Name)))
		}
	}
	body := []jen.Code{
		jen.Id("self").Op(":=").Op("&").Id(goName(ci.Name)).Values(),
		jen.Id("self").Dot("this").Op("=").Id("self"),
	}
	results := typ
	switch {
	case init == nil:
		body = append(body, jen.Return(jen.Id("self")))
	case init.MayRaise:
		results = jen.Parens(jen.List(typ, jen.Error()))
		body = append(body,
			jen.If(jen.Err().Op(":=").Id("self").Dot("init").Call(args...), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Return(jen.Id("self"), jen.Nil()))
	default:
		body = append(body, jen.Id("self").Dot("init").Call(args...), jen.Return(jen.Id("self")))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is %s(...).", constructorName(ci), ci.Name))
	g.file.Func().Id(constructorName(ci)).Params(params...).Add(results).Block(body...)
}

// initMethod writes the __init__ of a class in a hierarchy as its init
// method, which derived classes reach through super().__init__().
func (g *gen) initMethod(fn *check.Func) {
	params, results, stmts := g.funcParts(fn)
	g.file.Line()
	if g.opts.LineDirectives {
		g.file.Comment(g.lineComment(fn.Def.Pos.Line))
	}
	recv := jen.Id(goName(fn.Params[0].Name)).Op("*").Id(goName(fn.Class.Name))
	g.file.Func().Params(recv).Id("init").Params(params[1:]...).Add(results).Block(stmts...)
}

// enclosingMethod returns the method whose body is being written (through
// nested functions), or nil.
func (g *gen) enclosingMethod() *check.Func {
	for f := g.fc.fn; f != nil; f = f.Parent {
		if f.Class != nil {
			return f
		}
	}
	return nil
}

// isReceiver reports whether e names the self parameter of the enclosing
// method of a class in a hierarchy: the Go receiver, a *Name struct.
func (g *gen) isReceiver(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok || g.fc == nil {
		return false
	}
	v := g.info.Uses[n]
	m := g.enclosingMethod()
	return v != nil && m != nil && !m.Static && !m.ClassMethod && len(m.Params) > 0 && m.Params[0] == v && m.Class.InHierarchy()
}

// receiverValue writes self used as a value in a method of a class with
// subclasses: the instance as its own class.
func (g *gen) receiverValue(v *check.Var) *jen.Statement {
	ci := v.Func.Class
	code := jen.Id(g.varName(v)).Dot("this")
	if ci.Parent != nil && ci.Polymorphic() {
		return code.Assert(jen.Id(objectName(ci)))
	}
	return code
}

// superFunc names the method super().name(...) calls.
func (g *gen) superFunc(c callee) *jen.Statement {
	m := g.enclosingMethod()
	recv := jen.Id(goName(m.Params[0].Name)).Dot(goName(m.Class.Parent.Name))
	if c.fn.Name == "__init__" {
		return recv.Dot("init")
	}
	return recv.Dot(methodName(c.fn))
}

// methodRecv writes the receiver of a method call x.name(...).
func (g *gen) methodRecv(x ast.Expr, f *check.Func) *jen.Statement {
	if g.isReceiver(x) {
		m := g.enclosingMethod()
		if !m.Class.Overridden(f.Name) {
			return jen.Id(goName(m.Params[0].Name))
		}
	}
	return g.expr(x)
}

func isName(e ast.Expr, name string) bool {
	n, ok := e.(*ast.Name)
	return ok && n.ID == name
}

// downcastAttr writes x.name where only instances of a class derived from
// x's class have the field: x is asserted to be one, or AttributeError.
func (g *gen) downcastAttr(e *ast.Attribute) *jen.Statement {
	vt := g.info.TypeOf(e.Value)
	if vt.Kind == check.Exc {
		return g.excDowncastAttr(e)
	}
	if vt.Kind != check.Instance || vt.Class.Field(e.Attr) != nil {
		return nil
	}
	sub := vt.Class.SubclassField(e.Attr)
	if sub == nil {
		return nil
	}
	tmp := g.fc.names.fresh(lowerFirst(goName(sub.Name)))
	call := g.rt("As").Types(g.goType(sub.InstanceType())).Call(g.expr(e.Value), jen.Lit(e.Attr))
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
	g.declared("err")
	g.emitPlain(g.ifErr())
	if sub.Polymorphic() {
		return jen.Id(tmp).Dot(asName(sub)).Call().Dot(goName(e.Attr))
	}
	return jen.Id(tmp).Dot(goName(e.Attr))
}

func lowerFirst(s string) string {
	if s == "" {
		return "v"
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// userIsInstance writes isinstance(x, C) or isinstance(x, (C, D...)) for
// user classes: a type assertion to each class's Go type. Nil when the
// classes are not all plain user classes.
func (g *gen) userIsInstance(x, classes ast.Expr) *jen.Statement {
	elts := []ast.Expr{classes}
	if t, ok := classes.(*ast.Tuple); ok {
		elts = t.Elts
	}
	var tests []*jen.Statement
	for _, c := range elts {
		t := g.info.TypeOf(c)
		if t.Kind != check.Class || !t.Class.Plain {
			return nil
		}
		tests = append(tests, g.rt("IsA").Types(g.goType(t.Class.InstanceType())))
	}
	v := g.expr(x)
	if len(tests) > 1 {
		tmp := g.fc.names.fresh("v")
		g.emit(jen.Id(tmp).Op(":=").Add(v))
		v = jen.Id(tmp)
	}
	code := tests[0].Call(v)
	for _, t := range tests[1:] {
		code = code.Op("||").Add(t.Call(v))
	}
	return code
}
