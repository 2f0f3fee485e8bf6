package codegen

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// expr writes a Go expression for e; calls that return errors are hoisted
// into statements before it.
func (g *gen) expr(e ast.Expr) *jen.Statement {
	if t, ok := g.fc.ordered[e]; ok {
		t.used = true
		return jen.Id(t.name)
	}
	if ops := operands(e); len(ops) > 1 {
		defer g.orderOperands(ops)()
	}
	if code := g.seqTuple(e); code != nil {
		return code
	}
	if v, ok := g.info.IntConsts[e]; ok {
		if v.IsInt64() {
			return jen.Id(v.String())
		}
		return g.rt("IntLit").Call(jen.Lit(v.String()))
	}
	if code := g.foldedFloat(e); code != nil {
		return code
	}
	if a, ok := e.(*ast.Attribute); ok && g.info.Raises[e] {
		if code := g.downcastAttr(a); code != nil {
			return code
		}
	}
	if g.info.Raises[e] {
		call, valued, t := g.raising(e)
		return g.hoist(e, call, valued, t)
	}
	switch e := e.(type) {
	case *ast.Constant:
		return g.constant(e)
	case *ast.Name:
		if g.info.Asserts[e] {
			return g.name(e).Assert(g.goType(g.info.TypeOf(e)))
		}
		return g.name(e)
	case *ast.JoinedStr:
		return g.fstring(e)
	case *ast.BinOp:
		return g.binOp(e)
	case *ast.UnaryOp:
		if e.Op == "not" {
			return g.cond(e)
		}
		if e.Op == "+" {
			return g.expr(e.Operand)
		}
		if e.Op == "~" {
			// Python's ~x is Go's bitwise complement ^x.
			if g.info.TypeOf(e.Operand).Kind == check.Bool {
				return jen.Op("^").Add(g.rt("BoolInt").Call(g.expr(e.Operand)))
			}
			return jen.Op("^").Add(g.paren(e.Operand, g.expr(e.Operand)))
		}
		return jen.Op(e.Op).Add(g.paren(e.Operand, g.expr(e.Operand)))
	case *ast.BoolOp:
		if t := g.info.TypeOf(e); t.Kind != check.Bool && t.Kind != check.Unknown {
			return g.boolValue(e, t)
		}
		return g.cond(e)
	case *ast.Compare:
		return g.compare(e)
	case *ast.Call:
		if c := g.callee(e); g.info.TypeOf(e).Kind == check.None && (c.fn != nil && !returnsValue(c.fn) || c.builtin != "" || c.module != "") {
			// A call without a result in Go (print(), a function
			// returning None) used as a value: the call, then None.
			g.emit(g.call(e))
			return g.rt("None")
		}
		return g.call(e)
	case *ast.List:
		var elts []jen.Code
		t := g.info.TypeOf(e)
		for _, x := range e.Elts {
			elts = append(elts, g.exprAs(x, t.Elem))
		}
		if t.Shared {
			return g.rt("NewList").Types(g.goType(t.Elem)).Call(elts...)
		}
		return g.goType(t).Values(elts...)
	case *ast.Tuple:
		t := g.info.TypeOf(e)
		var elts []jen.Code
		for i, x := range e.Elts {
			elts = append(elts, g.typed(g.expr(x), g.info.TypeOf(x), t.Elems[i]))
		}
		if n := len(e.Elts); n < 2 || n > 4 {
			return g.rt("Tuple").Values(elts...)
		}
		return g.tupleLit(t, elts)
	case *ast.Subscript:
		return g.subscript(e)
	case *ast.Dict:
		t := g.info.TypeOf(e)
		if len(e.Keys) == 0 {
			return g.rt("NewDict").Types(g.goType(t.Key), g.goType(t.Elem)).Call()
		}
		var pairs []jen.Code
		for i := range e.Keys {
			k := g.typed(g.expr(e.Keys[i]), g.info.TypeOf(e.Keys[i]), t.Key)
			v := g.typed(g.expr(e.Values[i]), g.info.TypeOf(e.Values[i]), t.Elem)
			pairs = append(pairs, g.rt("T2").Call(k, v))
		}
		return g.rt("DictOf").Call(pairs...)
	case *ast.Set:
		t := g.info.TypeOf(e)
		var elts []jen.Code
		for _, x := range e.Elts {
			elts = append(elts, g.convert(g.expr(x), g.info.TypeOf(x), t.Elem))
		}
		return g.rt("SetOf").Types(g.goType(t.Elem)).Call(elts...)
	case *ast.SetComp:
		t := g.info.TypeOf(e)
		tmp := g.fc.names.fresh("set")
		g.comprehension(e.Generators, func() {
			g.emit(jen.Id(tmp).Dot("Add").Call(g.convert(g.expr(e.Elt), g.info.TypeOf(e.Elt), t.Elem)))
		}, func() {
			g.emit(jen.Id(tmp).Op(":=").Add(g.rt("NewSet").Types(g.goType(t.Elem)).Call()))
			g.declared(tmp)
		})
		return jen.Id(tmp)
	case *ast.DictComp:
		t := g.info.TypeOf(e)
		tmp := g.fc.names.fresh("m")
		g.comprehension(e.Generators, func() {
			k := g.convert(g.expr(e.Key), g.info.TypeOf(e.Key), t.Key)
			v := g.convert(g.expr(e.Value), g.info.TypeOf(e.Value), t.Elem)
			g.emit(jen.Id(tmp).Dot("Set").Call(k, v))
		}, func() {
			g.emit(jen.Id(tmp).Op(":=").Add(g.rt("NewDict").Types(g.goType(t.Key), g.goType(t.Elem)).Call()))
			g.declared(tmp)
		})
		return jen.Id(tmp)
	case *ast.ListComp:
		tmp := g.fc.names.fresh("items")
		g.listComp(e, tmp, true, g.info.TypeOf(e))
		return jen.Id(tmp)
	case *ast.GeneratorExp:
		// consumed whole by sorted(), list() and the like: a list
		lc := &ast.ListComp{Pos: e.Pos, Elt: e.Elt, Generators: e.Generators}
		tmp := g.fc.names.fresh("items")
		g.listComp(lc, tmp, true, g.info.TypeOf(e))
		return jen.Id(tmp)
	case *ast.IfExp:
		return g.ifExp(e)
	case *ast.Lambda:
		return g.funcLit(g.info.Lambdas[e])
	case *ast.Attribute:
		return g.attribute(e)
	case *ast.NamedExpr:
		return g.namedExpr(e)
	}
	g.unsupported(e.Position(), "this expression")
	return nil
}

// tupleLit writes a fixed tuple of 2 to 4 items, rt.Tuple2[int, string]{V0:
// 1, V1: "a"}: keyed, as vet wants literals of another package's structs.
func (g *gen) tupleLit(t *check.Type, items []jen.Code) *jen.Statement {
	fields := make([]jen.Code, len(items))
	for i, x := range items {
		fields[i] = jen.Id(fmt.Sprintf("V%d", i)).Op(":").Add(x)
	}
	return g.goType(t).Values(fields...)
}

// exprAs writes e for a destination of type t: empty list and dict
// displays take the destination's element types.
func (g *gen) exprAs(e ast.Expr, t *check.Type) *jen.Statement {
	if et := g.info.TypeOf(e); t != nil && !et.Complete() && t.Complete() && et.Kind == t.Kind {
		g.info.Types[e] = t
	}
	if et := g.info.TypeOf(e); t != nil && t.Complete() && et.Kind == t.Kind && !et.Equal(t) && widens(e, et, t) {
		// A display whose variable later holds other types of items
		// (xs = [1]; xs.append("a")) is written with the variable's type.
		wt := *t
		wt.Shared = et.Shared
		g.info.Types[e] = &wt
	}
	switch x := e.(type) {
	case *ast.List:
		if len(x.Elts) == 0 && t != nil && t.Kind == check.List {
			g.info.Types[e] = t
		}
		if et := g.info.TypeOf(e); t != nil && t.Kind == check.List && et.Kind == check.List && et.Elem.Kind == check.List && t.Elem.Kind == check.List {
			// A list of lists whose items are shared: the displays inside
			// become *rt.List too.
			g.info.Types[e] = &check.Type{Kind: check.List, Elem: t.Elem, Shared: et.Shared}
		}
	case *ast.Dict:
		if len(x.Keys) == 0 && t != nil && t.Kind == check.Dict {
			g.info.Types[e] = t
		}
	case *ast.Set:
		if t != nil && t.Kind == check.Set {
			g.info.Types[e] = t
		}
	case *ast.Call:
		if n, ok := x.Func.(*ast.Name); ok && (n.ID == "dict" || n.ID == "list") && len(x.Args) == 0 && t != nil {
			g.info.Types[e] = t
		}
	case *ast.Tuple:
		if t != nil && t.Kind == check.Tuple && len(t.Elems) == len(x.Elts) {
			// (1, "a") in a list of (int | float, str) tuples: the display
			// takes the list's element type, its items converted.
			g.info.Types[e] = t
		}
		if et := g.info.TypeOf(e); t != nil && t.Kind == check.TupleOf && et.Kind == check.Tuple {
			// A display held in a variable of tuples of any length.
			var elts []jen.Code
			for _, x := range x.Elts {
				elts = append(elts, g.typed(g.expr(x), g.info.TypeOf(x), t.Elem))
			}
			return g.rt("TupleOf").Types(g.goType(t.Elem)).Values(elts...)
		}
	}
	return g.convert(g.expr(e), g.info.TypeOf(e), t)
}

// widens reports whether e is a list, dict or set display of type et
// whose items the type t of the same kind holds as dynamic values.
func widens(e ast.Expr, et, t *check.Type) bool {
	switch e.(type) {
	case *ast.List, *ast.Set:
		return isDyn(t.Elem) && !isDyn(et.Elem)
	case *ast.Dict:
		return (isDyn(t.Key) || et.Key.Equal(t.Key)) && (isDyn(t.Elem) || et.Elem.Equal(t.Elem))
	}
	return false
}

// slice writes a list expression as a Go slice: a shared list's S.
func (g *gen) slice(e ast.Expr) *jen.Statement {
	if n, ok := e.(*ast.Name); ok && g.isVarArg(g.info.Uses[n]) {
		return jen.Id(g.varName(g.info.Uses[n]))
	}
	if code := g.seqTupleSlice(e); code != nil {
		return code
	}
	code := g.expr(e)
	switch t := g.info.TypeOf(e); {
	case isDyn(t):
		// The items of a dynamic value: TypeError when not iterable.
		return g.hoist(e, g.rt("Iter").Call(code), true, &check.Type{Kind: check.List, Elem: t})
	case t.Kind == check.Iterator:
		// The items left, taken to the end (sum, sorted, join).
		return g.hoist(e, code.Dot("List").Call(), true, &check.Type{Kind: check.List, Elem: t.Elem})
	case t.Kind == check.List && t.Shared:
		return code.Dot("S")
	case t.Kind == check.Set:
		return code.Dot("Items").Call()
	case t.Kind == check.Dict:
		return code.Dot("Keys").Call()
	case t.Kind == check.Range:
		return code.Dot("Items").Call()
	case t.Kind == check.Bytes:
		return g.rt("BytesItems").Call(code)
	}
	return code
}

// paren wraps code in parentheses when e is a compound expression.
func (g *gen) paren(e ast.Expr, code *jen.Statement) *jen.Statement {
	switch e.(type) {
	case *ast.BinOp, *ast.BoolOp, *ast.Compare:
		return jen.Parens(code)
	}
	return code
}

// hoist writes "v, err := call; if err != nil {...}" and returns v.
func (g *gen) hoist(e ast.Expr, call jen.Code, valued bool, t *check.Type) *jen.Statement {
	if !valued {
		g.check(call, false)
		return voidValue(g, t)
	}
	tmp := g.fc.names.fresh(tempBase(e))
	g.emit(jen.List(jen.Id(tmp), jen.Err()).Op(":=").Add(call))
	g.declared("err")
	g.emitPlain(g.ifErr())
	return jen.Id(tmp)
}

// voidValue is the Python value of a call that returns only an error in
// Go: None, or True for lock.acquire().
func voidValue(g *gen, t *check.Type) *jen.Statement {
	if t.Kind == check.Bool {
		return jen.True()
	}
	return g.rt("None")
}

// tempBase names the temporary holding the result of e.
func tempBase(e ast.Expr) string {
	if a, ok := e.(*ast.Await); ok {
		e = a.Value
	}
	if c, ok := e.(*ast.Call); ok {
		switch f := c.Func.(type) {
		case *ast.Name:
			return resultName(f.ID)
		case *ast.Attribute:
			return resultName(f.Attr)
		}
	}
	return "v"
}

// resultName names the result of a call of name: create_task -> task,
// get_nowait -> nowait, result -> result, fetch_page -> fetchPageResult.
func resultName(name string) string {
	for _, prefix := range []string{"create_", "get_", "new_", "make_", "read_", "load_"} {
		if strings.HasPrefix(name, prefix) && len(name) > len(prefix) {
			return camel(name[len(prefix):])
		}
	}
	switch name {
	case "result", "gather", "wait_for", "to_thread":
		return camel(name) + map[string]string{"result": "", "gather": "ed", "wait_for": "Result", "to_thread": "Result"}[name]
	}
	return camel(name) + "Result"
}

// camel turns snake_case into camelCase.
func camel(s string) string {
	parts := strings.Split(strings.Trim(s, "_"), "_")
	out := parts[0]
	for _, p := range parts[1:] {
		if p != "" {
			out += strings.ToUpper(p[:1]) + p[1:]
		}
	}
	if out == "" {
		return "v"
	}
	return out
}

func (g *gen) constant(e *ast.Constant) *jen.Statement {
	switch e.Kind {
	case ast.ConstNone:
		return g.rt("None")
	case ast.ConstBool:
		if e.Value.(bool) {
			return jen.True()
		}
		return jen.False()
	case ast.ConstInt:
		return jen.Id(e.Value.(string))
	case ast.ConstFloat:
		return jen.Lit(e.Value.(float64))
	case ast.ConstStr:
		return jen.Lit(e.Value.(string))
	case ast.ConstBytes:
		return jen.Index().Byte().Call(jen.Lit(string(e.Value.([]byte))))
	}
	g.unsupported(e.Pos, "this constant")
	return nil
}

func (g *gen) name(e *ast.Name) *jen.Statement {
	v := g.info.Uses[e]
	if v == nil {
		g.unsupported(e.Pos, "name '%s'", e.ID)
	}
	switch v.Kind {
	case check.Local, check.Param, check.Global, check.CompVar:
		if g.isReceiver(e) && v.Func.Class.Polymorphic() {
			return g.receiverValue(v)
		}
		if g.isVarArg(v) {
			// A Go variadic parameter is a slice: the Python value is a tuple.
			return g.goType(v.Type).Call(jen.Id(g.varName(v)))
		}
		return jen.Id(g.varName(v))
	case check.FuncVar:
		return jen.Id(goName(v.Name))
	case check.Field:
		g.unsupported(e.Pos, "this name")
	case check.ClassVar:
		return g.classRef(v.Type.Class)
	case check.Builtin:
		if v.Name == "__name__" {
			return jen.Lit("__main__")
		}
	}
	g.unsupported(e.Pos, "'%s' as a value", e.ID)
	return nil
}

// convert adapts a value of type from to a variable of type to.
func (g *gen) convert(code *jen.Statement, from, to *check.Type) *jen.Statement {
	switch {
	case to == nil || from.Equal(to):
		return code
	case from.Kind == check.List && to.Kind == check.List && to.Shared && !from.Shared:
		return g.rt("NewList").Call(code.Op("..."))
	case from.Kind == check.Int && to.Kind == check.Float:
		return jen.Float64().Call(code)
	case from.Kind == check.Task && to.Kind == check.Future:
		return code.Dot("Future").Call()
	case from.Kind == check.List && to.Kind == check.List && from.Elem.Kind == check.Unknown:
		return code
	case from.Kind == check.List && to.Kind == check.List && !from.Shared && !to.Shared && isDyn(to.Elem) && !isDyn(from.Elem) && from.Elem.Kind != check.Unknown:
		// A Go []T is not a []any, and a copy would not be the same list.
		g.unsupported(ast.Pos{}, "a list of %s where a list of mixed values is expected", from.Elem)
	case from.Kind == check.Tuple && to.Kind == check.TupleOf:
		// A fixed tuple into a variable that holds tuples of other lengths.
		return g.rt("TupleSeq").Types(g.goType(to.Elem)).Call(code)
	}
	return code
}

// swapCmp is the comparison with its operands swapped.
var swapCmp = map[string]string{"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

// inexactFloat reports whether the int constant expression e has no exact
// float64 value.
func (g *gen) inexactFloat(e ast.Expr) bool {
	v, ok := g.info.IntConsts[e]
	if !ok {
		return false
	}
	_, acc := new(big.Float).SetInt(v).Float64()
	return acc != big.Exact
}

// floatExpr writes e as a float64 (int constants stay untyped).
func (g *gen) floatExpr(e ast.Expr) *jen.Statement {
	t := g.info.TypeOf(e)
	if t.Kind == check.Int {
		if _, ok := e.(*ast.Constant); ok {
			return g.expr(e)
		}
		return jen.Float64().Call(g.expr(e))
	}
	return g.expr(e)
}

func (g *gen) intExpr(e ast.Expr) *jen.Statement { return g.expr(e) }

// cond writes e as a Go bool with Python's truth rules.
// knownTruth is the truth of e when its type decides it; a variable
// tested this way is still used ("_ = e"), as Go requires.
func (g *gen) knownTruth(e ast.Expr, truth bool) *jen.Statement {
	switch x := e.(type) {
	case *ast.Name:
		g.emit(jen.Id("_").Op("=").Add(g.expr(e)))
	case *ast.Tuple:
		// the names in (x, "m") are read all the same
		for _, el := range x.Elts {
			g.knownTruth(el, truth)
		}
	case *ast.UnaryOp:
		g.knownTruth(x.Operand, truth)
	}
	return jen.Lit(truth)
}

func (g *gen) cond(e ast.Expr) *jen.Statement {
	switch x := e.(type) {
	case *ast.BoolOp:
		op := "&&"
		if x.Op == "or" {
			op = "||"
		}
		if g.raisesAfterFirst(x) {
			return g.shortCircuit(x)
		}
		var code *jen.Statement
		for i, v := range x.Values {
			c := g.cond(v)
			if b, ok := v.(*ast.BoolOp); ok && b.Op != x.Op {
				c = jen.Parens(c)
			}
			if i == 0 {
				code = c
			} else {
				code = code.Op(op).Add(c)
			}
		}
		return code
	case *ast.UnaryOp:
		if x.Op == "not" {
			if g.info.TypeOf(x.Operand).Kind == check.Bytes {
				return jen.Len(g.expr(x.Operand)).Op("==").Lit(0)
			}
			c := g.cond(x.Operand)
			switch g.info.TypeOf(x.Operand).Kind {
			case check.Bool, check.Dynamic, check.None:
				c = g.paren(x.Operand, c)
			default: // a comparison such as len(xs) > 0
				c = jen.Parens(c)
			}
			return jen.Op("!").Add(c)
		}
	}
	if call, ok := e.(*ast.Call); ok && g.info.TypeOf(e).Kind == check.Range && len(call.Args) <= 2 && len(call.Keywords) == 0 {
		// range(n) is true when n > 0, range(a, b) when b > a.
		if len(call.Args) == 1 {
			return g.expr(call.Args[0]).Op(">").Lit(0)
		}
		return g.paren(call.Args[0], g.expr(call.Args[0])).Op("<").Add(g.paren(call.Args[1], g.expr(call.Args[1])))
	}
	if t := g.info.TypeOf(e); t.Kind == check.Tuple && pureTuple(e) {
		// A tuple's length is part of its type.
		return g.knownTruth(e, len(t.Elems) > 0)
	}
	if x, ok := e.(*ast.Tuple); ok && g.info.TypeOf(e).Kind == check.Tuple {
		// assert (x == 2, "message"): the items are evaluated, the
		// tuple is true when it has any.
		for _, el := range x.Elts {
			if pureTuple(el) {
				g.knownTruth(el, true)
				continue
			}
			g.emit(jen.Id("_").Op("=").Add(g.expr(el)))
		}
		return jen.Lit(len(x.Elts) > 0)
	}
	if g.info.TypeOf(e).Kind == check.None {
		switch e.(type) {
		case *ast.Call, *ast.Await:
			// Run for its effects: print(...), f() without a result.
			g.exprStmt(&ast.ExprStmt{Pos: e.Position(), Value: e})
			return jen.False()
		}
		return g.knownTruth(e, false)
	}
	code := g.expr(e)
	switch g.info.TypeOf(e).Kind {
	case check.Bool:
		return code
	case check.Int, check.Float:
		return code.Op("!=").Lit(0)
	case check.Str:
		return code.Op("!=").Lit("")
	case check.List:
		if g.info.TypeOf(e).Shared {
			code = code.Dot("S")
		}
		return jen.Len(code).Op(">").Lit(0)
	case check.TupleOf:
		return jen.Len(g.slice(e)).Op(">").Lit(0)
	case check.Dict, check.Set, check.Range:
		return code.Dot("Len").Call().Op(">").Lit(0)
	case check.Bytes:
		return jen.Len(code).Op(">").Lit(0)
	case check.Exc, check.Task, check.Future, check.Coro, check.AnyTask:
		return code.Op("!=").Nil()
	case check.Class:
		if !g.info.TypeOf(e).Class.Plain {
			return code.Op("!=").Nil() // an exception class, or None
		}
	case check.Instance:
		if c := g.info.TypeOf(e).Class; c.Methods["__bool__"] == nil && c.Methods["__len__"] == nil {
			return code.Op("!=").Nil() // an object is true (a pointer, never nil)
		}
	case check.Dynamic:
		return g.rt("Truthy").Call(code)
	}
	g.unsupported(e.Position(), "the truth value of %s", g.info.TypeOf(e))
	return nil
}

func (g *gen) ifExp(e *ast.IfExp) *jen.Statement {
	t := g.info.TypeOf(e)
	tmp := g.fc.names.fresh("v")
	cond := g.cond(e.Test)
	g.push()
	g.emit(jen.Id(tmp).Op("=").Add(g.convert(g.expr(e.Body), g.info.TypeOf(e.Body), t)))
	then := g.pop()
	g.push()
	g.emit(jen.Id(tmp).Op("=").Add(g.convert(g.expr(e.OrElse), g.info.TypeOf(e.OrElse), t)))
	els := g.pop()
	g.emitPlain(jen.Var().Id(tmp).Add(g.goType(t)))
	g.emit(jen.If(cond).Block(then...).Else().Block(els...))
	return jen.Id(tmp)
}

func (g *gen) binOp(e *ast.BinOp) *jen.Statement {
	lt, rt := g.info.TypeOf(e.Left), g.info.TypeOf(e.Right)
	t := g.info.TypeOf(e)
	if t.Kind == check.Tuple || t.Kind == check.TupleOf {
		return g.tupleOp(e)
	}
	switch {
	case lt.Kind == check.DateTime && rt.Kind == check.DateTime:
		return g.expr(e.Left).Dot("Minus").Call(g.expr(e.Right))
	case lt.Kind == check.Str && rt.Kind == check.Str:
		return g.expr(e.Left).Op("+").Add(g.expr(e.Right))
	case lt.Kind == check.Str && rt.Kind == check.Int:
		return jen.Qual("strings", "Repeat").Call(g.expr(e.Left), jen.Max(g.expr(e.Right), jen.Lit(0)))
	case lt.Kind == check.Int && rt.Kind == check.Str:
		return jen.Qual("strings", "Repeat").Call(g.expr(e.Right), jen.Max(g.expr(e.Left), jen.Lit(0)))
	case lt.Kind == check.Bytes && rt.Kind == check.Bytes:
		return g.rt("BytesConcat").Call(g.expr(e.Left), g.expr(e.Right))
	case lt.Kind == check.Bytes && rt.Kind == check.Int:
		return jen.Qual("bytes", "Repeat").Call(g.expr(e.Left), jen.Max(g.expr(e.Right), jen.Lit(0)))
	case lt.Kind == check.Int && rt.Kind == check.Bytes:
		return jen.Qual("bytes", "Repeat").Call(g.expr(e.Right), jen.Max(g.expr(e.Left), jen.Lit(0)))
	case lt.Kind == check.List && rt.Kind == check.List:
		return jen.Qual("slices", "Concat").Call(g.slice(e.Left), g.slice(e.Right))
	case lt.Kind == check.List && rt.Kind == check.Int:
		return g.rt("Repeat").Call(g.slice(e.Left), g.expr(e.Right))
	case lt.Kind == check.Int && rt.Kind == check.List:
		return g.rt("Repeat").Call(g.slice(e.Right), g.expr(e.Left))
	case lt.Kind == check.Set && rt.Kind == check.Set:
		m := map[string]string{"|": "Union", "&": "Intersection", "-": "Difference", "^": "SymmetricDifference"}[e.Op]
		return g.expr(e.Left).Dot(m).Call(g.expr(e.Right))
	case lt.Kind == check.Bool && rt.Kind == check.Bool && e.Op == "^":
		return g.expr(e.Left).Op("!=").Add(g.expr(e.Right))
	case lt.Kind == check.Bool && rt.Kind == check.Bool && (e.Op == "&" || e.Op == "|"):
		// Both operands are evaluated, unlike Go's && and ||.
		return g.rt(map[string]string{"&": "BoolAnd", "|": "BoolOr"}[e.Op]).Call(g.expr(e.Left), g.expr(e.Right))
	case lt.Kind == check.Bool || rt.Kind == check.Bool:
		g.unsupported(e.Pos, "arithmetic on bool")
	}
	if t.Kind == check.Float {
		if code := constFloatOverflow(e); code != nil {
			return code
		}
		l, r := g.floatExpr(e.Left), g.floatExpr(e.Right)
		if k, ok := e.Left.(*ast.Constant); ok && e.Op == "/" && k.Kind == ast.ConstInt && isIntConst(e.Right) {
			l = jen.Id(k.Value.(string) + ".0") // 6 / 3 divides floats, not Go's untyped ints
		}
		switch e.Op {
		case "+", "-", "*", "/":
			return g.paren(e.Left, l).Op(e.Op).Add(g.paren(e.Right, r))
		case "**":
			return jen.Qual("math", "Pow").Call(l, r)
		}
	}
	if t.Kind == check.Int {
		l, r := g.expr(e.Left), g.expr(e.Right)
		switch e.Op {
		case "+", "-", "*", "&", "|", "^":
			return g.paren(e.Left, l).Op(e.Op).Add(g.paren(e.Right, r))
		case "//", "%":
			k, ok := constInt(e.Right)
			if ok && k > 0 && g.nonNeg(e.Left) {
				op := "/"
				if e.Op == "%" {
					op = "%"
				}
				return g.paren(e.Left, l).Op(op).Add(r)
			}
			if e.Op == "//" {
				return g.rt("FloorDivPos").Call(l, r)
			}
			return g.rt("FloorModPos").Call(l, r)
		}
	}
	g.unsupported(e.Pos, "the operator %s on %s and %s", e.Op, lt, rt)
	return nil
}

// nonNeg reports whether an int expression is known to be >= 0.
func (g *gen) nonNeg(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		_, ok := constInt(x)
		return ok
	case *ast.Name:
		v := g.info.Uses[x]
		return v != nil && g.fc.nonNeg[v]
	case *ast.BinOp:
		switch x.Op {
		case "+", "*", "//":
			return g.nonNeg(x.Left) && g.nonNeg(x.Right)
		case "%":
			k, ok := constInt(x.Right)
			return ok && k > 0
		}
	case *ast.Call:
		if n, ok := x.Func.(*ast.Name); ok && n.ID == "len" {
			return true
		}
	}
	return false
}

var goCmp = map[string]string{"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}

func (g *gen) compare(e *ast.Compare) *jen.Statement {
	if code := g.typeCompare(e); code != nil {
		return code
	}
	var out *jen.Statement
	left := e.Left
	lcode := g.exprLike(left, e.Comparators[0])
	if len(e.Ops) > 1 && hasCall(left) && !isSimple(e.Comparators[0]) {
		// The middle operand is computed first below: keep Python's order.
		tmp := g.fc.names.fresh("v")
		g.emit(jen.Id(tmp).Op(":=").Add(lcode))
		lcode = jen.Id(tmp)
	}
	for i, op := range e.Ops {
		right := e.Comparators[i]
		rcode := g.exprLike(right, left)
		if i < len(e.Ops)-1 && !isSimple(right) {
			tmp := g.fc.names.fresh("v")
			g.emit(jen.Id(tmp).Op(":=").Add(rcode))
			rcode = jen.Id(tmp)
		}
		c := g.compareOne(e, op, left, right, lcode, rcode)
		if out == nil {
			out = c
		} else {
			out = out.Op("&&").Add(c)
		}
		left, lcode = right, rcode
	}
	return out
}

// scalar reports whether t is an int, float, str or bool.
func scalar(t *check.Type) bool {
	switch t.Kind {
	case check.Int, check.Float, check.Str, check.Bool:
		return true
	}
	return false
}

func (g *gen) compareOne(e *ast.Compare, op string, l, r ast.Expr, lc, rc *jen.Statement) *jen.Statement {
	lt, rt := g.info.TypeOf(l), g.info.TypeOf(r)
	if code := g.dynCompareOne(op, lt, rt, lc, rc); code != nil {
		return code
	}
	switch op {
	case "is", "is not":
		goOp := map[string]string{"is": "==", "is not": "!="}[op]
		if code := g.identity(op, l, r, lc, rc); code != nil {
			return code
		}
		switch {
		case lt.Kind == check.None && (rt.Kind == check.Exc || rt.Kind == check.Class && !rt.Class.Plain):
			return rc.Op(goOp).Nil()
		case (lt.Kind == check.Exc || lt.Kind == check.Class && !lt.Class.Plain) && rt.Kind == check.None:
			return lc.Op(goOp).Nil()
		case lt.Kind != rt.Kind && isFutureLike(lt) && isFutureLike(rt):
			same := g.rt("Same").Call(lc, rc)
			if op == "is not" {
				return jen.Op("!").Add(same)
			}
			return same
		case lt.Kind != check.None && rt.Kind != check.None:
			return lc.Op(goOp).Add(rc)
		}
		// Known from the types; a name compared is still read.
		for i, x := range []ast.Expr{l, r} {
			if _, ok := x.(*ast.Name); ok {
				g.emit(jen.Id("_").Op("=").Add([]*jen.Statement{lc, rc}[i]))
			}
		}
		same := lt.Kind == check.None && rt.Kind == check.None
		if (op == "is") == same {
			return jen.True()
		}
		return jen.False()
	case "in", "not in":
		var c *jen.Statement
		if rt.Kind == check.Str {
			c = jen.Qual("strings", "Contains").Call(rc, lc)
		} else if rt.Kind == check.Dict {
			c = rc.Dot("Contains").Call(g.convert(lc, lt, rt.Key))
		} else if rt.Kind == check.Set {
			c = rc.Dot("Contains").Call(g.convert(lc, lt, rt.Elem))
		} else if rt.Kind == check.Range {
			c = rc.Dot("Contains").Call(lc)
		} else if rt.Kind == check.Bytes {
			c = jen.Qual("bytes", "Contains").Call(rc, lc)
		} else {
			if rt.Shared {
				rc = rc.Dot("S")
			}
			c = jen.Qual("slices", "Contains").Call(rc, g.convert(lc, lt, rt.Elem))
		}
		if op == "not in" {
			return jen.Op("!").Add(c)
		}
		return c
	}
	// True == 1: a bool compares as the int it is.
	if lt.Kind == check.Bool && (rt.Kind == check.Int || rt.Kind == check.Float) {
		lc, lt = g.rt("BoolInt").Call(lc), rt
		if rt.Kind == check.Float {
			lc = jen.Float64().Call(lc)
		}
	}
	if rt.Kind == check.Bool && (lt.Kind == check.Int || lt.Kind == check.Float) {
		rc, rt = g.rt("BoolInt").Call(rc), lt
		if lt.Kind == check.Float {
			rc = jen.Float64().Call(rc)
		}
	}
	if (lt.Kind == check.Int && rt.Kind == check.Float && g.inexactFloat(l)) || (lt.Kind == check.Float && rt.Kind == check.Int && g.inexactFloat(r)) {
		// A float cannot hold this int: compare exactly, as Python does.
		if lt.Kind == check.Int {
			return g.rt("CmpIntFloat").Call(lc, rc).Op(goCmp[op]).Lit(0)
		}
		return g.rt("CmpIntFloat").Call(rc, lc).Op(goCmp[swapCmp[op]]).Lit(0)
	}
	if lt.Kind == check.Int && rt.Kind == check.Float {
		lc = g.floatExpr(l)
	}
	if lt.Kind == check.Float && rt.Kind == check.Int {
		rc = g.floatExpr(r)
	}
	if lt.Kind == check.Set && rt.Kind == check.Set {
		return g.rt("SetCompare").Call(lc, rc, jen.Lit(op))
	}
	if lt.Kind == check.List || rt.Kind == check.List {
		if op != "==" && op != "!=" {
			if lt.Kind != check.List || rt.Kind != check.List || !staticOrdered(lt) || !staticOrdered(rt) {
				g.unsupported(e.Pos, "ordering lists")
			}
			// Elements of one static ordered type compare without error.
			return g.rt("OrderTuples").Call(jen.Lit(op), g.slice(l), g.slice(r))
		}
		if lt.Shared {
			lc = lc.Dot("S")
		}
		if rt.Shared {
			rc = rc.Dot("S")
		}
		c := jen.Qual("slices", "Equal").Call(lc, rc)
		if !comparableElems(lt) || !comparableElems(rt) || lt.Kind != rt.Kind || !lt.Elem.Equal(rt.Elem) {
			c = g.rt("Equal").Call(lc, rc) // nested containers compare by content
		}
		if op == "!=" {
			return jen.Op("!").Add(c)
		}
		return c
	}
	if lt.Kind == check.TupleOf && rt.Kind == check.TupleOf && lt.Elem.Equal(rt.Elem) && staticOrdered(lt.Elem) {
		if op == "==" || op == "!=" {
			c := jen.Qual("slices", "Equal").Call(lc, rc)
			if op == "!=" {
				return jen.Op("!").Add(c)
			}
			return c
		}
		return g.rt("OrderTuples").Call(jen.Lit(op), lc, rc)
	}
	if lt.Kind == check.Bytes && rt.Kind == check.Bytes {
		if op == "==" || op == "!=" {
			c := jen.Qual("bytes", "Equal").Call(lc, rc)
			if op == "!=" {
				return jen.Op("!").Add(c)
			}
			return c
		}
		return jen.Qual("bytes", "Compare").Call(lc, rc).Op(goCmp[op]).Lit(0)
	}
	if (op == "<" || op == "<=" || op == ">" || op == ">=") && orderedTuples(lt, rt) {
		return g.rt("OrderTuples").Call(jen.Lit(op), lc, rc)
	}
	if code := g.instanceCompare(op, lt, rt, lc, rc); code != nil {
		return code
	}
	emptyTuples := lt.Kind == check.Tuple && rt.Kind == check.Tuple && len(lt.Elems) == 0
	// Tuples of different item types are different Go types: they
	// compare item by item with Python's rules ((1, True) == (1.0, 1)).
	mixedTuples := lt.Kind == check.Tuple && rt.Kind == check.Tuple && !lt.Equal(rt)
	if (emptyTuples || mixedTuples || lt.Kind == check.Dict && rt.Kind == check.Dict) && (op == "==" || op == "!=") {
		// The empty tuple is a slice in Go, and dicts compare by content.
		c := g.rt("Equal").Call(lc, rc)
		if op == "!=" {
			return jen.Op("!").Add(c)
		}
		return c
	}
	if lt.Kind == check.DateTime && rt.Kind == check.DateTime {
		return lc.Dot("Compare").Call(rc).Op(goCmp[op]).Lit(0)
	}
	if (op == "==" || op == "!=") && (lt.Kind == check.Str) != (rt.Kind == check.Str) && scalar(lt) && scalar(rt) {
		// A str is never equal to a number: both operands are still
		// evaluated, and Go cannot compare them directly.
		c := g.rt("Equal").Call(lc, rc)
		if op == "!=" {
			return jen.Op("!").Add(c)
		}
		return c
	}
	switch lt.Kind {
	case check.Int, check.Float, check.Str, check.Bool:
	case check.TimeDelta:
		// rt.TimeDelta is a Go integer type.
	default:
		g.unsupported(e.Pos, "comparing %s values", lt)
	}
	// A new statement: lc is also the right operand of the previous
	// comparison in a chain.
	return jen.Add(g.paren(l, lc)).Op(goCmp[op]).Add(g.paren(r, rc))
}

func (g *gen) attribute(e *ast.Attribute) *jen.Statement {
	t := g.info.TypeOf(e)
	if t.Kind == check.Class {
		return g.classRef(t.Class)
	}
	if code := g.asyncAttr(e); code != nil {
		return code
	}
	vt := g.info.TypeOf(e.Value)
	switch {
	case vt.Kind == check.TypeObj && e.Attr == "__name__":
		call := e.Value.(*ast.Call)
		if tn := check.StaticTypeName(vt.Elem); tn != "" && (pureValue(call.Args[0]) || vt.Elem.Kind == check.Callable || vt.Elem.Kind == check.BuiltinFn) {
			return jen.Lit(tn)
		}
		if _, named := call.Args[0].(*ast.Name); named {
			// A variable is read (Go rejects a variable never used).
			return g.rt("TypeName").Call(g.expr(call.Args[0]))
		}
		switch vt.Elem.Kind {
		case check.Int, check.Float, check.Str, check.Bool, check.List:
			name := map[check.Kind]string{check.Int: "int", check.Float: "float", check.Str: "str", check.Bool: "bool", check.List: "list"}[vt.Elem.Kind]
			return jen.Lit(name)
		}
		return g.rt("TypeName").Call(g.expr(call.Args[0]))
	case vt.Kind == check.Callable && e.Attr == "__name__":
		return g.funcName(e.Value, vt.Fn)
	case vt.Kind == check.Exc && vt.Class != nil && vt.Class.ExcField(e.Attr) != nil:
		return g.expr(e.Value).Dot(goName(e.Attr))
	case vt.Kind == check.Exc && e.Attr == "code" && vt.Class != nil && vt.Class.Builtin == "SystemExit":
		return g.rt("ExitCode").Call(g.expr(e.Value))
	case vt.Kind == check.Exc:
		if e.Attr == "exceptions" {
			return g.rt("AsExc").Call(g.expr(e.Value)).Dot("Exceptions").Call()
		}
		field := map[string]string{"__cause__": "Cause", "__context__": "Context", "__suppress_context__": "SuppressContext"}[e.Attr]
		if field != "" {
			return g.rt("AsExc").Call(g.expr(e.Value)).Dot(field)
		}
	case vt.Kind == check.Class && vt.Class.Plain && vt.Class.Attr(e.Attr) != nil:
		return jen.Id(attrVarName(g.boundClass(e.Value, vt.Class).Attr(e.Attr)))
	case vt.Kind == check.Class && vt.Class.Plain && e.Attr == "__name__":
		return jen.Lit(g.boundClass(e.Value, vt.Class).Name)
	case vt.Kind == check.Class && e.Attr == "__name__":
		return g.expr(e.Value).Dot("Name")
	case vt.Kind == check.Instance:
		if code := g.instanceAttr(e.Value, vt.Class, e.Attr); code != nil {
			return code
		}
		if m := vt.Class.Method(e.Attr); m != nil && m.Property && !m.MayRaise {
			return g.methodRecv(e.Value, m).Dot(methodName(m)).Call()
		}
	case (vt.Kind == check.DateTime || vt.Kind == check.TimeDelta) && check.DateTimeAttrs[vt.Kind][e.Attr] != nil:
		return g.expr(e.Value).Dot(dateTimeMethods[e.Attr]).Call()
	case vt.Kind == check.Module && vt.Name == "os" && e.Attr == "environ":
		return g.rt("Environ").Call()
	case vt.Kind == check.Module && vt.Name == "sys" && e.Attr == "argv":
		return g.rt("Argv").Call(jen.Lit(g.base))
	case t.Kind == check.Stream && vt.Kind == check.Module:
		return g.rt(map[string]string{"stdout": "Stdout", "stderr": "Stderr"}[e.Attr])
	case vt.Kind == check.Process && e.Attr == "pid":
		return g.expr(e.Value).Dot("Pid").Call()
	}
	g.unsupported(e.Pos, "the attribute %s", e.Attr)
	return nil
}

// listComp writes a list comprehension as a loop appending to name.
func (g *gen) listComp(e *ast.ListComp, name string, decl bool, t *check.Type) {
	g.comprehension(e.Generators, func() {
		g.emit(jen.Id(name).Op("=").Append(jen.Id(name), g.convert(g.expr(e.Elt), g.info.TypeOf(e.Elt), t.Elem)))
	}, func() {
		if decl {
			g.emitPlain(jen.Var().Id(name).Add(g.goType(t)))
			g.declared(name)
		} else {
			g.emit(jen.Id(name).Op("=").Nil())
		}
	})
}

// comprehension writes the loops of gens around inner; before runs first.
func (g *gen) comprehension(gens []*ast.Comprehension, inner func(), before func()) {
	before()
	var loop func(i int)
	loop = func(i int) {
		if i == len(gens) {
			inner()
			return
		}
		c := gens[i]
		cell, iter := g.cellTarget(c)
		body := func() {
			g.push()
			if cell != "" {
				g.emit(jen.Id(cell).Op("=").Id(iter))
			}
			if len(c.Ifs) > 0 {
				var cond *jen.Statement
				for j, x := range c.Ifs {
					if j == 0 {
						cond = g.cond(x)
					} else {
						cond = cond.Op("&&").Add(g.cond(x))
					}
				}
				g.push()
				loop(i + 1)
				g.emit(jen.If(cond).Block(g.pop()...))
			} else {
				loop(i + 1)
			}
		}
		g.compLoop(c, body)
	}
	loop(0)
}

// compLoop writes the for statement of one comprehension clause; body
// pushes a block that compLoop pops.
func (g *gen) compLoop(c *ast.Comprehension, body func()) {
	if seq, raising := g.seqOf(c.Iter); seq != nil {
		g.compSeq(c, seq, raising, body)
		return
	}
	target := "_"
	if n, ok := c.Target.(*ast.Name); ok {
		v := g.info.Uses[n]
		if v != nil && v.Reads > 0 {
			target = g.varName(v)
		}
		if it := g.fc.cellIters[c]; it != "" {
			target = it
		}
	} else if t, ok := c.Target.(*ast.Tuple); ok {
		g.compTupleLoop(c, t, body)
		return
	} else {
		g.unsupported(c.Target.Position(), "this comprehension target")
	}
	if call, ok := c.Iter.(*ast.Call); ok {
		if n, ok := call.Func.(*ast.Name); ok && n.ID == "range" && (len(call.Args) == 2 || len(call.Args) == 3) && target != "_" {
			step := 1
			if len(call.Args) == 3 {
				step, ok = constInt(call.Args[2])
			}
			if ok && step > 0 {
				// for i := start; i < stop; i += step
				start, stop := g.expr(call.Args[0]), g.expr(call.Args[1])
				if !isSimple(call.Args[1]) {
					tmp := g.fc.names.fresh("stop")
					g.emit(jen.Id(tmp).Op(":=").Add(stop))
					stop = jen.Id(tmp)
				}
				body()
				stmts := g.pop()
				inc := jen.Id(target).Op("+=").Lit(step)
				if step == 1 {
					inc = jen.Id(target).Op("++")
				}
				g.emit(jen.For(jen.Id(target).Op(":=").Add(start), jen.Id(target).Op("<").Add(stop), inc).Block(stmts...))
				return
			}
			// A step known only at run time: rt.Range (ValueError for 0).
			items := g.hoist(c.Iter, g.rt("Range").Call(g.expr(call.Args[0]), g.expr(call.Args[1]), g.expr(call.Args[2])), true, nil)
			body()
			stmts := g.pop()
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(target)).Op(":=").Range().Add(items)).Block(stmts...))
			return
		}
		if n, ok := call.Func.(*ast.Name); ok && n.ID == "range" && len(call.Args) == 1 {
			if v := g.info.Uses[c.Target.(*ast.Name)]; v != nil {
				g.fc.nonNeg[v] = true
			}
			count := g.expr(call.Args[0])
			body()
			stmts := g.pop()
			if target == "_" {
				g.emit(jen.For(jen.Range().Add(count)).Block(stmts...))
			} else {
				g.emit(jen.For(jen.Id(target).Op(":=").Range().Add(count)).Block(stmts...))
			}
			return
		}
		if n, ok := call.Func.(*ast.Name); ok && n.ID == "range" && len(call.Args) == 2 && target != "_" {
			lo, hi := g.expr(call.Args[0]), g.expr(call.Args[1])
			if _, ok := call.Args[1].(*ast.Constant); !ok {
				end := g.fc.names.fresh("end")
				g.emit(jen.Id(end).Op(":=").Add(hi))
				hi = jen.Id(end)
			}
			body()
			stmts := g.pop()
			g.emit(jen.For(jen.Id(target).Op(":=").Add(lo), jen.Id(target).Op("<").Add(hi), jen.Id(target).Op("++")).Block(stmts...))
			return
		}
	}
	switch g.info.TypeOf(c.Iter).Kind {
	case check.List, check.TaskSet, check.TupleOf, check.Str, check.Range, check.Bytes, check.Dynamic:
	case check.Set, check.Dict:
		iter := g.expr(c.Iter).Dot("All").Call()
		body()
		stmts := g.pop()
		if target == "_" {
			g.emit(jen.For(jen.Range().Add(iter)).Block(stmts...))
		} else {
			g.emit(jen.For(jen.Id(target).Op(":=").Range().Add(iter)).Block(stmts...))
		}
		return
	default:
		g.unsupported(c.Iter.Position(), "a comprehension over %s", g.info.TypeOf(c.Iter))
	}
	iter := g.slice(c.Iter)
	if g.info.TypeOf(c.Iter).Kind == check.Str {
		iter = jen.Qual("strings", "Split").Call(iter, jen.Lit(""))
	}
	body()
	stmts := g.pop()
	if target == "_" {
		g.emit(jen.For(jen.Range().Add(iter)).Block(stmts...))
		return
	}
	g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(target)).Op(":=").Range().Add(iter)).Block(stmts...))
}

// subscript writes a tuple item or a slice; list and str items are
// raising (see raising).
func (g *gen) subscript(e *ast.Subscript) *jen.Statement {
	t := g.info.TypeOf(e.Value)
	if t.Kind == check.Tuple {
		k, _ := constInt(e.Slice)
		return g.expr(e.Value).Dot("V" + itoa(k))
	}
	if sl, ok := e.Slice.(*ast.Slice); ok && sl.Step == nil {
		lo, hi := g.bound(sl.Lower), g.bound(sl.Upper)
		if t.Kind == check.Str {
			return g.rt("StrSlice").Call(g.expr(e.Value), lo, hi)
		}
		if t.Kind == check.TupleOf {
			return g.rt("TupleOf").Types(g.goType(t.Elem)).Parens(g.rt("Slice").Call(g.slice(e.Value), lo, hi))
		}
		if t.Kind == check.Bytes {
			return g.rt("Slice").Call(g.expr(e.Value), lo, hi)
		}
		return g.rt("Slice").Call(g.slice(e.Value), lo, hi)
	}
	g.unsupported(e.Pos, "this subscript")
	return nil
}

// bound is a slice bound, rt.Omitted when absent.
func (g *gen) bound(e ast.Expr) *jen.Statement {
	if e == nil {
		return g.rt("Omitted")
	}
	return g.expr(e)
}

// pureTuple reports whether a tuple expression has no effects: a name, or
// a tuple display of names, constants and such tuples.
func pureTuple(e ast.Expr) bool {
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			if !isSimple(x) && !pureTuple(x) {
				return false
			}
		}
		return true
	}
	return isSimple(e)
}

// orderedTuples reports whether two tuple types have the same length and
// items Python orders without a TypeError: numbers with numbers, str with str.
func orderedTuples(a, b *check.Type) bool {
	if a.Kind != check.Tuple || b.Kind != check.Tuple {
		return false
	}
	num := func(t *check.Type) bool { return t.Kind == check.Int || t.Kind == check.Float || t.Kind == check.Bool }
	// Only the common prefix is compared item by item; then the lengths decide.
	for i := 0; i < len(a.Elems) && i < len(b.Elems); i++ {
		x, y := a.Elems[i], b.Elems[i]
		if !(num(x) && num(y)) && !(x.Kind == check.Str && y.Kind == check.Str) && !orderedTuples(x, y) {
			return false
		}
	}
	return true
}

// isIntConst reports whether e is written as an untyped Go int constant.
func isIntConst(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Constant:
		return x.Kind == ast.ConstInt
	case *ast.UnaryOp:
		return isIntConst(x.Operand)
	}
	return false
}

// dateTimeMethods name the rt methods of datetime and timedelta attributes
// and methods.
var dateTimeMethods = map[string]string{
	"year": "Year", "month": "Month", "day": "Day", "hour": "Hour", "minute": "Minute",
	"second": "Second", "microsecond": "Microsecond", "days": "Days", "seconds": "Seconds",
	"microseconds": "Microseconds", "strftime": "Strftime", "isoformat": "IsoFormat",
	"timestamp": "Timestamp", "total_seconds": "TotalSeconds",
}
