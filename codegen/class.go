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
	var fields []jen.Code
	for _, f := range ci.Fields {
		fields = append(fields, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is the Python class %s.", goName(ci.Name), ci.Name))
	g.file.Type().Id(goName(ci.Name)).Struct(fields...)
	g.constructor(ci)
	for _, st := range ci.Def.Body {
		if d, ok := st.(*ast.FunctionDef); ok && d.Name != "__init__" {
			g.function(g.info.Funcs[d])
		}
	}
	if ci.Dataclass && ci.Methods["__repr__"] == nil {
		g.dataclassRepr(ci)
	}
}

// excStruct writes an exception class with __init__: the class object,
// a struct embedding *rt.Exc with the attributes, and its constructor.
func (g *gen) excStruct(ci *check.ClassInfo) {
	name := goName(ci.Name)
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%sClass is the Python exception class %s.", name, ci.Name))
	g.file.Var().Id(name+"Class").Op("=").Add(g.rt("NewClass")).Call(jen.Lit(ci.Name), g.classRef(ci.Base.Class))
	fields := []jen.Code{jen.Op("*").Add(g.rt("Exc"))}
	for _, f := range ci.Fields {
		fields = append(fields, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
	}
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s is an instance of %s.", name, ci.Name))
	g.file.Type().Id(name).Struct(fields...)
	g.constructor(ci)
}

// constructorName is the Go function that builds an instance.
func constructorName(ci *check.ClassInfo) string { return "New" + ci.Name }

// methodName is the Go name of a method; __str__ and __repr__ become the
// PyStr and PyRepr methods the runtime's str() and repr() look for.
func methodName(f *check.Func) string {
	switch f.Name {
	case "__str__":
		return "PyStr"
	case "__repr__":
		return "PyRepr"
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
		g.emitPlain(jen.Id("self").Op(":=").Op("&").Id(goName(ci.Name)).Values(jen.Dict{jen.Id("Exc"): g.classRef(ci).Dot("New").Call(args...)}))
	} else {
		g.emitPlain(jen.Id("self").Op(":=").Op("&").Id(goName(ci.Name)).Values())
	}
	g.body(fn.Def.Body)
	if !terminates(fn.Def.Body) {
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
		g.file.Comment(fmt.Sprintf("//line %s:%d", g.base, fn.Def.Pos.Line))
	}
	g.file.Func().Id(constructorName(ci)).Params(params...).Add(results).Block(stmts...)
	g.fc = nil
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
