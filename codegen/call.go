package codegen

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// callee classifies the function a call names.
type callee struct {
	builtin string      // a Python built-in
	module  string      // "asyncio.sleep", "time.time", ...
	fn      *check.Func // a user def
	class   *check.ClassInfo
	recv    ast.Expr // the receiver of a method call
	method  string
	// via names the variable holding the function value, for calls of
	// parameters and variables that hold functions.
	via string
	// super marks super().method(...); fn is nil for object.__init__.
	super bool
	// value is the expression whose value is the function, for calls of
	// other expressions (d[k](), f(1)(2)).
	value ast.Expr
}

func (g *gen) callee(e *ast.Call) callee {
	switch f := e.Func.(type) {
	case *ast.Name:
		v := g.info.Uses[f]
		if v == nil {
			break
		}
		switch {
		case v.Kind == check.Builtin:
			return callee{builtin: v.Name}
		case v.Type.Kind == check.Callable && (v.Kind == check.Param || v.Kind == check.Local || v.Kind == check.Global || v.Kind == check.CompVar):
			return callee{fn: v.Type.Fn, via: g.varName(v)}
		case v.Type.Kind == check.Callable:
			return callee{fn: v.Type.Fn}
		case v.Type.Kind == check.Class:
			return callee{class: g.boundClass(f, v.Type.Class)}
		case v.Type.Kind == check.Module:
			return callee{module: v.Type.Name}
		}
	case *ast.Attribute:
		if sc, ok := f.Value.(*ast.Call); ok && isName(sc.Func, "super") {
			if m := g.enclosingMethod(); m != nil && m.Class.Plain {
				var fn *check.Func
				if m.Class.Parent != nil {
					fn = m.Class.Parent.Method(f.Attr)
				}
				return callee{fn: fn, method: f.Attr, super: true}
			}
		}
		if rt := g.info.TypeOf(f.Value); rt.Kind == check.Instance || rt.Kind == check.Class && rt.Class.Plain {
			if m := rt.Class.Method(f.Attr); m != nil {
				if rt.Kind == check.Class {
					if m.ClassMethod {
						return callee{fn: m, recv: f.Value}
					}
					return callee{fn: m}
				}
				return callee{fn: m, recv: f.Value, method: f.Attr}
			}
		}
		if t := g.info.TypeOf(f); t.Kind == check.Module && g.info.TypeOf(f.Value).Kind == check.Module {
			return callee{module: t.Name}
		}
		if t := g.info.TypeOf(f); t.Kind == check.Class && g.info.TypeOf(f.Value).Kind == check.Module {
			return callee{class: t.Class}
		}
		return callee{recv: f.Value, method: f.Attr}
	default:
		if t := g.info.TypeOf(f); t.Kind == check.Callable {
			return callee{fn: t.Fn, value: f}
		}
	}
	g.unsupported(e.Pos, "this call")
	return callee{}
}

// userFunc names the Go function or method a call of f invokes.
func (g *gen) userFunc(c callee) *jen.Statement {
	f := c.fn
	switch {
	case c.via != "":
		return jen.Id(c.via)
	case c.value != nil:
		return g.paren(c.value, g.expr(c.value))
	case c.super:
		return g.superFunc(c)
	case f.Class != nil && f.Name == "__init__":
		return jen.Id(constructorName(f.Class))
	case f.Class != nil && f.Static:
		return jen.Id(goName(f.Class.Name) + "_" + goName(f.Name))
	case f.ClassMethod:
		return g.classMethodRef(c.recv, f)
	case f.Class != nil:
		return g.methodRecv(c.recv, f).Dot(methodName(f))
	}
	return jen.Id(goName(f.Name))
}

// ordered writes e, copying it to a temporary when it reads a variable
// that a call in the later operands could change: Python evaluates
// operands left to right, Go evaluates variable operands after calls.
func (g *gen) ordered(e ast.Expr, later []ast.Expr) *jen.Statement {
	code := g.expr(e)
	if g.needsTemp(e, later) && valueKind(g.info.TypeOf(e)) {
		tmp := g.fc.names.fresh("v")
		g.emit(jen.Id(tmp).Op(":=").Add(code))
		return jen.Id(tmp)
	}
	return code
}

// mutableRead reports whether e reads state a called function can change:
// a global, a variable of an enclosing function, or an attribute; or
// computes a value from a list, dict or set (len(xs), list(d), k in d),
// which a later xs.pop() changes.
func (g *gen) mutableRead(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		v := g.info.Uses[x]
		return v != nil && (v.Kind == check.Global && v.UsedInFunc || (v.Kind == check.Local || v.Kind == check.Param) && v.Func != g.fc.fn)
	case *ast.Attribute:
		return g.info.TypeOf(x.Value).Kind == check.Instance
	case nil, *ast.Constant, *ast.Lambda:
		return false
	}
	found := false
	inspect(e, func(x ast.Expr) {
		if n, ok := x.(*ast.Name); ok {
			switch g.info.TypeOf(n).Kind {
			case check.List, check.Dict, check.Set:
				found = true
			}
		}
	})
	return found
}

// mutators are the methods that change the list, dict or set they are
// called on.
var mutators = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true,
	"sort": true, "reverse": true, "setdefault": true, "popitem": true, "update": true,
	"add": true, "discard": true,
}

// callsAfter reports whether any of es calls a user function, or a method
// that changes a list, dict or set, or awaits (other tasks run).
func callsAfter(g *gen, es []ast.Expr) bool {
	found := false
	for _, e := range es {
		inspect(e, func(x ast.Expr) {
			if _, ok := x.(*ast.Await); ok {
				found = true
			}
			if c, ok := x.(*ast.Call); ok {
				if cl := g.calleeQuiet(c); cl.fn != nil {
					found = true
				}
				if a, ok := c.Func.(*ast.Attribute); ok && mutators[a.Attr] {
					switch g.info.TypeOf(a.Value).Kind {
					case check.List, check.Dict, check.Set:
						found = true
					}
				}
			}
		})
	}
	return found
}

// calleeQuiet is callee without diagnostics for calls it cannot classify.
func (g *gen) calleeQuiet(e *ast.Call) (c callee) {
	defer func() {
		if recover() != nil {
			c = callee{}
		}
	}()
	return g.callee(e)
}

// call writes a call that does not return an error.
func (g *gen) call(e *ast.Call) *jen.Statement {
	if g.info.TypeOf(e).Kind == check.Coro {
		return g.coroObject(e)
	}
	c := g.callee(e)
	switch {
	case c.fn != nil:
		return g.userFunc(c).Call(g.userArgs(c.fn, e)...)
	case c.class != nil && (c.class.Plain || c.class.ExcData() != nil):
		return g.construct(c.class, e)
	case c.class != nil && (c.class.Builtin == "ExceptionGroup" || c.class.Builtin == "BaseExceptionGroup") &&
		len(e.Args) == 2 && len(e.Keywords) == 0 && g.info.TypeOf(e.Args[1]).Kind == check.List:
		// ExceptionGroup(msg, [errors...]) holds its members as errors.
		return g.rt("NewExceptionGroup").Call(g.expr(e.Args[0]), g.slice(e.Args[1]))
	case c.class != nil:
		var args []jen.Code
		for _, a := range e.Args {
			args = append(args, g.expr(a))
		}
		return g.classRef(c.class).Dot(newMethod(len(args))).Call(args...)
	case c.builtin != "":
		return g.builtinCall(c.builtin, e)
	case c.module != "":
		return g.moduleCall(c.module, e)
	}
	return g.methodCall(c.recv, c.method, e)
}

func (g *gen) args(e *ast.Call) []jen.Code {
	var out []jen.Code
	for _, a := range e.Args {
		out = append(out, g.expr(a))
	}
	return out
}

func (g *gen) moduleCall(name string, e *ast.Call) *jen.Statement {
	if code := g.asyncModuleCall(name, e); code != nil {
		return code
	}
	switch name {
	case "threading.get_ident":
		return g.rt("GetIdent").Call()
	case "datetime.datetime.now":
		return g.rt("Now").Call()
	case "os.getenv":
		if len(e.Args) == 2 && g.info.TypeOf(e.Args[1]).Kind == check.Str {
			return g.rt("Environ").Call().Dot("GetOr").Call(g.expr(e.Args[0]), g.expr(e.Args[1]))
		}
		return g.rt("DictGet").Call(g.rt("Environ").Call(), g.expr(e.Args[0]))
	case "time.time":
		return g.rt("TimeNow").Call()
	case "time.monotonic":
		return g.rt("Monotonic").Call()
	case "time.perf_counter":
		return g.rt("PerfCounter").Call()
	case "time.sleep":
		return g.rt("TimeSleep").Call(g.floatExpr(e.Args[0]))
	case "asyncio.current_task":
		return g.rt("CurrentTask").Call()
	case "asyncio.all_tasks":
		return g.rt("AllTasks").Call()
	case "asyncio.TaskGroup":
		return g.rt("NewTaskGroup").Call()
	case "asyncio.timeout":
		return g.rt("NewTimeout").Call(g.floatExpr(e.Args[0]))
	case "asyncio.create_task":
		coro := g.coroObject(e.Args[0])
		if k := keyword(e, "name"); k != nil {
			return g.rt("CreateTaskNamed").Call(coro, g.expr(k.Value))
		}
		return g.rt("CreateTask").Call(coro)
	case "asyncio.shield":
		return g.rt("Shield").Call(g.awaitable(e.Args[0]))
	case "asyncio.gather":
		return g.gather(e)
	case "asyncio.Queue":
		size := jen.Lit(0)
		if len(e.Args) == 1 {
			size = g.expr(e.Args[0])
		} else if k := keyword(e, "maxsize"); k != nil {
			size = g.expr(k.Value)
		}
		return g.rt("NewQueue").Types(g.goType(g.info.TypeOf(e).Elem)).Call(size)
	case "asyncio.Lock":
		return g.rt("NewLock").Call()
	case "asyncio.Event":
		return g.rt("NewEvent").Call()
	}
	g.unsupported(e.Pos, "%s() here", name)
	return nil
}

func keyword(e *ast.Call, name string) *ast.Keyword {
	for _, k := range e.Keywords {
		if k.Arg == name {
			return k
		}
	}
	return nil
}

// gather is asyncio.gather(...): rt.Gather(a, b) or, for one starred
// list, rt.GatherAll(list).
func (g *gen) gather(e *ast.Call) *jen.Statement {
	if g.info.TypeOf(e).Elem.Elem.Kind == check.Dynamic && !g.sameResults(e.Args) {
		return g.gatherAny(e.Args, jen.False())
	}
	if len(e.Args) == 0 {
		return g.rt("Gather").Types(g.rt("NoneType")).Call()
	}
	if len(e.Args) == 1 {
		if s, ok := e.Args[0].(*ast.Starred); ok {
			if lc, ok := s.Value.(*ast.ListComp); ok {
				el := g.info.TypeOf(lc).Elem
				if el.Kind == check.Coro {
					return g.rt("Gather").Call(g.awaitableList(lc).Op("..."))
				}
			}
			return g.rt("GatherAll").Call(g.slice(s.Value))
		}
	}
	var args []jen.Code
	for _, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok {
			g.unsupported(s.Pos, "*list mixed with other arguments of gather()")
		}
		args = append(args, g.awaitable(a))
	}
	return g.rt("Gather").Call(args...)
}

// awaitableList writes a comprehension of coroutines as a
// []rt.Awaitable[T], ready for rt.Gather.
func (g *gen) awaitableList(lc *ast.ListComp) *jen.Statement {
	el := g.info.TypeOf(lc).Elem
	tmp := g.fc.names.fresh("coros")
	typ := jen.Index().Add(g.rt("Awaitable")).Types(g.goType(el.Elem))
	g.comprehension(lc.Generators, func() {
		g.emit(jen.Id(tmp).Op("=").Append(jen.Id(tmp), g.awaitable(lc.Elt)))
	}, func() {
		g.emitPlain(jen.Var().Id(tmp).Add(typ))
		g.declared(tmp)
	})
	return jen.Id(tmp)
}

// awaitable writes an awaitable object: a task or future as is, a
// coroutine as an rt.Coro.
func (g *gen) awaitable(e ast.Expr) *jen.Statement {
	if g.info.TypeOf(e).Kind == check.Coro {
		return g.coroObject(e)
	}
	return g.expr(e)
}

func (g *gen) methodCall(recv ast.Expr, m string, e *ast.Call) *jen.Statement {
	if code := g.asyncMethod(recv, m, e); code != nil {
		return code
	}
	rt := g.info.TypeOf(recv)
	r := g.expr(recv)
	if (rt.Kind == check.DateTime || rt.Kind == check.TimeDelta) && dateTimeMethods[m] != "" {
		return r.Dot(dateTimeMethods[m]).Call(g.args(e)...)
	}
	if rt.Kind == check.Float && m == "is_integer" {
		return g.rt("FloatIsInteger").Call(r)
	}
	if rt.Kind == check.Bytes {
		if code := g.bytesMethod(r, m, e); code != nil {
			return code
		}
	}
	switch rt.Kind {
	case check.Task, check.Future, check.AnyTask:
		switch m {
		case "cancel":
			if rt.Kind == check.AnyTask {
				break
			}
			if len(e.Args) == 1 {
				return r.Dot("CancelMsg").Call(g.expr(e.Args[0]))
			}
			return r.Dot("Cancel").Call()
		case "cancelled":
			return r.Dot("Cancelled").Call()
		case "done":
			return r.Dot("Done").Call()
		case "get_name":
			return r.Dot("Name").Call()
		case "set_name":
			return r.Dot("SetName").Call(g.str(e.Args[0]))
		}
	case check.Str:
		strs := func(name string, args ...jen.Code) *jen.Statement {
			return jen.Qual("strings", name).Call(append([]jen.Code{r}, args...)...)
		}
		switch m {
		case "upper":
			return strs("ToUpper")
		case "lower":
			return strs("ToLower")
		case "strip", "lstrip", "rstrip":
			fn := map[string]string{"strip": "StrStrip", "lstrip": "StrLStrip", "rstrip": "StrRStrip"}[m]
			if len(e.Args) == 1 {
				return g.rt(fn+"Chars").Call(r, g.expr(e.Args[0]))
			}
			return g.rt(fn).Call(r)
		case "rfind":
			if len(e.Args) > 1 {
				return g.strSearchIn("StrRFindIn", r, e)
			}
			return g.rt("StrRFind").Call(r, g.expr(e.Args[0]))
		case "title":
			return g.rt("StrTitle").Call(r)
		case "capitalize":
			return g.rt("StrCapitalize").Call(r)
		case "swapcase":
			return g.rt("StrSwapCase").Call(r)
		case "find":
			if len(e.Args) > 1 {
				return g.strSearchIn("StrFindIn", r, e)
			}
			return g.rt("StrFind").Call(r, g.expr(e.Args[0]))
		case "count":
			if len(e.Args) > 1 {
				return g.strSearchIn("StrCountIn", r, e)
			}
			return g.rt("StrCount").Call(r, g.expr(e.Args[0]))
		case "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum", "isdecimal", "isnumeric":
			return g.rt("StrIs" + strings.ToUpper(m[2:3]) + m[3:]).Call(r)
		case "startswith", "endswith":
			if len(e.Args) == 2 {
				r = g.rt("StrSlice").Call(r, g.expr(e.Args[1]), jen.Qual("math", "MaxInt"))
			}
			if tup, ok := e.Args[0].(*ast.Tuple); ok {
				args := []jen.Code{r}
				for _, x := range tup.Elts {
					args = append(args, g.expr(x))
				}
				return g.rt(map[string]string{"startswith": "StrStartsWith", "endswith": "StrEndsWith"}[m]).Call(args...)
			}
			return jen.Qual("strings", map[string]string{"startswith": "HasPrefix", "endswith": "HasSuffix"}[m]).Call(r, g.expr(e.Args[0]))
		case "removeprefix":
			return strs("TrimPrefix", g.expr(e.Args[0]))
		case "removesuffix":
			return strs("TrimSuffix", g.expr(e.Args[0]))
		case "zfill":
			return g.rt("StrZFill").Call(r, g.expr(e.Args[0]))
		case "center", "ljust", "rjust":
			fill := jen.LitRune(' ')
			if len(e.Args) == 2 {
				fill = jen.LitRune([]rune(e.Args[1].(*ast.Constant).Value.(string))[0])
			}
			return g.rt(map[string]string{"center": "StrCenter", "ljust": "StrLJust", "rjust": "StrRJust"}[m]).Call(r, g.expr(e.Args[0]), fill)
		case "replace":
			if len(e.Args) == 3 {
				return g.rt("StrReplace").Call(r, g.expr(e.Args[0]), g.expr(e.Args[1]), g.expr(e.Args[2]))
			}
			return strs("ReplaceAll", g.expr(e.Args[0]), g.expr(e.Args[1]))
		case "join":
			if g.info.TypeOf(e.Args[0]).Kind == check.Str {
				// sep.join(s) joins the characters of s.
				return jen.Qual("strings", "Join").Call(jen.Qual("strings", "Split").Call(g.expr(e.Args[0]), jen.Lit("")), r)
			}
			return jen.Qual("strings", "Join").Call(g.slice(e.Args[0]), r)
		case "split":
			return g.rt("StrSplitWS").Call(r, jen.Lit(-1))
		case "rsplit":
			return g.rt("StrRSplitWS").Call(r, jen.Lit(-1))
		}
	case check.Queue:
		switch m {
		case "qsize":
			return r.Dot("Qsize").Call()
		case "empty":
			return r.Dot("Empty").Call()
		case "full":
			return r.Dot("Full").Call()
		}
	case check.Lock, check.Semaphore:
		if m == "locked" {
			return r.Dot("Locked").Call()
		}
	case check.Event:
		switch m {
		case "set":
			return r.Dot("Set").Call()
		case "clear":
			return r.Dot("Clear").Call()
		case "is_set":
			return r.Dot("IsSet").Call()
		}
	case check.Loop:
		switch m {
		case "time":
			return r.Dot("Time").Call()
		case "create_future":
			return g.rt("CreateFuture").Types(g.goType(g.info.TypeOf(e).Elem)).Call(r)
		}
	case check.Set:
		switch m {
		case "add":
			return r.Dot("Add").Call(g.convert(g.expr(e.Args[0]), g.info.TypeOf(e.Args[0]), rt.Elem))
		case "discard":
			return r.Dot("Discard").Call(g.convert(g.expr(e.Args[0]), g.info.TypeOf(e.Args[0]), rt.Elem))
		case "clear":
			return r.Dot("Clear").Call()
		case "copy":
			return r.Dot("Copy").Call()
		case "union", "intersection", "difference", "symmetric_difference", "isdisjoint", "issubset", "issuperset":
			m := map[string]string{"union": "Union", "intersection": "Intersection", "difference": "Difference",
				"symmetric_difference": "SymmetricDifference", "isdisjoint": "IsDisjoint", "issubset": "IsSubset", "issuperset": "IsSuperset"}[m]
			arg := g.expr(e.Args[0])
			if g.info.TypeOf(e.Args[0]).Kind == check.List {
				arg = g.rt("SetFrom").Call(g.slice(e.Args[0]))
			}
			return r.Dot(m).Call(arg)
		}
	case check.Dict:
		key := func(i int) *jen.Statement {
			return g.convert(g.expr(e.Args[i]), g.info.TypeOf(e.Args[i]), rt.Key)
		}
		val := func(i int) *jen.Statement {
			return g.exprAs(e.Args[i], rt.Elem)
		}
		switch m {
		case "get":
			if len(e.Args) == 1 {
				return g.rt("DictGet").Call(r, key(0))
			}
			return r.Dot("GetOr").Call(key(0), val(1))
		case "items":
			return r.Dot("Items").Call()
		case "keys":
			return r.Dot("Keys").Call()
		case "values":
			return r.Dot("Values").Call()
		case "pop":
			return r.Dot("PopOr").Call(key(0), val(1))
		case "setdefault":
			return r.Dot("SetDefault").Call(key(0), val(1))
		case "update":
			if len(e.Args) == 0 {
				var pairs []jen.Code
				for _, k := range e.Keywords {
					pairs = append(pairs, g.rt("T2").Call(jen.Lit(k.Arg), g.convert(g.expr(k.Value), g.info.TypeOf(k.Value), rt.Elem)))
				}
				return r.Dot("Update").Call(g.rt("DictOf").Call(pairs...))
			}
			return r.Dot("Update").Call(g.exprAs(e.Args[0], rt))
		case "clear":
			return r.Dot("Clear").Call()
		case "copy":
			return r.Dot("Copy").Call()
		}
	case check.TupleOf:
		if m == "count" {
			return g.rt("Count").Call(r, g.convert(g.expr(e.Args[0]), g.info.TypeOf(e.Args[0]), rt.Elem))
		}
	case check.List:
		if rt.Shared {
			r = r.Dot("S")
		}
		switch m {
		case "count":
			return g.rt("Count").Call(r, g.expr(e.Args[0]))
		case "copy":
			return jen.Qual("slices", "Clone").Call(r)
		case "append", "extend", "insert", "clear", "reverse":
			// Used for its value (None): the mutation is a statement.
			if g.listMutation(e) {
				return g.rt("None")
			}
		}
	}
	g.unsupported(e.Pos, "the method %s of %s", m, rt)
	return nil
}

// raising writes an expression that returns an error in Go: the call, and
// whether it also returns a value (of type t).
func (g *gen) raising(e ast.Expr) (code jen.Code, valued bool, t *check.Type) {
	t = g.info.TypeOf(e)
	if a := g.missingAttr(e); a != nil {
		return g.rt("NoAttribute").Call(g.expr(a.Value), jen.Lit(a.Attr)), true, t
	}
	if re, ok := g.info.RunErrors[e]; ok {
		return g.runError(e, re), true, t
	}
	switch x := e.(type) {
	case *ast.Name:
		return g.boundName(x), true, t
	case *ast.Attribute:
		if vt := g.info.TypeOf(x.Value); vt.Kind == check.Instance {
			if m := vt.Class.Method(x.Attr); m != nil && m.Property {
				return g.methodRecv(x.Value, m).Dot(methodName(m)).Call(), true, t
			}
		}
	case *ast.Await:
		code, valued = g.awaitCall(x.Value)
		return code, valued, t
	case *ast.Call:
		c := g.callee(x)
		if code, valued, ok := g.asyncRaising(c, x); ok {
			return code, valued, t
		}
		if code := g.duckCall(c, x); code != nil {
			return code, true, t
		}
		if code := g.dynDictMethod(c, x); code != nil {
			return code, true, t
		}
		switch {
		case c.fn != nil:
			return g.userFunc(c).Call(g.userArgs(c.fn, x)...), returnsValue(c.fn), t
		case c.class != nil && c.class.Plain:
			return g.construct(c.class, x), true, t
		case c.module == "asyncio.run":
			return g.rt("Run").Call(g.coroObject(x.Args[0])), true, t
		case c.module == "sys.exit":
			return g.sysExit(x), false, t
		case c.builtin == "int" && g.info.TypeOf(x.Args[0]).Kind == check.Str:
			base := jen.Lit(10)
			if len(x.Args) == 2 {
				base = g.expr(x.Args[1])
			}
			return g.rt("ParseInt").Call(g.expr(x.Args[0]), base), true, t
		case c.builtin == "len" && lenRaises(g.info.TypeOf(x.Args[0])):
			return g.rt("Len").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "int" && g.info.TypeOf(x.Args[0]).Kind == check.Float:
			return g.rt("FloatToInt").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "tuple" && g.info.TypeOf(x.Args[0]).Kind == check.Range:
			return g.rangeTuple(x.Args[0].(*ast.Call)), true, t
		case c.builtin == "list" && (g.info.TypeOf(x.Args[0]).Kind == check.Generator || g.info.TypeOf(x.Args[0]).Kind == check.Iterator):
			code, _ := g.listOfSeq(x.Args[0])
			return code, true, t
		case c.builtin == "list" && g.info.TypeOf(x.Args[0]).Kind == check.Range:
			r := x.Args[0].(*ast.Call)
			start, stop, step := jen.Lit(0), g.expr(r.Args[0]), jen.Lit(1)
			if len(r.Args) > 1 {
				start, stop = g.expr(r.Args[0]), g.expr(r.Args[1])
			}
			if len(r.Args) > 2 {
				step = g.expr(r.Args[2])
			}
			return g.rt("Range").Call(start, stop, step), true, t
		case c.builtin == "bytes":
			return g.bytesCall(x), true, t
		case c.recv != nil && g.info.TypeOf(c.recv).Kind == check.Bytes:
			return g.bytesMethod(g.expr(c.recv), c.method, x), true, t
		case c.builtin == "zip" && g.info.Unzips[x]:
			n := len(t.Elems)
			return g.rt("Unzip" + itoa(n)).Call(g.slice(x.Args[0].(*ast.Starred).Value)), true, t
		case c.builtin == "range":
			start, stop, step := g.rangeArgs(x)
			return g.rt("NewRange").Call(start, stop, step), true, t
		case c.builtin == "map":
			return g.mapParse(x), true, t
		case c.builtin == "abs" && g.info.TypeOf(x.Args[0]).Kind == check.Int:
			return g.rt("AbsInt").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "abs" && g.info.TypeOf(x.Args[0]).Kind == check.Dynamic:
			return g.rt("Abs").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "pow":
			return g.pow(x, t), true, t
		case c.builtin == "format":
			spec := jen.Lit("")
			if len(x.Args) == 2 {
				spec = g.expr(x.Args[1])
			}
			return g.rt("Format").Call(g.expr(x.Args[0]), spec), true, t
		case c.builtin == "ord":
			return g.rt("Ord").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "chr":
			return g.rt("Chr").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "divmod" && t.Kind == check.AnyTuple:
			return g.rt("DivMod").Call(g.expr(x.Args[0]), g.expr(x.Args[1])), true, t
		case c.builtin == "divmod":
			if t.Elems[0].Kind == check.Float {
				return g.rt("DivModFloat").Call(g.floatExpr(x.Args[0]), g.floatExpr(x.Args[1])), true, t
			}
			return g.rt("DivModInt").Call(g.expr(x.Args[0]), g.expr(x.Args[1])), true, t
		case c.builtin == "float" && g.info.TypeOf(x.Args[0]).Kind == check.Str:
			return g.rt("ParseFloat").Call(g.expr(x.Args[0])), true, t
		case c.builtin == "round":
			a := x.Args[0]
			switch {
			case g.info.TypeOf(a).Kind == check.Int && len(x.Args) == 1:
				return g.rt("RoundInt").Call(g.expr(a), jen.Lit(0)), true, t
			case g.info.TypeOf(a).Kind == check.Int:
				return g.rt("RoundInt").Call(g.expr(a), g.expr(x.Args[1])), true, t
			case len(x.Args) == 1:
				return g.rt("RoundFloat").Call(g.expr(a)), true, t
			}
			return g.rt("RoundFloatN").Call(g.expr(a), g.expr(x.Args[1])), true, t
		case c.method == "format" && g.info.TypeOf(c.recv).Kind == check.Str:
			var args []jen.Code
			for _, a := range x.Args {
				args = append(args, g.expr(a))
			}
			var kw jen.Code = jen.Nil()
			if len(x.Keywords) > 0 {
				d := jen.Dict{}
				for _, k := range x.Keywords {
					d[jen.Lit(k.Arg)] = g.expr(k.Value)
				}
				kw = jen.Map(jen.String()).Any().Values(d)
			}
			return g.rt("StrFormat").Call(g.expr(c.recv), jen.Index().Any().Values(args...), kw), true, t
		case c.method == "as_integer_ratio" && g.info.TypeOf(c.recv).Kind == check.Float:
			return g.rt("FloatRatio").Call(g.expr(c.recv)), true, t
		case c.method == "popitem" && g.info.TypeOf(c.recv).Kind == check.Dict:
			return g.expr(c.recv).Dot("PopItem").Call(), true, t
		case c.method == "pop" && g.info.TypeOf(c.recv).Kind == check.Dict:
			return g.expr(c.recv).Dot("Pop").Call(g.expr(x.Args[0])), true, t
		case c.method == "pop" && g.info.TypeOf(c.recv).Kind == check.List && (assignable(g.info, c.recv) || isListDisplay(c.recv)):
			idx := jen.Lit(-1)
			if len(x.Args) == 1 {
				idx = g.expr(x.Args[0])
			}
			return g.rt("PopFrom").Call(jen.Op("&").Add(g.slice(c.recv)), idx), true, t
		case c.method == "pop" && g.info.TypeOf(c.recv).Kind == check.Set:
			return g.expr(c.recv).Dot("Pop").Call(), true, t
		case c.method == "remove" && g.info.TypeOf(c.recv).Kind == check.Set:
			return g.expr(c.recv).Dot("Remove").Call(g.expr(x.Args[0])), false, t
		case c.method == "join" && g.info.TypeOf(c.recv).Kind == check.Str:
			// Items that may not be strs: TypeError "sequence item 0: ...".
			return g.rt("JoinItems").Call(g.expr(c.recv), g.slice(x.Args[0])), true, t
		case c.method == "split" || c.method == "rsplit":
			fn := map[string]string{"split": "StrSplit", "rsplit": "StrRSplit"}[c.method]
			n := jen.Lit(-1)
			if len(x.Args) == 2 {
				n = g.expr(x.Args[1])
			}
			return g.rt(fn).Call(g.expr(c.recv), g.expr(x.Args[0]), n), true, t
		case (c.method == "partition" || c.method == "rpartition") && g.info.TypeOf(c.recv).Kind == check.Str:
			fn := map[string]string{"partition": "StrPartition", "rpartition": "StrRPartition"}[c.method]
			return g.rt(fn).Call(g.expr(c.recv), g.expr(x.Args[0])), true, t
		case (c.method == "index" || c.method == "rindex") && g.info.TypeOf(c.recv).Kind == check.Str:
			fn := map[string]string{"index": "StrIndexOf", "rindex": "StrRIndexOf"}[c.method]
			return g.rt(fn).Call(g.expr(c.recv), g.expr(x.Args[0])), true, t
		case c.method == "remove" && g.info.TypeOf(c.recv).Kind == check.List:
			if !assignable(g.info, c.recv) && !isListDisplay(c.recv) && !g.info.TypeOf(c.recv).Shared {
				g.unsupported(x.Pos, "remove() on a list that is not a variable")
				return nil, false, nil
			}
			el := g.info.TypeOf(c.recv).Elem
			return g.rt("RemoveFrom").Call(jen.Op("&").Add(g.slice(c.recv)), g.convert(g.expr(x.Args[0]), g.info.TypeOf(x.Args[0]), el)), false, t
		case c.method == "index" && g.info.TypeOf(c.recv).Kind == check.List && len(x.Args) == 2:
			return g.rt("IndexFrom").Call(g.slice(c.recv), g.expr(x.Args[0]), g.expr(x.Args[1])), true, t
		case c.method == "index" && g.info.TypeOf(c.recv).Kind == check.TupleOf:
			el := g.info.TypeOf(c.recv).Elem
			return g.rt("TupleIndexOf").Call(g.slice(c.recv), g.convert(g.expr(x.Args[0]), g.info.TypeOf(x.Args[0]), el)), true, t
		case c.method == "index" && g.info.TypeOf(c.recv).Kind == check.List:
			return g.rt("IndexOf").Call(g.slice(c.recv), g.expr(x.Args[0])), true, t
		case c.method == "sort" && g.info.TypeOf(c.recv).Kind == check.List:
			rev := jen.False()
			if k := keyword(x, "reverse"); k != nil {
				rev = g.cond(k.Value)
			}
			if k := keyword(x, "key"); k != nil {
				el := g.info.TypeOf(c.recv).Elem
				return g.rt("SortKey"+g.keyErr(k)).Call(g.slice(c.recv), g.funcValue(k.Value, el), rev), false, t
			}
			return g.rt("Sort").Call(g.slice(c.recv), rev), false, t
		case c.builtin == "sum" && t.Kind == check.Dynamic:
			return g.rt("Sum").Call(g.slice(x.Args[0]), jen.Lit(0)), true, t
		case c.builtin == "sum" && len(x.Args) == 2:
			return g.rt("SumIntFrom").Call(g.iterItems(x.Args[0], g.elemOf(x.Args[0])), g.exprAs(x.Args[1], t)), true, t
		case c.builtin == "sum":
			return g.rt("SumInt").Call(g.iterItems(x.Args[0], t)), true, t
		case c.builtin == "sorted":
			rev := jen.False()
			if k := keyword(x, "reverse"); k != nil {
				rev = g.cond(k.Value)
			}
			items := g.slice(x.Args[0])
			if g.info.TypeOf(x.Args[0]).Kind == check.Str {
				items = jen.Qual("strings", "Split").Call(items, jen.Lit(""))
			}
			if k := keyword(x, "key"); k != nil {
				return g.rt("SortedKey"+g.keyErr(k)).Call(items, g.funcValue(k.Value, g.elemOf(x.Args[0])), rev), true, t
			}
			return g.rt("Sorted").Call(items, rev), true, t
		case c.builtin == "min" || c.builtin == "max":
			return g.minMax(c.builtin, x), true, t
		case c.method == "result":
			return g.expr(c.recv).Dot("Result").Call(), true, t
		case c.module == "asyncio.Semaphore" || c.module == "asyncio.BoundedSemaphore":
			n := jen.Lit(1)
			if len(x.Args) == 1 {
				n = g.expr(x.Args[0])
			}
			return g.rt("New" + c.module[len("asyncio."):]).Call(n), true, t
		case c.module == "asyncio.get_running_loop":
			return g.rt("GetRunningLoop").Call(), true, t
		case c.recv != nil && g.info.TypeOf(c.recv).Kind == check.Queue && c.method == "put_nowait":
			el := g.info.TypeOf(c.recv).Elem
			return g.expr(c.recv).Dot("PutNowait").Call(g.exprAs(x.Args[0], el)), false, t
		case c.recv != nil && g.info.TypeOf(c.recv).Kind == check.Queue && c.method == "get_nowait":
			return g.expr(c.recv).Dot("GetNowait").Call(), true, t
		case c.recv != nil && g.info.TypeOf(c.recv).Kind == check.Queue && c.method == "task_done":
			return g.expr(c.recv).Dot("TaskDone").Call(), false, t
		case c.recv != nil && c.method == "release":
			return g.expr(c.recv).Dot("Release").Call(), false, t
		case c.recv != nil && c.method == "set_result":
			el := g.info.TypeOf(c.recv).Elem
			return g.expr(c.recv).Dot("SetResult").Call(g.exprAs(x.Args[0], el)), false, t
		case c.recv != nil && c.method == "set_exception":
			return g.expr(c.recv).Dot("SetException").Call(g.excValue(x.Args[0])), false, t
		case c.method == "create_task":
			coro := g.coroObject(x.Args[0])
			if k := keyword(x, "name"); k != nil {
				return g.rt("GroupTaskNamed").Call(g.expr(c.recv), coro, g.expr(k.Value)), true, t
			}
			return g.rt("GroupTask").Call(g.expr(c.recv), coro), true, t
		}
	case *ast.FormattedValue:
		val := g.expr(x.Value)
		if vt := g.info.TypeOf(x.Value); vt.Kind == check.Exc && (vt.Class == nil || vt.Class.ExcData() == nil) {
			val = g.rt("OptExc").Call(val)
		}
		switch x.Conversion {
		case 'r':
			val = g.rt("Repr").Call(val)
		case 's':
			val = g.rt("Str").Call(val)
		case 'a':
			val = g.rt("ASCII").Call(val)
		}
		var spec jen.Code = jen.Lit(specText(x.FormatSpec))
		if !constSpecOf(x.FormatSpec) {
			spec = g.fstring(x.FormatSpec) // a spec with replacement fields: {x:{width}}
		}
		return g.rt("Format").Call(val, spec), true, t
	case *ast.BinOp:
		if x.Op == "%" && g.info.TypeOf(x.Left).Kind == check.Str {
			var args jen.Code
			if tup, ok := x.Right.(*ast.Tuple); ok {
				var elts []jen.Code
				for _, a := range tup.Elts {
					elts = append(elts, g.expr(a))
				}
				args = g.rt("Tuple").Values(elts...)
			} else {
				args = g.expr(x.Right)
			}
			return g.rt("PercentFormat").Call(g.expr(x.Left), args), true, t
		}
		return g.raisingBinOp(x), true, t
	case *ast.Compare:
		if code := g.bytesContains(x); code != nil {
			return code, true, t
		}
		return g.dynCompare(x), true, t
	case *ast.UnaryOp:
		return g.rt(map[string]string{"-": "Neg", "+": "Pos", "~": "Invert"}[x.Op]).Call(g.expr(x.Operand)), true, t
	case *ast.Subscript:
		vt := g.info.TypeOf(x.Value)
		if sl, ok := x.Slice.(*ast.Slice); ok {
			fn := "SliceStep"
			if vt.Kind == check.Str {
				fn = "StrSliceStep"
			}
			if vt.Kind == check.TupleOf {
				fn = "TupleSliceStep"
			}
			if vt.Kind == check.Bytes {
				return g.rt("SliceStep").Call(g.expr(x.Value), g.bound(sl.Lower), g.bound(sl.Upper), g.expr(sl.Step)), true, t
			}
			return g.rt(fn).Call(g.slice(x.Value), g.bound(sl.Lower), g.bound(sl.Upper), g.expr(sl.Step)), true, t
		}
		if g.info.TypeOf(x.Slice).Kind == check.Dynamic && !isDyn(vt) {
			// an index known only at run time
			switch vt.Kind {
			case check.Str:
				return g.rt("StrIndexAny").Call(g.expr(x.Value), g.expr(x.Slice)), true, t
			case check.TupleOf, check.AnyTuple:
				return g.rt("TupleIndexAny").Call(g.slice(x.Value), g.expr(x.Slice)), true, t
			case check.List:
				return g.rt("IndexAny").Call(g.slice(x.Value), g.expr(x.Slice)), true, t
			}
		}
		if vt.Kind == check.Str {
			return g.rt("StrIndex").Call(g.expr(x.Value), g.expr(x.Slice)), true, t
		}
		if isDyn(vt) {
			return g.rt("GetItem").Call(g.expr(x.Value), g.expr(x.Slice)), true, t
		}
		if vt.Kind == check.Dict {
			return g.expr(x.Value).Dot("Get").Call(g.convert(g.expr(x.Slice), g.info.TypeOf(x.Slice), vt.Key)), true, t
		}
		if vt.Kind == check.TupleOf || vt.Kind == check.AnyTuple {
			return g.rt("TupleIndex").Call(g.slice(x.Value), g.expr(x.Slice)), true, t
		}
		if vt.Kind == check.Range {
			return g.expr(x.Value).Dot("At").Call(g.expr(x.Slice)), true, t
		}
		if vt.Kind == check.Bytes {
			return g.rt("BytesIndex").Call(g.expr(x.Value), g.expr(x.Slice)), true, t
		}
		return g.rt("Index").Call(g.slice(x.Value), g.expr(x.Slice)), true, t
	}
	g.unsupported(e.Position(), "this expression")
	return nil, false, nil
}

func (g *gen) raisingBinOp(e *ast.BinOp) jen.Code {
	t := g.info.TypeOf(e)
	if t.Kind == check.Dynamic {
		if g.isAugBin(e) {
			// Its TypeError names the augmented operator (+=).
			return g.rt("AugOp").Call(jen.Lit(e.Op), g.expr(e.Left), g.expr(e.Right))
		}
		return g.rt(dynOps[e.Op]).Call(g.expr(e.Left), g.expr(e.Right))
	}
	if t.Kind == check.Float {
		if e.Op == "/" && g.info.TypeOf(e.Left).Kind == check.Int && g.info.TypeOf(e.Right).Kind == check.Int {
			return g.rt("TrueDivInt").Call(g.expr(e.Left), g.expr(e.Right))
		}
		if e.Op == "**" && g.info.TypeOf(e.Left).Kind == check.Int && g.info.TypeOf(e.Right).Kind == check.Int {
			return g.rt("PowIntFloat").Call(g.expr(e.Left), g.expr(e.Right))
		}
		l, r := g.floatExpr(e.Left), g.floatExpr(e.Right)
		switch e.Op {
		case "/":
			return g.rt("TrueDivFloat").Call(l, r)
		case "//":
			return g.rt("FloorDivFloat").Call(l, r)
		case "%":
			return g.rt("ModFloat").Call(l, r)
		case "**":
			return g.rt("PowFloat").Call(l, r)
		}
	}
	l, r := g.expr(e.Left), g.expr(e.Right)
	switch e.Op {
	case "//":
		return g.rt("FloorDivInt").Call(l, r)
	case "%":
		return g.rt("ModInt").Call(l, r)
	case "**":
		return g.rt("PowInt").Call(l, r)
	case "*":
		return g.rt("MulInt").Call(l, r)
	case "+":
		return g.rt("AddInt").Call(l, r)
	case "-":
		return g.rt("SubInt").Call(l, r)
	case "<<":
		return g.rt("LshInt").Call(l, r)
	case ">>":
		return g.rt("RshInt").Call(l, r)
	}
	g.unsupported(e.Pos, "the operator %s here", e.Op)
	return nil
}

// isAugBin reports whether e is the operation of an augmented assignment.
func (g *gen) isAugBin(e *ast.BinOp) bool {
	if g.augBins == nil {
		g.augBins = map[*ast.BinOp]bool{}
		for _, b := range g.info.AugOps {
			g.augBins[b] = true
		}
	}
	return g.augBins[e]
}

func (g *gen) isSysExit(e *ast.Call) bool {
	return g.callee(e).module == "sys.exit"
}

func (g *gen) sysExit(e *ast.Call) *jen.Statement {
	if len(e.Args) == 0 {
		return g.rt("Exit").Call(g.rt("None"))
	}
	return g.rt("Exit").Call(g.expr(e.Args[0]))
}

// construct writes ClassName(args) as NewClassName(args).
func (g *gen) construct(ci *check.ClassInfo, e *ast.Call) *jen.Statement {
	if !ci.Plain {
		return g.excConstruct(ci, e)
	}
	if init := ci.Method("__init__"); init != nil {
		return jen.Id(constructorName(ci)).Call(g.userArgs(init, e)...)
	}
	if !ci.Dataclass {
		return jen.Id(constructorName(ci)).Call()
	}
	var args []jen.Code
	bound := make([]ast.Expr, len(ci.Fields))
	copy(bound, e.Args)
	for _, k := range e.Keywords {
		for i, f := range ci.Fields {
			if f.Name == k.Arg {
				bound[i] = k.Value
			}
		}
	}
	for i, f := range ci.Fields {
		a := bound[i]
		if a == nil {
			a = f.Default
		}
		args = append(args, g.exprAs(a, f.Type))
	}
	return jen.Id(constructorName(ci)).Call(args...)
}

// pow writes pow(a, b) as a ** b would be written, and pow(a, b, m) with
// rt.PowMod.
func (g *gen) pow(e *ast.Call, t *check.Type) jen.Code {
	a, b := e.Args[0], e.Args[1]
	if len(e.Args) == 3 {
		return g.rt("PowMod").Call(g.expr(a), g.expr(b), g.expr(e.Args[2]))
	}
	switch t.Kind {
	case check.Dynamic:
		return g.rt("Pow").Call(g.expr(a), g.expr(b))
	case check.Int:
		return g.rt("PowInt").Call(g.expr(a), g.expr(b))
	}
	if g.info.TypeOf(a).Kind == check.Int && g.info.TypeOf(b).Kind == check.Int {
		return g.rt("PowIntFloat").Call(g.expr(a), g.expr(b))
	}
	return g.rt("PowFloat").Call(g.floatExpr(a), g.floatExpr(b))
}
