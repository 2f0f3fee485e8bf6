package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// plainClass writes a class as a struct, a New function for construction
// and methods with a *T receiver named self.
func (g *gen) plainClass(ci *check.ClassInfo) {
	fields := g.hierarchyFields(ci)
	for _, f := range ci.Fields {
		fields = append(fields, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
		if f.Shadows != nil {
			fields = append(fields, jen.Id(goName(f.Name)+"Set").Bool())
		}
	}
	g.classAttrs(ci)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is the Python class %s.", goName(ci.Name), ci.Name))
	g.file.Type().Id(goName(ci.Name)).Struct(fields...)
	g.objectInterface(ci)
	if ci.InHierarchy() {
		g.hierarchyConstructor(ci)
		if ci.Init != nil {
			g.initMethod(ci.Init)
		}
	} else {
		g.constructor(ci)
	}
	for _, f := range ci.Fields {
		if f.Shadows != nil {
			g.shadowAccessors(ci, f)
		}
	}
	for _, st := range ci.Def.Body {
		if d, ok := st.(*ast.FunctionDef); ok && d.Name != "__init__" {
			g.function(g.info.Funcs[d])
		}
	}
	if ci.Dataclass && ci.Methods["__repr__"] == nil {
		g.dataclassRepr(ci)
	}
	if ci.FormatAttrs {
		g.formatAttrs(ci)
	}
	if ci.Order {
		g.orderFields(ci)
	}
	if ci.Dataclass && ci.Methods["__eq__"] == nil {
		g.dataclassEq(ci)
	}
}

// excStruct writes an exception class with __init__: the class object,
// a struct embedding rt.Exc with the attributes, and its constructor.
func (g *gen) excStruct(ci *check.ClassInfo) {
	name := goName(ci.Name)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%sClass is the Python exception class %s.", name, ci.Name))
	g.file.Var().Id(name+"Class").Op("=").Add(g.rt("NewClass")).Call(jen.Lit(ci.Name), g.classRef(ci.Base.Class))
	fields := []jen.Code{g.rt("Exc")}
	for _, f := range ci.Fields {
		fields = append(fields, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is an instance of %s.", name, ci.Name))
	g.file.Type().Id(name).Struct(fields...)
	if ci.Init == nil {
		g.excArgsConstructor(ci)
	} else {
		g.constructor(ci)
	}
	g.excMethods(ci)
}

// constructorName is the Go function that builds an instance.
func constructorName(ci *check.ClassInfo) string { return "New" + ci.Name }

// methodName is the Go name of a method; __str__ and __repr__ become the
// PyStr and PyRepr methods the runtime's str() and repr() look for.
func methodName(f *check.Func) string {
	if f.Setter {
		return "set_" + f.Name
	}
	switch f.Name {
	case "__str__":
		return "PyStr"
	case "__repr__":
		return "PyRepr"
	case "__enter__", "__exit__", "__aenter__", "__aexit__":
		return f.Name[2 : len(f.Name)-2]
	}
	return goName(f.Name)
}

// constructor writes NewT(args) from __init__ or the dataclass fields.
func (g *gen) constructor(ci *check.ClassInfo) {
	typ := jen.Op("*").Id(goName(ci.Name))
	g.file.Line()
	if ci.Init == nil {
		var params []jen.Code
		lit := jen.Dict{}
		if ci.Dataclass {
			for _, f := range ci.Fields {
				params = append(params, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
				lit[jen.Id(goName(f.Name))] = jen.Id(goName(f.Name))
			}
		}
		g.file.Comment(fmt.Sprintf("%s is %s(...).", constructorName(ci), ci.Name))
		g.file.Func().Id(constructorName(ci)).Params(params...).Add(typ).Block(
			jen.Return(jen.Op("&").Id(goName(ci.Name)).Values(lit)),
		)
		return
	}
	fn := ci.Init
	g.newFunc(fn, fn.Def.Body)
	var params []jen.Code
	for _, p := range fn.Params[1:] {
		params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
		g.declared(goName(p.Name))
	}
	g.fc.ctor = true
	if ci.ExcStruct {
		var args []jen.Code
		for _, p := range fn.Params[1:] {
			args = append(args, jen.Id(goName(p.Name)))
		}
		g.emitPlain(jen.Id("self").Op(":=").Op("&").Id(goName(ci.Name)).Values())
		init := "Init"
		if len(args) == 1 {
			init = "Init1"
		}
		g.emitPlain(g.classRef(ci).Dot(init).Call(append([]jen.Code{jen.Op("&").Id("self").Dot("Exc")}, args...)...))
		g.fc.sameArgs = superInitOfParams(fn)
		for _, c := range g.excStrHook(ci) {
			g.emitPlain(c)
		}
	} else {
		g.emitPlain(jen.Id("self").Op(":=").Op("&").Id(goName(ci.Name)).Values())
	}
	g.body(fn.Def.Body)
	if !terminates(fn.Def.Body) && !g.endsInReturn() {
		g.fc.line = 0
		if fn.MayRaise {
			g.emitPlain(jen.Return(jen.Id("self"), jen.Nil()))
		} else {
			g.emitPlain(jen.Return(jen.Id("self")))
		}
	}
	stmts := append(g.retDecls(), g.pop()...)
	var results jen.Code = typ
	if fn.MayRaise {
		results = jen.Parens(jen.List(typ, jen.Error()))
	}
	if g.opts.LineDirectives {
		g.file.Comment(g.lineComment(fn.Def.Pos.Line))
	}
	g.file.Func().Id(constructorName(ci)).Params(params...).Add(results).Block(stmts...)
	g.fc = nil
}

// superInitOfParams returns the first statement of the constructor fn
// when it is super().__init__(p1, p2, ...) of its own parameters in their
// order: the args BaseException.__new__ stored already.
func superInitOfParams(fn *check.Func) *ast.Call {
	body := fn.Def.Body
	if len(body) == 0 {
		return nil
	}
	st, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := st.Value.(*ast.Call)
	if !ok || len(call.Keywords) > 0 || len(call.Args) != len(fn.Params)-1 {
		return nil
	}
	a, ok := call.Func.(*ast.Attribute)
	if !ok || a.Attr != "__init__" {
		return nil
	}
	sc, ok := a.Value.(*ast.Call)
	if !ok || len(sc.Args) > 0 {
		return nil
	}
	if n, ok := sc.Func.(*ast.Name); !ok || n.ID != "super" {
		return nil
	}
	for i, arg := range call.Args {
		n, ok := arg.(*ast.Name)
		if !ok || n.ID != fn.Params[i+1].Name {
			return nil
		}
	}
	return call
}

// dataclassRepr writes the repr a dataclass gets: Point(x=1, y=2).
func (g *gen) dataclassRepr(ci *check.ClassInfo) {
	code := jen.Lit(ci.Name + "(")
	for i, f := range ci.Fields {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		code = code.Op("+").Lit(sep + f.Name + "=").Op("+").Add(g.rt("Repr").Call(jen.Id("self").Dot(goName(f.Name))))
	}
	code = code.Op("+").Lit(")")
	g.file.Line()
	g.file.Comment("PyRepr is the repr of the dataclass.")
	g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id("PyRepr").Params().String().Block(jen.Return(code))
}

// attrVarName is the package variable holding a class attribute:
// Counter_created for Counter.created.
func attrVarName(a *check.Var) string { return goName(a.Class.Name) + "_" + a.Name }

// classAttrs declares the package variables of a class's attributes; a
// constant initial value is written there, others where the class
// statement runs.
func (g *gen) classAttrs(ci *check.ClassInfo) {
	for _, a := range ci.Attrs {
		g.file.Line()
		g.file.Comment(fmt.Sprintf("%s is the class attribute %s.%s.", attrVarName(a), ci.Name, a.Name))
		if k, ok := a.Default.(*ast.Constant); ok && g.info.TypeOf(k).Equal(a.Type) {
			g.file.Var().Id(attrVarName(a)).Op("=").Add(g.constant(k))
			continue
		}
		g.file.Var().Id(attrVarName(a)).Add(g.goType(a.Type))
	}
}

// classStmt runs a class statement in module code: it assigns the class
// attributes whose initial value is not a constant.
func (g *gen) classStmt(s *ast.ClassDef) {
	ci := g.info.Classes[s]
	if ci == nil || !ci.Plain {
		return
	}
	for _, st := range s.Body {
		as, ok := st.(*ast.Assign)
		if !ok {
			continue
		}
		n, ok := as.Targets[0].(*ast.Name)
		if !ok {
			continue
		}
		a := ci.Attr(n.ID)
		if a == nil || a.Default != as.Value {
			continue
		}
		if k, ok := as.Value.(*ast.Constant); ok && g.info.TypeOf(k).Equal(a.Type) {
			continue
		}
		g.setLine(as.Pos)
		g.emit(jen.Id(attrVarName(a)).Op("=").Add(g.exprAs(as.Value, a.Type)))
	}
}

// shadowAccessors writes the getter and setter of an instance attribute
// that hides a class attribute of the same name: until the instance
// assigns it, reading it reads the class attribute.
func (g *gen) shadowAccessors(ci *check.ClassInfo, f *check.Var) {
	recv := jen.Id("self").Op("*").Id(goName(ci.Name))
	name := goName(f.Name)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("get_%s reads the attribute %s: the instance's own value once assigned, else %s.%s.", f.Name, f.Name, f.Shadows.Class.Name, f.Name))
	g.file.Func().Params(recv).Id("get_"+f.Name).Params().Add(g.goType(f.Type)).Block(
		jen.If(jen.Id("self").Dot(name+"Set")).Block(jen.Return(jen.Id("self").Dot(name))),
		jen.Return(jen.Id(attrVarName(f.Shadows))),
	)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("set_%s assigns the instance's own attribute %s.", f.Name, f.Name))
	g.file.Func().Params(recv).Id("set_" + f.Name).Params(jen.Id("v").Add(g.goType(f.Type))).Block(
		jen.List(jen.Id("self").Dot(name), jen.Id("self").Dot(name+"Set")).Op("=").List(jen.Id("v"), jen.True()),
	)
}

// attrTarget returns the Go variable or field an assignment to the
// attribute a writes, with its type; the setter, when the attribute hides
// a class attribute, is returned as setter instead.
func (g *gen) attrTarget(a *ast.Attribute) (target, setter *jen.Statement, t *check.Type) {
	vt := g.info.TypeOf(a.Value)
	if vt.Kind == check.Class {
		attr := vt.Class.Attr(a.Attr)
		return jen.Id(attrVarName(attr)), nil, attr.Type
	}
	f := vt.Class.Field(a.Attr)
	if f == nil {
		s := vt.Class.Setter(a.Attr)
		return nil, g.methodRecv(a.Value, s).Dot(methodName(s)), s.Params[1].Type
	}
	if f.Shadows != nil {
		return nil, g.expr(a.Value).Dot("set_" + a.Attr), f.Type
	}
	return g.fieldRef(a.Value, vt.Class, a.Attr), nil, f.Type
}

// fieldRef writes x.name for a field of an instance of class ci.
func (g *gen) fieldRef(x ast.Expr, ci *check.ClassInfo, name string) *jen.Statement {
	if g.isReceiver(x) {
		return jen.Id(g.varName(g.info.Uses[x.(*ast.Name)])).Dot(goName(name))
	}
	if ci.Polymorphic() {
		return g.expr(x).Dot(asName(ci)).Call().Dot(goName(name))
	}
	return g.expr(x).Dot(goName(name))
}

// instanceAttr writes the read of x.name for an instance of ci: a field,
// a field hiding a class attribute, or a class attribute; nil otherwise.
func (g *gen) instanceAttr(x ast.Expr, ci *check.ClassInfo, name string) *jen.Statement {
	if f := ci.Field(name); f != nil {
		if f.Shadows != nil {
			return g.expr(x).Dot("get_" + name).Call()
		}
		return g.fieldRef(x, ci, name)
	}
	if a := ci.Attr(name); a != nil {
		return jen.Id(attrVarName(a))
	}
	return nil
}

// dataclassEq writes the == a dataclass gets: an instance of the same
// class with equal fields.
func (g *gen) dataclassEq(ci *check.ClassInfo) {
	code := jen.Id("ok")
	for _, f := range ci.Fields {
		a, b := jen.Id("self").Dot(goName(f.Name)), jen.Id("o").Dot(goName(f.Name))
		switch f.Type.Kind {
		case check.Int, check.Float, check.Str, check.Bool:
			code = code.Op("&&").Add(a).Op("==").Add(b)
		default:
			code = code.Op("&&").Add(g.rt("Equal")).Call(a, b)
		}
	}
	g.file.Line()
	g.file.Comment("PyEq is == for the dataclass: an instance of the same class with equal fields.")
	g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id("PyEq").Params(jen.Id("other").Any()).Bool().Block(
		jen.List(jen.Id("o"), jen.Id("ok")).Op(":=").Id("other").Assert(jen.Op("*").Id(goName(ci.Name))),
		jen.Return(code),
	)
}

// instanceCompare writes == and != between instances of user classes: the
// dataclass's field comparison, or identity for other classes.
func (g *gen) instanceCompare(op string, lt, rt *check.Type, lc, rc *jen.Statement) *jen.Statement {
	if lt.Kind != check.Instance || rt.Kind != check.Instance || (op != "==" && op != "!=") {
		return nil
	}
	if lt.Class.Dataclass || rt.Class.Dataclass {
		code := g.rt("Equal").Call(lc, rc)
		if op == "!=" {
			return jen.Op("!").Add(code)
		}
		return code
	}
	if lt.Class.Methods["__eq__"] != nil {
		return nil
	}
	if lt.Class != rt.Class {
		// Different Go types: compare as interfaces.
		code := g.rt("Is").Call(lc, rc)
		if op == "!=" {
			return jen.Op("!").Add(code)
		}
		return code
	}
	return jen.Add(lc).Op(op).Add(rc)
}

// formatAttrs writes PyGetAttr, through which str.format reads the
// attributes of an instance ({p.x}).
func (g *gen) formatAttrs(ci *check.ClassInfo) {
	var cases []jen.Code
	for _, f := range ci.Fields {
		cases = append(cases, jen.Case(jen.Lit(f.Name)).Block(jen.Return(jen.Id("self").Dot(goName(f.Name)), jen.True())))
	}
	g.file.Line()
	g.file.Comment("PyGetAttr returns an attribute for str.format.")
	g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id("PyGetAttr").Params(jen.Id("name").String()).Params(jen.Any(), jen.Bool()).Block(
		jen.Switch(jen.Id("name")).Block(cases...),
		jen.Return(jen.Nil(), jen.False()),
	)
}

// orderFields writes PyOrderFields for a dataclass with order=True: its
// instances compare as the tuples of their fields.
func (g *gen) orderFields(ci *check.ClassInfo) {
	var fields []jen.Code
	for _, f := range ci.Fields {
		fields = append(fields, jen.Id("self").Dot(goName(f.Name)))
	}
	g.file.Line()
	g.file.Comment("PyOrderFields are the fields the dataclass compares in order (order=True).")
	g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id("PyOrderFields").Params().Index().Any().Block(
		jen.Return(jen.Index().Any().Values(fields...)),
	)
}
