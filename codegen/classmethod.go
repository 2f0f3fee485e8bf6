package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// A classmethod is written once for its class and once for each class
// derived from it, as Class_name functions: in each, cls is that class, so
// cls(...), cls.attr and cls.__name__ are static. When other classes
// derive from the class, each class also gets a method of that name that
// calls its function, so that instance.name() dispatches on the
// instance's class.

// classMethodName names the function of classmethod fn for class ci.
func classMethodName(ci *check.ClassInfo, fn *check.Func) string {
	return goName(ci.Name) + "_" + goName(fn.Name)
}

// classMethod writes the functions (and methods) of a classmethod.
func (g *gen) classMethod(fn *check.Func) {
	for _, ci := range fn.Class.Descendants() {
		g.cls = ci
		params, results, stmts := g.funcParts(fn)
		g.cls = nil
		g.file.Line()
		if g.opts.LineDirectives {
			g.file.Comment(g.lineComment(fn.Def.Pos.Line))
		}
		g.file.Func().Id(classMethodName(ci, fn)).Params(params[1:]...).Add(results).Block(stmts...)
	}
	if !fn.Class.Polymorphic() {
		return
	}
	for _, ci := range fn.Class.Descendants() {
		var params, args []jen.Code
		for _, p := range fn.Params[1:] {
			params = append(params, jen.Id(goName(p.Name)).Add(g.goType(p.Type)))
			args = append(args, jen.Id(goName(p.Name)))
		}
		g.file.Line()
		g.file.Comment(fmt.Sprintf("%s is %s() called on an instance.", methodName(fn), classMethodName(ci, fn)))
		g.file.Func().Params(jen.Id("self").Op("*").Id(goName(ci.Name))).Id(methodName(fn)).Params(params...).Add(g.results(fn)).Block(
			jen.Return(jen.Id(classMethodName(ci, fn)).Call(args...)),
		)
	}
}

// boundClass returns the class e (of class type t) stands for: inside a
// classmethod, cls is the class being written.
func (g *gen) boundClass(e ast.Expr, t *check.ClassInfo) *check.ClassInfo {
	n, ok := e.(*ast.Name)
	if !ok || g.cls == nil || g.fc == nil {
		return t
	}
	if v := g.info.Uses[n]; v != nil && v.Kind == check.Param {
		if m := v.Func; m.ClassMethod && len(m.Params) > 0 && m.Params[0] == v {
			return g.cls
		}
	}
	return t
}

// classMethodRef names the Go function or method a call of classmethod f
// on recv invokes: C.name() is C_name(), instance.name() the method when
// the instance may be of a derived class.
func (g *gen) classMethodRef(recv ast.Expr, f *check.Func) *jen.Statement {
	t := g.info.TypeOf(recv)
	if t.Kind == check.Class {
		return jen.Id(classMethodName(g.boundClass(recv, t.Class), f))
	}
	if t.Class.Polymorphic() {
		return g.expr(recv).Dot(methodName(f))
	}
	return jen.Id(classMethodName(t.Class, f))
}
