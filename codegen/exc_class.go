package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// newMethod is the method of rt.Class that makes an exception with n
// arguments: New, or New1 for one, which keeps it without a slice.
func newMethod(n int) string {
	if n == 1 {
		return "New1"
	}
	return "New"
}

// excSubclass writes an exception class without methods derived from one
// with methods: its class object, and its constructor, which builds an
// instance of the base's struct with this class.
func (g *gen) excSubclass(ci *check.ClassInfo) {
	data := ci.ExcData()
	name := goName(ci.Name)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is the Python exception class %s.", name, ci.Name))
	g.file.Var().Id(name).Op("=").Add(g.rt("NewClass")).Call(jen.Lit(ci.Name), g.classRef(ci.Base.Class))
	var params, args []jen.Code
	if init := data.Init; init != nil {
		for _, p := range init.Params[1:] {
			params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
			args = append(args, jen.Id(goName(p.Name)))
		}
	} else {
		params = append(params, jen.Id("args").Op("...").Any())
		args = append(args, jen.Id("args").Op("..."))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is %s(...): the struct %s with the class %s.", constructorName(ci), ci.Name, goName(data.Name), ci.Name))
	g.file.Func().Id(constructorName(ci)).Params(params...).Op("*").Id(goName(data.Name)).Block(
		jen.Id("self").Op(":=").Id(constructorName(data)).Call(args...),
		jen.Id("self").Dot("Class").Op("=").Id(name),
		jen.Return(jen.Id("self")),
	)
}

// excConstruct writes the construction of an exception class with a Go
// struct (its own or its base's): NewName(args).
func (g *gen) excConstruct(ci *check.ClassInfo, e *ast.Call) *jen.Statement {
	if init := ci.ExcInit(); init != nil {
		return jen.Id(constructorName(ci)).Call(g.userArgs(init, e)...)
	}
	var args []jen.Code
	for _, a := range e.Args {
		args = append(args, g.expr(a))
	}
	return jen.Id(constructorName(ci)).Call(args...)
}

// excArgsConstructor writes the constructor of an exception class with
// methods and without __init__: its arguments are the exception's args.
func (g *gen) excArgsConstructor(ci *check.ClassInfo) {
	name := goName(ci.Name)
	body := []jen.Code{
		jen.Id("self").Op(":=").Op("&").Id(name).Values(),
		g.classRef(ci).Dot("Init").Call(jen.Op("&").Id("self").Dot("Exc"), jen.Id("args").Op("...")),
	}
	body = append(body, g.excStrHook(ci)...)
	body = append(body, jen.Return(jen.Id("self")))
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is %s(*args).", constructorName(ci), ci.Name))
	g.file.Func().Id(constructorName(ci)).Params(jen.Id("args").Op("...").Any()).Op("*").Id(name).Block(body...)
}

// excStrHook makes the class's __str__ the str() of a new instance self,
// which tracebacks print too.
func (g *gen) excStrHook(ci *check.ClassInfo) []jen.Code {
	if ci.Methods["__str__"] == nil {
		return nil
	}
	return []jen.Code{jen.Id("self").Dot("Exc").Dot("Str").Op("=").Id("self").Dot("PyStr")}
}

// excMethods writes the methods of an exception class other than
// __init__.
func (g *gen) excMethods(ci *check.ClassInfo) {
	for _, st := range ci.Def.Body {
		if d, ok := st.(*ast.FunctionDef); ok && d.Name != "__init__" {
			g.function(g.info.Funcs[d])
		}
	}
}

// excDowncastAttr writes x.name where x is an exception whose class has
// no attribute name but a derived class has: x is asserted to be an
// instance of that class, or AttributeError.
func (g *gen) excDowncastAttr(e *ast.Attribute) *jen.Statement {
	vt := g.info.TypeOf(e.Value)
	if vt.Kind != check.Exc || vt.Class == nil || vt.Class.ExcField(e.Attr) != nil {
		return nil
	}
	sub := vt.Class.ExcSubclassField(e.Attr)
	if sub == nil {
		return nil
	}
	tmp := g.fc.names.fresh(lowerFirst(goName(sub.Name)))
	call := g.rt("As").Types(g.goType(sub.InstanceType())).Call(g.expr(e.Value), jen.Lit(e.Attr))
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
	g.declared("err")
	g.emitPlain(g.ifErr())
	return jen.Id(tmp).Dot(goName(e.Attr))
}

// isListDisplay reports whether e is a list display, [a, b]: in Go an
// addressable composite literal.
func isListDisplay(e ast.Expr) bool {
	_, ok := e.(*ast.List)
	return ok
}

// missingAttr returns the attribute read e is, or calls, when the value
// has no such attribute (it raises AttributeError); nil otherwise.
func (g *gen) missingAttr(e ast.Expr) *ast.Attribute {
	if c, ok := e.(*ast.Call); ok {
		e = c.Func
	}
	if a, ok := e.(*ast.Attribute); ok && g.info.NoAttr[a] {
		return a
	}
	return nil
}
