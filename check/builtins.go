package check

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// builtinCall types a call of a Python built-in function.
func (c *checker) builtinCall(name string, e *ast.Call) *Type {
	if key, ok := builtinUnsupported[name]; ok {
		c.args(e)
		c.unsupported(e.Pos, key)
		return tUnknown
	}
	if name == "isinstance" || name == "issubclass" {
		if t, ok := c.typeTest(name, e); ok {
			return t
		}
	}
	if name == "object" {
		c.args(e)
		c.errorf(e.Pos, "unsupported: %s()", name)
		return tUnknown
	}
	if name != "print" && name != "sorted" && name != "min" && name != "max" && name != "dict" && name != "enumerate" {
		c.noKeywords(e, name)
	}
	if name == "sum" || name == "any" || name == "all" || name == "min" || name == "max" || name == "list" || name == "sorted" || name == "tuple" {
		// a generator expression argument is allowed here
	} else {
		for _, a := range e.Args {
			if g, ok := a.(*ast.GeneratorExp); ok {
				c.unsupported(g.Pos, "genexp")
			}
		}
	}
	ts := c.args(e)
	for i, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok {
			switch {
			case name == "print" && spreadItems(ts[i]).Kind != Unknown:
				// print(*xs) prints the items.
			case name == "print" && ts[i].Kind == Unknown:
			case name == "zip" && c.info.Unzips[e]:
			case name == "zip" && zipStarElem(e, ts) != nil:
				// zip(*rows): the columns of a list of lists
			default:
				c.unsupported(s.Pos, "star-call")
			}
		}
	}
	switch name {
	case "print":
		for i, a := range e.Args {
			c.noIterRepr(a, ts[i])
		}
		c.noKeywords(e, name, "sep", "end", "flush", "file")
		if k := c.keyword(e, "file"); k != nil {
			if t := c.info.Types[k.Value]; t != nil && t.Kind != Stream && t.Kind != Unknown {
				c.errorf(k.Pos, "unsupported: print(file=) to %s", t)
			}
		}
		return tNone
	case "range":
		if c.wantArgs(e, name, 1, 3) {
			for i, t := range ts {
				if t.Kind != Int && t.Kind != Unknown {
					c.errorf(e.Args[i].Position(), "'%s' object cannot be interpreted as an integer", t)
				}
			}
		}
		if len(ts) == 3 && !nonZeroConst(e.Args[2]) {
			c.markRaises(e)
		}
		return tRange
	case "dict":
		if t, ok := c.dictCall(e, ts); ok {
			return t
		}
		if c.wantArgs(e, name, 0, 0) {
			return dictOf(tUnknown, tUnknown)
		}
	case "set":
		if c.wantArgs(e, name, 0, 1) {
			if len(ts) == 1 {
				return c.setType2(e.Pos, c.elemType(e.Args[0], ts[0]))
			}
			return &Type{Kind: Set, Elem: tUnknown}
		}
	case "len":
		if c.wantArgs(e, name, 1, 1) {
			switch ts[0].Kind {
			case List, Str, Tuple, Dict, Set, Bytes, TaskSet, TupleOf, AnyTuple, Range, Unknown:
			case Dynamic, Int, Float, Bool, None:
				// rt.Len: TypeError for values without a length.
				c.markRaises(e)
			case Callable:
				if n := pyTypeName(ts[0]); n != "" {
					return c.runError(e, "TypeError", "object of type '"+n+"' has no len()")
				}
				c.errorf(e.Pos, "unsupported: len() of %s", ts[0])
			case Instance:
				if ts[0].Class.Method("__len__") == nil {
					return c.runError(e, "TypeError", "object of type '"+ts[0].Class.Name+"' has no len()")
				}
				c.errorf(e.Pos, "unsupported: len() of %s", ts[0])
			default:
				c.errorf(e.Pos, "unsupported: len() of %s", ts[0])
			}
		}
		return tInt
	case "str", "repr":
		for i, a := range e.Args {
			c.noIterRepr(a, ts[i])
		}
		c.wantArgs(e, name, 0, 1)
		return tStr
	case "map", "filter":
		if !c.wantArgs(e, name, 2, 4) {
			return tUnknown
		}
		if name == "filter" && len(ts) != 2 {
			c.errorf(e.Pos, "filter expected 2 arguments, got %d", len(ts))
			return tUnknown
		}
		var elems []*Type
		for i := 1; i < len(ts); i++ {
			elems = append(elems, c.lazyElem(e.Args[i], ts[i]))
		}
		if name == "filter" && ts[0].Kind == None {
			return listOf(elems[0])
		}
		if name == "map" && ts[0].Kind == BuiltinFn && (ts[0].Name == "int" || ts[0].Name == "float") && len(elems) == 1 && elems[0].Kind == Str {
			c.markRaises(e) // rt.MapErr: ValueError for a str that is not a number
			if ts[0].Name == "int" {
				return listOf(tInt)
			}
			return listOf(tFloat)
		}
		if ts[0].Kind == BuiltinFn && len(elems) == 1 {
			r := FuncResult(ts[0], elems[0])
			c.boundGetOver(e.Args[0], e.Args[1])
			if r == nil {
				c.errorf(e.Pos, "unsupported: %s(%s, ...) over %s", name, ts[0].Name, elems[0])
				return tUnknown
			}
			if name == "filter" {
				return listOf(elems[0])
			}
			return listOf(r)
		}
		if ts[0].Kind != Callable {
			if ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "unsupported: %s() of %s", name, ts[0])
			}
			return tUnknown
		}
		f := ts[0].Fn
		if len(f.Params) != len(elems) || f.Class != nil {
			c.errorf(e.Pos, "unsupported: %s() with a function of %d parameters", name, len(f.Params))
			return tUnknown
		}
		f.Called = true
		for i, el := range elems {
			c.setType(&f.Params[i].Type, el)
		}
		if f.Async {
			c.errorf(e.Pos, "unsupported: %s() of a coroutine function", name)
		}
		if f.MayRaise {
			// The loop building the list propagates the function's error.
			c.fnRaises()
		}
		if name == "filter" {
			return listOf(elems[0])
		}
		return listOf(orUnknown(f.Result))
	case "pow":
		return c.powCall(e, ts)
	case "divmod":
		if c.wantArgs(e, name, 2, 2) {
			c.markRaises(e)
			t := join(ts[0], ts[1])
			if ts[0].Kind == Float || ts[1].Kind == Float {
				t = tFloat
			}
			if t.Kind == Dynamic && numericOrDynamic(ts[0]) && numericOrDynamic(ts[1]) {
				return &Type{Kind: AnyTuple} // rt.DivMod: big ints
			}
			if t.Kind != Int && t.Kind != Float {
				c.errorf(e.Pos, "unsupported: divmod() of %s", t)
				return tUnknown
			}
			return &Type{Kind: Tuple, Elems: []*Type{t, t}}
		}
	case "int", "float":
		max := 1
		if name == "int" {
			max = 2
		}
		if c.wantArgs(e, name, 0, max) && len(ts) >= 1 && ts[0].Kind == Str {
			c.markRaises(e)
		}
		if name == "int" && len(ts) == 1 && ts[0].Kind == Float {
			if t := c.floatConstToInt(e, e.Args[0]); t != nil {
				return t
			}
			c.markRaises(e) // rt.FloatToInt: inf, nan and beyond 64 bits raise
		}
		if name == "int" {
			return tInt
		}
		return tFloat
	case "bool":
		c.wantArgs(e, name, 0, 1)
		return tBool
	case "bin", "hex", "oct":
		if c.wantArgs(e, name, 1, 1) && ts[0].Kind != Int && ts[0].Kind != Unknown && ts[0].Kind != Bool {
			if n := pyTypeName(ts[0]); n != "" && ts[0].Kind != Dynamic {
				return c.runError(e, "TypeError", "'"+n+"' object cannot be interpreted as an integer")
			}
			c.errorf(e.Pos, "'%s' object cannot be interpreted as an integer", ts[0])
		}
		return tStr
	case "format":
		if c.wantArgs(e, name, 1, 2) && len(ts) == 2 && ts[1].Kind != Str && ts[1].Kind != Unknown {
			if n := pyTypeName(ts[1]); n != "" {
				return c.runError(e, "TypeError", "format() argument 2 must be str, not "+n)
			}
			c.errorf(e.Args[1].Position(), "format() argument 2 must be str, not %s", ts[1])
		}
		c.markRaises(e) // rt.Format: ValueError for a bad spec
		return tStr
	case "ord", "chr":
		want := tStr
		if name == "chr" {
			want = tInt
		}
		if c.wantArgs(e, name, 1, 1) && ts[0].Kind != want.Kind && ts[0].Kind != Unknown && !(name == "chr" && ts[0].Kind == Bool) {
			if n := pyTypeName(ts[0]); n != "" && ts[0].Kind != Dynamic {
				msg := "ord() expected string of length 1, but " + n + " found"
				if name == "chr" {
					msg = "'" + n + "' object cannot be interpreted as an integer"
				}
				return c.runError(e, "TypeError", msg)
			}
			c.errorf(e.Pos, "unsupported: %s() of %s", name, ts[0])
		}
		c.markRaises(e) // ord: TypeError for a length other than 1; chr: ValueError out of range
		if name == "ord" {
			return tInt
		}
		return tStr
	case "abs":
		if c.wantArgs(e, name, 1, 1) {
			if n := pyTypeName(ts[0]); n != "" && !numericOrDynamic(ts[0]) {
				return c.runError(e, "TypeError", "bad operand type for abs(): '"+n+"'")
			}
			if ts[0].Kind == Int || ts[0].Kind == Dynamic {
				c.markRaises(e) // rt.AbsInt, rt.Abs
			}
			if ts[0].Kind == Bool {
				return tInt
			}
			return ts[0]
		}
	case "sum":
		return c.sum(e, ts)
	case "min", "max":
		return c.minMax(name, e, ts)
	case "any", "all":
		if c.wantArgs(e, name, 1, 1) && ts[0].Kind == Iterator {
			c.fnRaises() // rt.IterAny takes items until one decides
		}
		return tBool
	case "tuple":
		return c.tupleCall(e, ts)
	case "bytes":
		return c.bytesCall(e, ts)
	case "list", "sorted", "reversed":
		if name == "list" && len(e.Args) == 0 && len(e.Keywords) == 0 {
			return listOf(tUnknown)
		}
		if name == "sorted" {
			c.noKeywords(e, name, "reverse", "key")
			c.markRaises(e)
		}
		if c.wantArgs(e, name, 1, 1) {
			if name == "list" && (ts[0].Kind == Generator || ts[0].Kind == Iterator) {
				el := c.iterElem(e.Args[0], ts[0], false)
				if ts[0].Kind == Iterator || ts[0].Fn.MayRaise {
					c.markRaises(e)
				}
				return listOf(el)
			}
			el := c.elemType(e.Args[0], ts[0])
			if name == "reversed" {
				el = c.lazyElem(e.Args[0], ts[0])
			}
			if name == "sorted" {
				c.keyFunc(e, el)
			}
			if name == "list" && ts[0].Kind == Range && RangeCall(e.Args[0]) {
				c.markRaises(e) // rt.Range: a zero step raises
			}
			return listOf(el)
		}
	case "enumerate":
		c.noKeywords(e, name, "start")
		start := c.keyword(e, "start")
		if start != nil && len(ts) == 2 {
			c.errorf(start.Pos, "argument for enumerate() given by name ('start') and position (2)")
		}
		if len(ts) == 2 && ts[1].Kind != Int && ts[1].Kind != Unknown && ts[1].Kind != Bool {
			if n := pyTypeName(ts[1]); n != "" {
				return c.runError(e, "TypeError", "'"+n+"' object cannot be interpreted as an integer")
			}
			c.errorf(e.Args[1].Position(), "'%s' object cannot be interpreted as an integer", ts[1])
		}
		if start != nil {
			if st := c.info.Types[start.Value]; st != nil && st.Kind != Int && st.Kind != Unknown && st.Kind != Bool {
				if n := pyTypeName(st); n != "" {
					return c.runError(e, "TypeError", "'"+n+"' object cannot be interpreted as an integer")
				}
				c.errorf(start.Value.Position(), "'%s' object cannot be interpreted as an integer", st)
			}
		}
		if c.wantArgs(e, name, 1, 2) {
			return listOf(&Type{Kind: Tuple, Elems: []*Type{tInt, c.lazyElem(e.Args[0], ts[0])}})
		}
	case "zip":
		if c.info.Unzips[e] {
			return c.unzip(e, ts[0])
		}
		if el := zipStarElem(e, ts); el != nil {
			return listOf(&Type{Kind: TupleOf, Elem: el})
		}
		if c.wantArgs(e, name, 0, 4) {
			tt := &Type{Kind: Tuple}
			for i, t := range ts {
				tt.Elems = append(tt.Elems, c.lazyElem(e.Args[i], t))
			}
			return listOf(tt)
		}
	case "type":
		if c.wantArgs(e, name, 1, 1) {
			return &Type{Kind: TypeObj, Elem: ts[0]}
		}
	case "round":
		if c.wantArgs(e, name, 1, 2) {
			if n := pyTypeName(ts[0]); n != "" && !numericOrDynamic(ts[0]) {
				return c.runError(e, "TypeError", "type "+n+" doesn't define __round__ method")
			}
			c.markRaises(e)
			if len(ts) == 1 || ts[0].Kind == Int {
				return tInt
			}
			return tFloat
		}
	case "issubclass":
		if c.wantArgs(e, name, 2, 2) && !IsSubclassStatic(ts[0], ts[1]) && (ts[0].Kind != Class || ts[0].Class.Plain || ts[1].Kind != Class || ts[1].Class.Plain) {
			c.errorf(e.Pos, "unsupported: issubclass() of %s and %s", ts[0], ts[1])
		}
		return tBool
	case "isinstance":
		if c.wantArgs(e, name, 2, 2) {
			if ts[0].Kind != Exc && ts[0].Kind != Unknown && !typeNames(e.Args[1]) && asyncClass(ts[1]) == "" {
				c.errorf(e.Pos, "unsupported: isinstance() of %s", ts[0])
			}
		}
		return tBool
	}
	return tUnknown
}

// numericOrDynamic reports whether t is a number or a dynamic value (a
// big int).
func numericOrDynamic(t *Type) bool {
	switch t.Kind {
	case Int, Float, Bool, Dynamic:
		return true
	}
	return false
}

// sum types sum(iterable) and sum(iterable, start): numbers, or lists
// concatenated onto a list start.
func (c *checker) sum(e *ast.Call, ts []*Type) *Type {
	if len(ts) == 1 && ts[0].Kind == List && ts[0].Elem.Kind == Dynamic {
		c.markRaises(e) // rt.Sum with Add's rules
		return tDynamic
	}
	if !c.wantArgs(e, "sum", 1, 2) {
		return tUnknown
	}
	if l, ok := e.Args[0].(*ast.List); ok && len(l.Elts) == 0 {
		el := tInt
		if len(ts) == 2 && ts[1].Kind != Unknown {
			el = ts[1]
		}
		c.info.Types[l] = listOf(el) // sum([]) is 0, sum([], start) is start
		ts[0] = c.info.Types[l]
	}
	if len(ts) == 2 && ts[1].Kind == List {
		el := c.elemType(e.Args[0], ts[0])
		if el.Kind != List || !join(el, ts[1]).Equal(ts[1]) && ts[1].Elem.Kind != Unknown {
			c.errorf(e.Pos, "unsupported: sum() of %s onto %s", el, ts[1])
			return tUnknown
		}
		if ts[1].Elem.Kind == Unknown {
			c.info.Types[e.Args[1]] = el // sum(lists, []) starts from an empty list of the same type
			return el
		}
		return ts[1]
	}
	el := c.numericElem(e.Args[0], ts[0])
	if len(ts) == 2 {
		switch ts[1].Kind {
		case Int, Float, Bool, Unknown:
		default:
			c.errorf(e.Args[1].Position(), "unsupported: sum() with a start of %s", ts[1])
			return tUnknown
		}
		if el.Kind == Float || el.Kind == Unknown {
			return tFloat // rt.SumFloatFrom
		}
		if ts[1].Kind != Int && ts[1].Kind != Unknown || el.Kind != Int {
			c.errorf(e.Pos, "unsupported: sum() of %s from %s", el, ts[1])
			return tUnknown
		}
	}
	if _, gen := e.Args[0].(*ast.GeneratorExp); (!gen || len(ts) == 2) && el.Kind == Int {
		c.markRaises(e) // rt.SumInt reports overflow
	}
	if el.Kind == Bool {
		return tInt
	}
	return el
}

// minMax types min() and max(): over one iterable (with key= and
// default=) or over several arguments (with key=).
func (c *checker) minMax(name string, e *ast.Call, ts []*Type) *Type {
	c.noKeywords(e, name, "key", "default")
	def := c.keyword(e, "default")
	if len(ts) == 1 {
		c.markRaises(e) // empty sequence, or elements that do not compare
		var el *Type
		if c.keyword(e, "key") != nil {
			el = c.elemType(e.Args[0], ts[0]) // the keys are compared
		} else {
			el = c.orderedElem(e.Args[0], ts[0])
		}
		c.keyFunc(e, el)
		if def != nil {
			dt := c.info.Types[def.Value]
			switch {
			case dt == nil:
			case el.Kind == Unknown:
				el = dt
				if l, ok := e.Args[0].(*ast.List); ok && len(l.Elts) == 0 {
					c.info.Types[l] = listOf(dt) // min([], default=0) is over []int
				}
			case !join(el, dt).Equal(el):
				c.errorf(def.Pos, "unsupported: %s() default= of %s over %s", name, dt, el)
			}
		}
		return el
	}
	if def != nil {
		c.errorf(def.Pos, "Cannot specify a default for %s() with multiple positional arguments", name)
		return tUnknown
	}
	if !c.wantArgs(e, name, 1, 8) {
		return tUnknown
	}
	var t *Type
	for _, x := range ts {
		t = join(t, x)
	}
	if !orderedKind(t) && c.keyword(e, "key") == nil {
		c.errorf(e.Pos, "unsupported: %s() of %s", name, t)
	}
	if c.keyword(e, "key") != nil || (t.Kind != Int && t.Kind != Float && t.Kind != Str) {
		c.markRaises(e) // rt.MinOf: comparisons that can fail
		c.keyFunc(e, t)
	}
	return t
}

// orderedElem is the element type of an iterable that min/max compare.
func (c *checker) orderedElem(arg ast.Expr, t *Type) *Type {
	el := c.elemType(arg, t)
	if !orderedKind(el) {
		c.errorf(arg.Position(), "unsupported: min/max over %s", el)
	}
	return el
}

// orderedKind reports whether values of type t compare with < as Python
// does in the runtime.
func orderedKind(t *Type) bool {
	switch t.Kind {
	case Int, Float, Bool, Str, Bytes, Unknown, Dynamic:
		return true
	case Instance:
		return t.Class.Order
	case List:
		return orderedKind(t.Elem)
	case Tuple:
		for _, x := range t.Elems {
			if !orderedKind(x) {
				return false
			}
		}
		return true
	}
	return false
}

// keyFunc types the key= function of sorted/min/max: its parameter takes
// the element type.
func (c *checker) keyFunc(e *ast.Call, el *Type) {
	k := c.keyword(e, "key")
	if k == nil {
		return
	}
	t := c.info.Types[k.Value]
	if t != nil && t.Kind == BuiltinFn {
		if len(e.Args) == 1 {
			c.boundGetOver(k.Value, e.Args[0])
		} else if t.Name == "dict.get" {
			c.errorf(k.Pos, "unsupported: d.get as a function over values other than the keys of d")
		}
		if FuncResult(t, el) == nil {
			c.errorf(k.Pos, "unsupported: key=%s over %s", t.Name, el)
		}
		return
	}
	if t == nil || t.Kind != Callable {
		if t != nil && t.Kind != Unknown {
			c.errorf(k.Pos, "unsupported: key= that is not a function")
		}
		return
	}
	f := t.Fn
	if len(f.Params) != 1 {
		c.errorf(k.Pos, "unsupported: a key function without exactly one parameter")
		return
	}
	f.Called = true
	c.setType(&f.Params[0].Type, el)
	if f.Async {
		c.errorf(k.Pos, "unsupported: a coroutine function as key")
	}
	// A key that can raise is rt's SortKeyErr, MaxKeyErr, ...
}

func (c *checker) numericElem(arg ast.Expr, t *Type) *Type {
	el := c.elemType(arg, t)
	switch el.Kind {
	case Int, Float, Bool, Unknown:
	default:
		c.errorf(arg.Position(), "unsupported: sum/min/max over %s", el)
	}
	return el
}

// moduleCall types a call of a module function, named "module.attr".
func (c *checker) moduleCall(name string, e *ast.Call) *Type {
	if t, ok := c.asyncModuleCall(name, e); ok {
		return t
	}
	switch name {
	case "asyncio.to_thread":
		return c.toThread(e)
	case "asyncio.create_task":
		c.noKeywords(e, "create_task", "name")
	case "asyncio.Queue":
		c.noKeywords(e, "Queue", "maxsize")
	case "asyncio.gather":
		c.noKeywords(e, "gather")
	case "asyncio.wait_for":
		c.noKeywords(e, "wait_for", "timeout")
	case "asyncio.sleep":
		c.noKeywords(e, "sleep", "result")
	case "asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec":
		c.noKeywords(e, name[len("asyncio."):])
	default:
		c.noKeywords(e, name)
	}
	ts := c.args(e)
	short := name
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			short = name[i+1:]
			break
		}
	}
	for _, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok && name != "asyncio.gather" && name != "asyncio.create_subprocess_exec" {
			c.unsupported(s.Pos, "star-call")
		}
	}
	awaitable := func(i int) *Type {
		if i >= len(ts) {
			return tUnknown
		}
		if ts[i].Kind == Unknown {
			return tUnknown
		}
		if !ts[i].IsAwaitable() {
			c.errorf(e.Args[i].Position(), "%s() needs an awaitable, not %s", short, ts[i])
			return tUnknown
		}
		return ts[i].Elem
	}
	number := func(i int) {
		if i < len(ts) && ts[i].Kind != Int && ts[i].Kind != Float && ts[i].Kind != Unknown && (ts[i].Kind != Dynamic || name != "asyncio.sleep") {
			c.errorf(e.Args[i].Position(), "%s() needs a number, not %s", short, ts[i])
		}
	}
	switch name {
	case "asyncio.run":
		c.markRaises(e)
		if c.wantArgs(e, short, 1, 1) {
			if ts[0].Kind != Coro && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "a coroutine was expected, got %s", ts[0])
			}
			return awaitable(0)
		}
	case "asyncio.sleep":
		if k := c.keyword(e, "result"); k != nil && len(e.Args) == 1 {
			// sleep(d, result=v) is sleep(d, v)
			number(0)
			return coroOf(c.info.TypeOf(k.Value))
		}
		if c.wantArgs(e, short, 1, 2) {
			number(0)
			if len(ts) == 2 {
				return coroOf(ts[1])
			}
		}
		return coroOf(tNone)
	case "asyncio.create_task":
		if c.wantArgs(e, short, 1, 1) {
			if ts[0].Kind != Coro && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "a coroutine was expected, got %s", ts[0])
			}
			return taskOf(awaitable(0))
		}
	case "asyncio.gather":
		var el *Type
		for i, a := range e.Args {
			if _, ok := a.(*ast.Starred); ok {
				if ts[i].Kind == List && ts[i].Elem.Kind != Unknown {
					if !ts[i].Elem.IsAwaitable() {
						c.errorf(a.Position(), "gather() needs awaitables, not %s", ts[i].Elem)
						continue
					}
					el = join(el, ts[i].Elem.Elem)
				} else if ts[i].Kind != List && ts[i].Kind != Unknown {
					c.errorf(a.Position(), "unsupported: *%s in gather()", ts[i])
				}
				continue
			}
			el = join(el, awaitable(i))
		}
		if el == nil && len(e.Args) == 0 {
			el = tNone
		}
		if el != nil && el.Kind == Dynamic {
			for _, a := range e.Args {
				if _, ok := a.(*ast.Starred); ok {
					c.errorf(e.Pos, "unsupported: gather() of awaitables with different result types")
				}
			}
		}
		return futureOf(listOf(orUnknown(el)))
	case "asyncio.shield":
		if c.wantArgs(e, short, 1, 1) {
			return futureOf(awaitable(0))
		}
	case "asyncio.wait_for":
		if k := c.keyword(e, "timeout"); k != nil && len(e.Args) == 1 {
			if t := c.info.Types[k.Value]; t != nil && t.Kind != Int && t.Kind != Float {
				c.errorf(e.Pos, "unsupported: wait_for() without a numeric timeout")
			}
			return coroOf(awaitable(0))
		}
		if c.wantArgs(e, short, 2, 2) {
			number(1)
			if ts[1].Kind == None {
				c.errorf(e.Pos, "unsupported: wait_for() without a timeout")
			}
			return coroOf(awaitable(0))
		}
	case "asyncio.current_task":
		c.wantArgs(e, short, 0, 0)
		return tAnyTask
	case "asyncio.all_tasks":
		c.wantArgs(e, short, 0, 0)
		return tTaskSet
	case "asyncio.TaskGroup":
		c.wantArgs(e, short, 0, 0)
		return tGroup
	case "asyncio.timeout":
		if c.wantArgs(e, short, 1, 1) {
			number(0)
		}
		return tTimeout
	case "asyncio.create_subprocess_shell":
		if c.wantArgs(e, short, 1, 1) && ts[0].Kind != Str && ts[0].Kind != Unknown {
			c.errorf(e.Pos, "create_subprocess_shell() needs a str command")
		}
		return coroOf(tProcess)
	case "asyncio.create_subprocess_exec":
		if c.wantArgs(e, short, 1, 64) {
			for i, t := range ts {
				el := t
				if _, ok := e.Args[i].(*ast.Starred); ok && (t.Kind == List || t.Kind == TupleOf) {
					el = t.Elem
				}
				if el.Kind != Str && el.Kind != Unknown {
					c.errorf(e.Args[i].Position(), "create_subprocess_exec() needs str arguments")
				}
			}
		}
		return coroOf(tProcess)
	case "asyncio.Queue":
		c.wantArgs(e, short, 0, 1)
		return &Type{Kind: Queue, Elem: tUnknown}
	case "asyncio.Lock":
		c.wantArgs(e, short, 0, 0)
		return &Type{Kind: Lock}
	case "asyncio.Event":
		c.wantArgs(e, short, 0, 0)
		return &Type{Kind: Event}
	case "asyncio.Semaphore", "asyncio.BoundedSemaphore":
		c.wantArgs(e, short, 0, 1)
		c.markRaises(e)
		return &Type{Kind: Semaphore}
	case "asyncio.get_running_loop":
		c.wantArgs(e, short, 0, 0)
		c.markRaises(e)
		return &Type{Kind: Loop}
	case "time.sleep":
		if c.wantArgs(e, short, 1, 1) {
			number(0)
		}
		return tNone
	case "time.time", "time.monotonic", "time.perf_counter":
		c.wantArgs(e, short, 0, 0)
		return tFloat
	case "threading.get_ident":
		c.wantArgs(e, short, 0, 0)
		return tInt
	case "datetime.datetime.now":
		c.wantArgs(e, short, 0, 0)
		return tDateTime
	case "os.getenv":
		if c.wantArgs(e, short, 1, 2) {
			for i, a := range e.Args {
				if t := c.info.TypeOf(a); t.Kind != Str && t.Kind != Unknown && (i == 0 || t.Kind != None) {
					c.errorf(a.Position(), "unsupported: os.getenv() of %s", t)
				}
			}
			if len(e.Args) == 2 && c.info.TypeOf(e.Args[1]).Kind == Str {
				return tStr
			}
			return tDynamic // the value or None
		}
	case "sys.exit":
		c.wantArgs(e, short, 0, 1)
		c.markRaises(e)
		return tNone
	default:
		c.errorf(e.Pos, "unsupported: %s()", name)
	}
	return tUnknown
}

// toThread types asyncio.to_thread(f, args...): the call f(args...) runs
// on a worker thread. The synthetic call is kept in Info.ThreadCalls.
func (c *checker) toThread(e *ast.Call) *Type {
	if len(e.Args) == 0 {
		c.errorf(e.Pos, "to_thread() missing 1 required positional argument: 'func'")
		return tUnknown
	}
	inner := c.info.ThreadCalls[e]
	if inner == nil {
		inner = &ast.Call{Pos: e.Pos, Func: e.Args[0], Args: e.Args[1:], Keywords: e.Keywords}
		c.info.ThreadCalls[e] = inner
	}
	if ft := c.funcType(e.Args[0]); ft != nil && ft.Kind == Callable && ft.Fn.Async {
		c.errorf(e.Pos, "unsupported: to_thread() of an async function")
	}
	t := c.expr(inner)
	return coroOf(t)
}

func (c *checker) funcType(e ast.Expr) *Type {
	if n, ok := e.(*ast.Name); ok {
		if v := c.resolve(n.ID); v != nil {
			return v.Type
		}
	}
	return nil
}

// sharedIfParam marks a list parameter that the function mutates as
// shared: the caller's list must see the change.
func (c *checker) sharedIfParam(e ast.Expr) {
	n, ok := e.(*ast.Name)
	if !ok {
		return
	}
	if v := c.info.Uses[n]; v != nil && v.Kind == Param && v.Type.Kind == List {
		c.setVarType(v, shared(v.Type))
	}
}

// refine joins t into the type of the variable e names.
func (c *checker) refine(e ast.Expr, t *Type) {
	switch x := e.(type) {
	case *ast.Call:
		// d.setdefault(k, []).append(v): the dict's values.
		if a, ok := x.Func.(*ast.Attribute); ok && a.Attr == "setdefault" {
			if dt := c.info.TypeOf(a.Value); dt.Kind == Dict {
				c.refine(a.Value, dictOf(dt.Key, t))
			}
		}
	case *ast.Name:
		if v := c.info.Uses[x]; v != nil && v.Kind != CompVar {
			c.setVarType(v, t)
		}
	case *ast.Attribute:
		if ot := c.info.TypeOf(x.Value); ot.Kind == Instance || ot.Kind == Class && ot.Class.Plain {
			if f := ot.Class.Field(x.Attr); f != nil {
				c.setType(&f.Type, t)
			} else if a := ot.Class.Attr(x.Attr); a != nil {
				c.setType(&a.Type, t)
			}
		}
	}
}

// methodCall types recv.attr(args...).
func (c *checker) methodCall(recv *Type, fn *ast.Attribute, e *ast.Call) *Type {
	attr := fn.Attr
	if _, isName := fn.Value.(*ast.Name); isName && recv.Kind == Dynamic && strMethod(attr) {
		// A str method of a dynamic value (after an isinstance test).
		recv = tStr
		c.info.Types[fn.Value] = recv
		c.info.Asserts[fn.Value] = true
	}
	if recv.Kind == Instance || (recv.Kind == Class && recv.Class.Plain) {
		if m := recv.Class.Method(attr); m != nil && !m.Property && !strings.HasPrefix(attr, "__") {
			if recv.Kind == Class && !m.Static && !m.ClassMethod {
				c.args(e)
				c.errorf(e.Pos, "unsupported: calling a method through its class")
				return tUnknown
			}
			return c.userCall(m, e)
		}
		c.args(e)
		if recv.Kind == Instance {
			return c.missingMethod(fn, e, c.missingAttr(fn, "'"+recv.Class.Name+"' object has no attribute '"+attr+"'"))
		}
		c.errorf(fn.Pos, "type object '%s' has no attribute '%s'", recv.Class.Name, attr)
		return tUnknown
	}
	if recv.Kind == Dynamic {
		if t, ok := c.duckCall(fn, e); ok {
			return t
		}
		if t, ok := c.dynDictMethod(attr, e); ok {
			return t
		}
	}
	if (recv.Kind == Tuple || recv.Kind == TupleOf) && (attr == "count" || attr == "index") {
		return c.tupleMethod(recv, fn, e)
	}
	if recv.Kind == List {
		switch attr {
		case "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse":
			c.sharedIfParam(fn.Value)
			c.sharedItem(fn.Value, recv)
		}
	}
	if recv.Kind == List && attr == "append" {
		ts := c.args(e)
		if c.wantArgs(e, "append", 1, 1) {
			c.refine(fn.Value, listOf(ts[0]))
		}
		return tNone
	}
	if recv.Kind == Dict && attr == "update" && len(e.Keywords) > 0 && len(e.Args) == 0 {
		return c.dictUpdateKeywords(fn, e)
	}
	ts := c.args(e)
	if recv.Kind == Bytes {
		if t, ok := c.bytesMethod(fn, e, ts); ok {
			return t
		}
	}
	if t, ok := c.asyncMethod(recv, fn, e, ts); ok {
		return t
	}
	if recv.Kind == List && attr == "sort" {
		c.noKeywords(e, attr, "key", "reverse")
		c.wantArgs(e, attr, 0, 0)
		c.keyFunc(e, recv.Elem)
		c.markRaises(e)
		return tNone
	}
	if recv.Kind == DateTime || recv.Kind == TimeDelta {
		return c.dateTimeMethod(recv, attr, e)
	}
	if recv.Kind == Str && attr == "format" {
		c.formatArgs(e)
		c.markRaises(e)
		return tStr
	}
	c.noKeywords(e, attr, "name")
	if t, ok := c.floatMethod(recv, attr, e); ok {
		return t
	}
	switch recv.Kind {
	case Task, Future, AnyTask:
		switch attr {
		case "set_result":
			if recv.Kind == Future && c.wantArgs(e, attr, 1, 1) {
				c.refine(fn.Value, futureOf(ts[0]))
				c.markRaises(e)
				return tNone
			}
		case "set_exception":
			if recv.Kind == Future && c.wantArgs(e, attr, 1, 1) {
				c.markRaises(e)
				return tNone
			}
		case "cancel":
			c.wantArgs(e, attr, 0, 1)
			return tBool
		case "cancelled", "done":
			c.wantArgs(e, attr, 0, 0)
			return tBool
		case "result":
			if recv.Kind != AnyTask {
				c.wantArgs(e, attr, 0, 0)
				c.markRaises(e)
				return recv.Elem
			}
		case "get_name":
			if recv.Kind != Future {
				c.wantArgs(e, attr, 0, 0)
				return tStr
			}
		case "set_name":
			if recv.Kind == Task && c.wantArgs(e, attr, 1, 1) {
				return tNone
			}
		}
	case Queue:
		switch attr {
		case "put", "put_nowait":
			if c.wantArgs(e, attr, 1, 1) {
				c.refine(fn.Value, &Type{Kind: Queue, Elem: ts[0]})
			}
			if attr == "put" {
				return coroOf(tNone)
			}
			c.markRaises(e)
			return tNone
		case "get":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(recv.Elem)
		case "get_nowait":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return recv.Elem
		case "qsize":
			c.wantArgs(e, attr, 0, 0)
			return tInt
		case "empty", "full":
			c.wantArgs(e, attr, 0, 0)
			return tBool
		case "task_done":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tNone
		case "join":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tNone)
		}
	case Lock, Semaphore:
		switch attr {
		case "acquire":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tBool)
		case "release":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tNone
		case "locked":
			c.wantArgs(e, attr, 0, 0)
			return tBool
		}
	case Event:
		switch attr {
		case "set", "clear":
			c.wantArgs(e, attr, 0, 0)
			return tNone
		case "is_set":
			c.wantArgs(e, attr, 0, 0)
			return tBool
		case "wait":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tBool)
		}
	case Loop:
		switch attr {
		case "time":
			c.wantArgs(e, attr, 0, 0)
			return tFloat
		case "create_future":
			c.wantArgs(e, attr, 0, 0)
			return futureOf(tUnknown)
		}
	case TaskGroup:
		if attr == "create_task" && c.wantArgs(e, attr, 1, 1) {
			if ts[0].Kind != Coro && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "a coroutine was expected, got %s", ts[0])
			}
			c.markRaises(e) // RuntimeError when the group is closed
			if ts[0].Kind == Unknown {
				return taskOf(tUnknown)
			}
			return taskOf(ts[0].Elem)
		}
	case Process:
		if attr == "wait" && c.wantArgs(e, attr, 0, 0) {
			return coroOf(tInt)
		}
	case Set:
		switch attr {
		case "add", "discard":
			if c.wantArgs(e, attr, 1, 1) {
				c.refine(fn.Value, &Type{Kind: Set, Elem: ts[0]})
			}
			return tNone
		case "remove":
			c.wantArgs(e, attr, 1, 1)
			c.markRaises(e)
			return tNone
		case "clear":
			c.wantArgs(e, attr, 0, 0)
			return tNone
		case "copy":
			c.wantArgs(e, attr, 0, 0)
			return recv
		case "union", "intersection", "difference", "symmetric_difference":
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Set && ts[0].Kind != List && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "unsupported: %s() of %s", attr, ts[0])
			}
			return recv
		case "isdisjoint", "issubset", "issuperset":
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Set && ts[0].Kind != List && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "unsupported: %s() of %s", attr, ts[0])
			}
			return tBool
		case "pop":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e) // KeyError for an empty set
			return recv.Elem
		}
	case Dict:
		switch attr {
		case "get":
			if c.wantArgs(e, attr, 1, 2) {
				if len(ts) == 1 {
					return tDynamic // the value or None
				}
				return join(recv.Elem, ts[1])
			}
		case "popitem":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e) // KeyError for an empty dict
			return &Type{Kind: Tuple, Elems: []*Type{recv.Key, recv.Elem}}
		case "items":
			c.wantArgs(e, attr, 0, 0)
			return listOf(&Type{Kind: Tuple, Elems: []*Type{recv.Key, recv.Elem}})
		case "keys":
			c.wantArgs(e, attr, 0, 0)
			return listOf(recv.Key)
		case "values":
			c.wantArgs(e, attr, 0, 0)
			return listOf(recv.Elem)
		case "pop":
			if c.wantArgs(e, attr, 1, 2) && len(ts) == 1 {
				c.markRaises(e)
			}
			return recv.Elem
		case "setdefault":
			if c.wantArgs(e, attr, 2, 2) {
				c.refine(fn.Value, dictOf(ts[0], ts[1]))
			}
			return recv.Elem
		case "update":
			c.wantArgs(e, attr, 1, 1)
			if len(ts) == 1 && ts[0].Kind == Dict {
				c.refine(fn.Value, ts[0])
			}
			return tNone
		case "clear":
			c.wantArgs(e, attr, 0, 0)
			return tNone
		case "copy":
			c.wantArgs(e, attr, 0, 0)
			return recv
		}
	case Str:
		switch attr {
		case "upper", "lower", "title", "capitalize", "swapcase":
			c.wantArgs(e, attr, 0, 0)
			return tStr
		case "strip", "lstrip", "rstrip":
			if c.wantArgs(e, attr, 0, 1) && len(ts) == 1 && ts[0].Kind != Str && ts[0].Kind != Unknown {
				c.errorf(e.Pos, "unsupported: %s() of %s", attr, ts[0])
			}
			return tStr
		case "startswith", "endswith":
			if c.wantArgs(e, attr, 1, 2) {
				if len(ts) == 2 && ts[1].Kind != Int && ts[1].Kind != Unknown {
					c.errorf(e.Pos, "unsupported: %s() with a start of %s", attr, ts[1])
				}
				if tup, ok := e.Args[0].(*ast.Tuple); ok {
					for i, x := range tup.Elts {
						if ts[0].Elems[i].Kind != Str {
							c.errorf(x.Position(), "unsupported: %s() of %s", attr, ts[0])
						}
					}
				} else if ts[0].Kind != Str && ts[0].Kind != Unknown {
					c.errorf(e.Pos, "unsupported: %s() of %s", attr, ts[0])
				}
			}
			return tBool
		case "removeprefix", "removesuffix":
			c.wantArgs(e, attr, 1, 1)
			return tStr
		case "zfill":
			c.wantArgs(e, attr, 1, 1)
			return tStr
		case "center", "ljust", "rjust":
			if c.wantArgs(e, attr, 1, 2) && len(e.Args) == 2 {
				if k, ok := e.Args[1].(*ast.Constant); !ok || k.Kind != ast.ConstStr || len([]rune(k.Value.(string))) != 1 {
					c.errorf(e.Args[1].Position(), "unsupported: a fill character that is not a one-character constant")
				}
			}
			return tStr
		case "partition", "rpartition":
			c.wantArgs(e, attr, 1, 1)
			c.markRaises(e) // ValueError: empty separator
			return &Type{Kind: Tuple, Elems: []*Type{tStr, tStr, tStr}}
		case "join":
			if len(e.Args) != 1 {
				c.wantArgs(e, attr, 1, 1)
				return tStr
			}
			if l, ok := e.Args[0].(*ast.List); ok && len(l.Elts) == 0 {
				// sep.join([]): the empty list holds strings.
				ts[0] = listOf(tStr)
				c.info.Types[l] = ts[0]
			}
			if !c.wantArgs(e, attr, 1, 1) || ts[0].Kind == Unknown {
				return tStr
			}
			switch ts[0].Kind {
			case Int, Float, Bool, None, Callable:
				if pyTypeName(ts[0]) != "" {
					return c.runError(e, "TypeError", "can only join an iterable")
				}
			}
			if el := c.elemType(e.Args[0], ts[0]); el.Kind != Str {
				if el.Kind == Dynamic || builtinTypeName(el) != "" {
					c.markRaises(e) // rt.JoinItems: TypeError for an item that is not a str
				} else {
					c.errorf(e.Pos, "unsupported: join() of %s", ts[0])
				}
			}
			return tStr
		case "split", "rsplit":
			if c.wantArgs(e, attr, 0, 2) && len(ts) >= 1 {
				if _, none := e.Args[0].(*ast.Constant); none && ts[0].Kind == None {
					c.errorf(e.Pos, "unsupported: %s(None, ...)", attr)
				}
				c.markRaises(e)
			}
			return listOf(tStr)
		case "replace":
			c.wantArgs(e, attr, 2, 3)
			return tStr
		case "rfind":
			c.wantArgs(e, attr, 1, 3)
			return tInt
		case "index", "rindex":
			c.wantArgs(e, attr, 1, 1)
			c.markRaises(e)
			return tInt
		case "format":
			c.markRaises(e)
			return tStr
		case "find", "count":
			c.wantArgs(e, attr, 1, 3)
			return tInt
		case "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum", "isdecimal", "isnumeric":
			c.wantArgs(e, attr, 0, 0)
			return tBool
		}
	case List:
		switch attr {
		case "pop":
			if c.wantArgs(e, attr, 0, 1) {
				c.markRaises(e)
				if l, ok := fn.Value.(*ast.List); ok && len(l.Elts) == 0 {
					c.info.Types[l] = listOf(tDynamic) // [].pop() raises IndexError
					return tDynamic
				}
				return recv.Elem
			}
		case "index":
			if c.wantArgs(e, attr, 1, 2) {
				c.markRaises(e)
				return tInt
			}
		case "remove":
			if c.wantArgs(e, attr, 1, 1) {
				switch fn.Value.(type) {
				case *ast.Name, *ast.Attribute, *ast.List:
				default:
					c.errorf(e.Pos, "unsupported: remove() on a list that is not a variable")
				}
				c.markRaises(e)
			}
			return tNone
		case "count":
			c.wantArgs(e, attr, 1, 1)
			return tInt
		case "insert":
			c.wantArgs(e, attr, 2, 2)
			return tNone
		case "extend":
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind == List {
				c.refine(fn.Value, listOf(ts[0].Elem))
			}
			return tNone
		case "reverse", "clear":
			c.wantArgs(e, attr, 0, 0)
			return tNone
		case "sort":
			c.noKeywords(e, attr, "reverse")
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tNone
		case "copy":
			c.wantArgs(e, attr, 0, 0)
			return recv
		}
	case Unknown:
		return tUnknown
	}
	if c.generatorMethod(fn.Pos, attr) {
		return tUnknown
	}
	if mt, ok := c.missingBuiltinAttr(fn, recv); ok {
		return c.missingMethod(fn, e, mt)
	}
	c.errorf(fn.Pos, "unsupported: method '%s' of %s", attr, recv)
	return tUnknown
}

// TypeNames lists the class names of isinstance's second argument when it
// names built-in value types or plain classes (a name or a tuple of names).
func TypeNames(e ast.Expr) []string {
	var out []string
	switch x := e.(type) {
	case *ast.Name:
		out = append(out, x.ID)
	case *ast.Tuple:
		for _, el := range x.Elts {
			n, ok := el.(*ast.Name)
			if !ok {
				return nil
			}
			out = append(out, n.ID)
		}
	}
	return out
}

func typeNames(e ast.Expr) bool { return len(TypeNames(e)) > 0 }

// strMethod reports whether name is a method of str only.
func strMethod(name string) bool {
	switch name {
	case "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase",
		"startswith", "endswith", "split", "rsplit", "join", "replace", "find", "rfind",
		"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "zfill",
		"ljust", "rjust", "center", "partition", "encode", "splitlines", "format":
		return true
	}
	return false
}

// zipStarElem is the item type of zip(*rows) over a list of lists or of
// tuples of one item type (rt.ZipStar): its columns are tuples of such
// items; nil for other calls.
func zipStarElem(e *ast.Call, ts []*Type) *Type {
	if len(e.Args) != 1 || len(e.Keywords) != 0 || len(ts) != 1 {
		return nil
	}
	if _, ok := e.Args[0].(*ast.Starred); !ok {
		return nil
	}
	t := ts[0]
	if t.Kind != List || t.Shared {
		return nil
	}
	switch row := t.Elem; {
	case row.Kind == List && !row.Shared, row.Kind == TupleOf:
		return row.Elem
	}
	return nil
}
