package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// exports writes, for a package other than main, an exported Go function
// for each module-level Python function whose types are known: a sync
// function is called as it is; an async one runs to completion on a new
// event loop, as asyncio.run(f(...)) would.
func (g *gen) exports(mod *ast.Module) {
	taken := map[string]bool{}
	for name := range g.info.Module.Locals {
		taken[goName(name)] = true
	}
	for _, s := range mod.Body {
		def, ok := s.(*ast.FunctionDef)
		if !ok {
			continue
		}
		fn := g.info.Funcs[def]
		if fn == nil || fn.Class != nil || fn.Parent != nil || !typed(fn) {
			continue
		}
		name := exportedName(fn.Name)
		if name == "" || taken[name] {
			continue
		}
		taken[name] = true
		g.export(fn, name)
	}
}

func typed(fn *check.Func) bool {
	for _, p := range fn.Params {
		if p.Type == nil || p.Type.Kind == check.Unknown {
			return false
		}
	}
	return fn.Result == nil || fn.Result.Kind != check.Unknown
}

// exportedName turns fetch_all into FetchAll; "" when nothing is left.
func exportedName(py string) string {
	var b strings.Builder
	for _, part := range strings.Split(py, "_") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func (g *gen) export(fn *check.Func, name string) {
	var params, args []jen.Code
	for _, p := range fn.Params {
		params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
		args = append(args, jen.Id(goName(p.Name)))
	}
	call := jen.Id(goName(fn.Name)).Call(args...)
	g.file.Line()
	var results jen.Code
	var body []jen.Code
	switch {
	case fn.Async && returnsValue(fn):
		g.file.Comment(fmt.Sprintf("%s runs the coroutine %s(...) to completion on a new event loop, as asyncio.run does.", name, fn.Name))
		results = jen.Parens(jen.List(g.goType(fn.Result), jen.Error()))
		coro := g.rt("NewCoro").Call(jen.Lit(fn.Name), jen.Func().Params().Parens(jen.List(g.goType(fn.Result), jen.Error())).Block(jen.Return(call)))
		body = []jen.Code{jen.Return(g.rt("Run").Call(coro))}
	case fn.Async:
		g.file.Comment(fmt.Sprintf("%s runs the coroutine %s(...) to completion on a new event loop, as asyncio.run does.", name, fn.Name))
		results = jen.Error()
		coro := g.rt("VoidCoro").Call(jen.Lit(fn.Name), jen.Func().Params().Error().Block(jen.Return(call)))
		body = []jen.Code{jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(g.rt("Run").Call(coro)), jen.Return(jen.Err())}
	default:
		g.file.Comment(fmt.Sprintf("%s is the Python function %s.", name, fn.Name))
		results = g.results(fn)
		if fn.MayRaise || returnsValue(fn) {
			body = []jen.Code{jen.Return(call)}
		} else {
			body = []jen.Code{call}
		}
	}
	g.file.Func().Id(name).Types(g.typeParams(fn)...).Params(params...).Add(results).Block(body...)
}
