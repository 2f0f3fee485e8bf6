package codegen

import (
	"fmt"
	"sort"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// A method called on a dynamic value (duck typing) goes through a
// function that switches on the value's class: callArea(x) calls the area
// method of whichever class x is an instance of, and raises
// AttributeError for any other value.

// duckName names the function that calls method name on a dynamic value.
func duckName(name string) string {
	c := camel(name)
	return "call" + lowerFirstUpper(c)
}

func lowerFirstUpper(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// duckCall writes recv.name(args) for a dynamic recv, or nil when recv is
// not dynamic or no class defines the method.
func (g *gen) duckCall(c callee, e *ast.Call) *jen.Statement {
	if c.recv == nil || c.fn != nil || g.info.TypeOf(c.recv).Kind != check.Dynamic {
		return nil
	}
	classes := g.info.DuckClasses(c.method)
	if len(classes) == 0 {
		return nil
	}
	if g.ducks == nil {
		g.ducks = map[string]*check.Type{}
	}
	g.ducks[c.method] = g.info.TypeOf(e)
	m := classes[0].Methods[c.method]
	args := append([]jen.Code{g.expr(c.recv)}, g.userArgs(m, e)...)
	return jen.Id(duckName(c.method)).Call(args...)
}

// duckFuncs writes the functions duckCall calls.
func (g *gen) duckFuncs() {
	var names []string
	for n := range g.ducks {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		g.duckFunc(name, g.ducks[name])
	}
}

func (g *gen) duckFunc(name string, result *check.Type) {
	classes := g.info.DuckClasses(name)
	first := classes[0].Methods[name]
	params := []jen.Code{jen.Id("x").Any()}
	var args []jen.Code
	for _, p := range first.Params[1:] {
		params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
		args = append(args, jen.Id(goName(p.Name)))
	}
	var cases []jen.Code
	for _, ci := range classes {
		m := ci.Methods[name]
		call := jen.Id("x").Dot(methodName(m)).Call(args...)
		var body []jen.Code
		switch {
		case m.MayRaise && returnsValue(m):
			body = []jen.Code{jen.List(jen.Id("v"), jen.Err()).Op(":=").Add(call), jen.Return(jen.Id("v"), jen.Err())}
		case m.MayRaise:
			body = []jen.Code{jen.Return(g.rt("None"), call)}
		case returnsValue(m):
			body = []jen.Code{jen.Return(call, jen.Nil())}
		default:
			body = []jen.Code{call, jen.Return(g.rt("None"), jen.Nil())}
		}
		cases = append(cases, jen.Case(g.goType(ci.InstanceType())).Block(body...))
	}
	msg := jen.Lit("' object has no attribute '" + name + "'")
	g.file.Line()
	g.file.Comment(fmt.Sprintf("%s calls the method %s of whichever class x is an instance of.", duckName(name), name))
	g.file.Func().Id(duckName(name)).Params(params...).Parens(jen.List(g.goType(result), jen.Error())).Block(
		jen.Switch(jen.Id("x").Op(":=").Id("x").Assert(jen.Type())).Block(cases...),
		jen.Return(g.zero(result), g.rt("AttributeError").Dot("New").Call(jen.Lit("'").Op("+").Add(g.rt("TypeName")).Call(jen.Id("x")).Op("+").Add(msg))),
	)
}
