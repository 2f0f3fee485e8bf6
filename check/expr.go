package check

import (
	"fmt"
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// lookup resolves a name with Python's rules: comprehension scopes, the
// function's locals, module globals, built-ins.
func (c *checker) lookup(n *ast.Name) *Var {
	v := c.resolve(n.ID)
	if v == nil {
		if pythonBuiltins[n.ID] {
			c.errorf(n.Pos, "unsupported: the built-in '%s'", n.ID)
		} else {
			c.errorf(n.Pos, "name '%s' is not defined", n.ID)
		}
		return nil
	}
	if v.Kind == Global && !c.fn.IsModule() {
		v.UsedInFunc = true
	}
	c.info.Uses[n] = v
	return v
}

// pythonBuiltins are the names of Python 3.11's builtins module that
// pyasync2go does not translate: using one is unsupported, not undefined.
var pythonBuiltins = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`ArithmeticError AssertionError AttributeError BaseException
		BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError
		ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
		DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup
		FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
		ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError
		KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError
		NotADirectoryError NotImplemented NotImplementedError OSError OverflowError
		PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError
		ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError
		SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
		UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
		UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool
		breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr
		dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr
		hash help hex id input int isinstance issubclass iter len license list locals map max
		memoryview min next object oct open ord pow print property quit range repr reversed round set
		setattr slice sorted staticmethod str sum super tuple type vars zip`) {
		pythonBuiltins[n] = true
	}
}

func (c *checker) resolve(name string) *Var {
	// The comprehensions inside the current function come first, then a
	// lambda's parameters, then the comprehensions around the lambda.
	outer := 0
	if c.fn != nil && len(c.fn.comps) <= len(c.comps) {
		outer = len(c.fn.comps)
	}
	for i := len(c.comps) - 1; i >= outer; i-- {
		if v := c.comps[i][name]; v != nil {
			return v
		}
	}
	if outer > 0 {
		if v := c.fn.Locals[name]; v != nil {
			return v
		}
		for i := outer - 1; i >= 0; i-- {
			if v := c.comps[i][name]; v != nil {
				if !v.Cell {
					v.Cell = true
					c.changed = true
				}
				return v
			}
		}
	}
	m := c.info.Module
	for f := c.fn; f != nil && !f.IsModule(); f = f.Parent {
		if f.globals[name] {
			break
		}
		if f.nonlocals[name] {
			continue
		}
		if v := f.Locals[name]; v != nil {
			if f != c.fn {
				c.capture(v)
			}
			return v
		}
		if f.Lambda == nil && f.Parent == nil {
			break
		}
	}
	if v := m.Locals[name]; v != nil {
		return v
	}
	return c.builtins[name]
}

// BuiltinValues are the built-ins that may be passed as functions (to
// map, filter, and as key=).
var BuiltinValues = map[string]bool{"str": true, "repr": true, "int": true, "float": true, "len": true, "abs": true, "bool": true, "print": true}

// BuiltinResult is the result type of built-in name applied to a value
// of type t, or nil when pyasync2go does not translate that.
func BuiltinResult(name string, t *Type) *Type {
	switch name {
	case "str", "repr":
		return tStr
	case "int":
		if t.Kind == Int || t.Kind == Float || t.Kind == Bool {
			return tInt
		}
	case "float":
		if t.Kind == Int || t.Kind == Float {
			return tFloat
		}
	case "len":
		if t.Kind == Str || t.Kind == List {
			return tInt
		}
	case "abs":
		if t.Kind == Int || t.Kind == Float {
			return t
		}
	case "bool":
		return tBool
	}
	return nil
}

// capture records that the current function uses v of an enclosing one.
func (c *checker) capture(v *Var) {
	for _, x := range c.fn.Captures {
		if x == v {
			return
		}
	}
	c.fn.Captures = append(c.fn.Captures, v)
}

func (c *checker) expr(e ast.Expr) *Type {
	t := c.exprType(e)
	if t == nil {
		t = tUnknown
	}
	c.info.Types[e] = t
	return t
}

func (c *checker) exprType(e ast.Expr) *Type {
	switch e := e.(type) {
	case *ast.Constant:
		return c.constant(e)
	case *ast.Name:
		v := c.lookup(e)
		if v == nil {
			return tUnknown
		}
		v.Reads++
		if c.info.Deleted[v] || c.info.Unbound[e] {
			c.markRaises(e) // UnboundLocalError after del, or before an assignment
		}
		if v.Kind == Builtin && BuiltinValues[v.Name] {
			return &Type{Kind: BuiltinFn, Name: v.Name}
		}
		if v.Kind == Builtin && v.Name != "__name__" {
			c.errorf(e.Pos, "unsupported: the built-in '%s' as a value", v.Name)
		}
		c.pendingValue(e, v)
		return v.Type
	case *ast.JoinedStr:
		for _, x := range e.Values {
			c.expr(x)
		}
		return tStr
	case *ast.FormattedValue:
		t := c.expr(e.Value)
		c.noIterRepr(e.Value, t)
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			spec, ok := constSpec(e.FormatSpec)
			if !ok {
				c.markRaises(e) // rt.Format with the spec built at run time
			} else if _, simple := GoVerb(spec, t); t.Kind != Unknown && (!simple || e.Conversion != 0) {
				// Raises marks stay: decide once the value's type is known.
				c.markRaises(e)
			}
		}
		return tStr
	case *ast.BinOp:
		return c.binType(e, c.expr(e.Left), c.expr(e.Right))
	case *ast.UnaryOp:
		t := c.expr(e.Operand)
		switch e.Op {
		case "not":
			return tBool
		}
		if t.Kind == Bool && e.Op != "not" {
			e.Operand = c.boolInt(e.Operand)
			t = tInt
		}
		if t.Kind == Int || t.Kind == Dynamic {
			if ft := c.foldInt(e); ft != nil {
				return ft
			}
		}
		switch {
		case t.Kind == Unknown || t.Kind == Dynamic:
		case t.Kind == Int, t.Kind == Float && e.Op != "~":
		case builtinOperand(t):
			// What CPython raises for this operand, certain here.
			return c.opTypeError(e, e.Pos, "bad operand type for unary %s: '%s'", e.Op, t)
		default:
			c.errorf(e.Pos, "bad operand type for unary %s: '%s'", e.Op, t)
			return tUnknown
		}
		if e.Op == "~" {
			return tInt
		}
		if t.Kind == Dynamic {
			c.markRaises(e)
		}
		return t
	case *ast.BoolOp:
		var t *Type
		for _, x := range e.Values {
			t = join(t, c.expr(x))
		}
		return t
	case *ast.Compare:
		c.compare(e)
		return tBool
	case *ast.IfExp:
		c.expr(e.Test)
		return join(c.expr(e.Body), c.expr(e.OrElse))
	case *ast.Call:
		return c.call(e)
	case *ast.Await:
		return c.await(e)
	case *ast.Attribute:
		return c.attribute(e)
	case *ast.Subscript:
		return c.subscript(e)
	case *ast.List:
		var t *Type
		for _, x := range e.Elts {
			if s, ok := x.(*ast.Starred); ok {
				c.unsupported(s.Pos, "star-call")
				continue
			}
			t = join(t, c.expr(x))
		}
		return listOf(orUnknown(t))
	case *ast.Tuple:
		tt := &Type{Kind: Tuple}
		for _, x := range e.Elts {
			tt.Elems = append(tt.Elems, c.expr(x))
		}
		return tt
	case *ast.ListComp:
		return listOf(c.comprehension(e.Generators, e.Elt, e.Pos, false))
	case *ast.GeneratorExp:
		return &Type{Kind: List, Elem: c.comprehension(e.Generators, e.Elt, e.Pos, true)}
	case *ast.Starred:
		c.unsupported(e.Pos, "star-call")
	case *ast.Dict:
		var k, v *Type
		for i := range e.Keys {
			if e.Keys[i] == nil {
				c.unsupported(e.Values[i].Position(), "kwargs-unpack")
				continue
			}
			k = join(k, c.expr(e.Keys[i]))
			v = join(v, c.expr(e.Values[i]))
		}
		return c.dictType(e.Pos, orUnknown(k), orUnknown(v))
	case *ast.DictComp:
		var k, v *Type
		c.comprehensionWith(e.Generators, e.Pos, func() {
			k, v = c.expr(e.Key), c.expr(e.Value)
		})
		return c.dictType(e.Pos, k, v)
	case *ast.Set:
		var t *Type
		for _, x := range e.Elts {
			t = join(t, c.expr(x))
		}
		return c.setType2(e.Pos, orUnknown(t))
	case *ast.SetComp:
		var t *Type
		c.comprehensionWith(e.Generators, e.Pos, func() { t = c.expr(e.Elt) })
		return c.setType2(e.Pos, t)
	case *ast.Lambda:
		return c.lambda(e)
	case *ast.NamedExpr:
		return c.namedExpr(e)
	case *ast.Yield:
		c.unsupportedYield(e.Pos)
	case *ast.Slice:
		c.unsupported(e.Pos, "slice")
	default:
		c.errorf(e.Position(), "unsupported expression")
	}
	return tUnknown
}

func orUnknown(t *Type) *Type {
	if t == nil {
		return tUnknown
	}
	return t
}

func (c *checker) constant(e *ast.Constant) *Type {
	switch e.Kind {
	case ast.ConstNone:
		return tNone
	case ast.ConstBool:
		return tBool
	case ast.ConstInt:
		if s, ok := e.Value.(string); ok && !fitsInt64(s) {
			return c.foldInt(e) // exact, as a dynamic value
		}
		return tInt
	case ast.ConstFloat:
		return tFloat
	case ast.ConstStr:
		return tStr
	case ast.ConstBytes:
		return tBytes
	case ast.ConstComplex:
		c.unsupported(e.Pos, "complex")
	case ast.ConstEllipsis:
		c.unsupported(e.Pos, "ellipsis")
	}
	return tUnknown
}

func fitsInt64(s string) bool {
	const max = "9223372036854775807"
	if len(s) != len(max) {
		return len(s) < len(max)
	}
	return s <= max
}

// binType types "l op r" and marks operations that can raise.
func (c *checker) binType(e *ast.BinOp, l, r *Type) *Type {
	l, r = c.recursiveOperands(e, l, r)
	if l.Kind == Unknown || r.Kind == Unknown {
		return tUnknown
	}
	num := func(t *Type) bool { return t.Kind == Int || t.Kind == Float || t.Kind == Bool }
	if l.Kind == Bool && r.Kind == Bool && (e.Op == "&" || e.Op == "|" || e.Op == "^") {
		return tBool
	}
	if num(l) && num(r) && (l.Kind == Bool || r.Kind == Bool) {
		// bool is an int subclass: True + True is int(True) + int(True).
		if l.Kind == Bool {
			e.Left = c.boolInt(e.Left)
			l = tInt
		}
		if r.Kind == Bool {
			e.Right = c.boolInt(e.Right)
			r = tInt
		}
	}
	if (l.Kind == Int || l.Kind == Dynamic) && (r.Kind == Int || r.Kind == Dynamic) {
		if t := c.foldInt(e); t != nil {
			return t
		}
		if l.Kind == Int && r.Kind == Int && (c.growsBeyond64(e) || c.growsByRecursion(e)) {
			c.markRaises(e) // rt's dynamic operators, exact
			return tDynamic
		}
	}
	switch {
	case l.Kind == Dynamic || r.Kind == Dynamic:
		// rt's dynamic operators decide at run time and may raise.
		c.markRaises(e)
		return tDynamic
	case e.Op == "@":
		c.unsupported(e.Pos, "matmul")
		return tUnknown
	case num(l) && num(r):
		if e.Op == "/" && !nonZeroConst(e.Right) {
			c.markRaises(e)
		}
		if e.Op == "//" || e.Op == "%" {
			if k, ok := e.Right.(*ast.Constant); !ok || k.Kind != ast.ConstInt || k.Value == "0" || l.Kind != Int {
				c.markRaises(e)
			}
		}
		if e.Op == "/" {
			return tFloat
		}
		if l.Kind == Float || r.Kind == Float {
			if e.Op == "**" && !nonNegConst(e.Right) {
				c.markRaises(e) // rt.PowFloat
			}
			switch e.Op {
			case "<<", ">>", "&", "|", "^":
				return c.opTypeError(e, e.Pos, "unsupported operand type(s) for %s: '%s' and '%s'", e.Op, l, r)
			}
			return tFloat
		}
		if e.Op == "**" && !nonNegConst(e.Right) {
			c.markRaises(e)
			if k, ok := c.intConst(e.Right); ok && k.Sign() < 0 {
				return tFloat // rt.PowIntFloat
			}
			// int ** int is an int or, for a negative exponent, a float:
			// rt.Pow decides at run time.
			return tDynamic
		}
		if e.Op == "<<" || e.Op == ">>" || e.Op == "**" {
			c.markRaises(e)
		}
		if e.Op == "*" && !(isConstant(e.Left) && isConstant(e.Right)) {
			c.markRaises(e) // rt.MulInt reports results beyond 64 bits
		}
		if (e.Op == "+" || e.Op == "-") && l.Kind == Int && r.Kind == Int && !isConstant(e.Left) && !isConstant(e.Right) {
			// rt.AddInt and rt.SubInt report results beyond 64 bits. A
			// constant step (i + 1) stays plain: reaching the limit takes
			// a value near it, which checked operations never produce.
			c.markRaises(e)
		}
		return tInt
	case l.Kind == DateTime && r.Kind == DateTime && e.Op == "-":
		return &Type{Kind: TimeDelta}
	case l.Kind == Str && r.Kind == Str && e.Op == "+":
		return tStr
	case l.Kind == Bytes && r.Kind == Bytes && e.Op == "+":
		return tBytes
	case l.Kind == Bytes && r.Kind == Int && e.Op == "*", l.Kind == Int && r.Kind == Bytes && e.Op == "*":
		return tBytes
	case l.Kind == Str && r.Kind == Int && e.Op == "*", l.Kind == Int && r.Kind == Str && e.Op == "*":
		return tStr
	case l.Kind == Str && e.Op == "%":
		c.markRaises(e)
		return tStr
	case isTuple(l) && isTuple(r) && e.Op == "+", isTuple(l) && r.Kind == Int && e.Op == "*", l.Kind == Int && isTuple(r) && e.Op == "*":
		if t := c.tupleOp(e, l, r); t != nil {
			return t
		}
	case l.Kind == List && r.Kind == List && e.Op == "+":
		return listOf(join(l.Elem, r.Elem)) // a new list, not shared
	case l.Kind == List && r.Kind == Int && e.Op == "*":
		return listOf(l.Elem)
	case l.Kind == Int && r.Kind == List && e.Op == "*":
		return listOf(r.Elem)
	case l.Kind == Set && r.Kind == Set && (e.Op == "|" || e.Op == "&" || e.Op == "-" || e.Op == "^"):
		return join(l, r)
	}
	if !builtinOperand(l) || !builtinOperand(r) {
		c.errorf(e.Pos, "unsupported operand type(s) for %s: '%s' and '%s'", e.Op, l, r)
		return tUnknown
	}
	return c.opTypeError(e, e.Pos, "unsupported operand type(s) for %s: '%s' and '%s'", e.Op, l, r)
}

// constSpec returns the text of a format spec without replacement fields.
func constSpec(j *ast.JoinedStr) (string, bool) {
	s := ""
	for _, v := range j.Values {
		k, ok := v.(*ast.Constant)
		if !ok || k.Kind != ast.ConstStr {
			return "", false
		}
		s += k.Value.(string)
	}
	return s, true
}

func nonZeroConst(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case string:
		return k.Kind == ast.ConstInt && v != "0"
	case float64:
		return v != 0
	}
	return false
}

func nonNegConst(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Kind == ast.ConstInt
}

func (c *checker) compare(e *ast.Compare) {
	l := c.expr(e.Left)
	for i, op := range e.Ops {
		if l.Kind == TypeObj && (op == "==" || op == "!=" || op == "is" || op == "is not") {
			// type(x) == int, type(x) is Base: compared by the type's name.
			if _, ok := c.builtinTypeName(e.Comparators[i]); ok {
				l = tUnknown
				continue
			}
			if r := c.expr(e.Comparators[i]); r.Kind == Class && r.Class.Plain || r.Kind == BuiltinFn && builtinTypeBases[r.Name] != nil {
				l = r
				continue
			}
		}
		r := c.expr(e.Comparators[i])
		switch op {
		case "is", "is not":
			if l.Kind != None && r.Kind != None && l.Kind != Dynamic && r.Kind != Dynamic && !(l.Kind == r.Kind && identityByValue(l)) && (!isReference(l) || l.Kind != r.Kind) && !futureLike(l, r) {
				c.unsupported(e.Pos, "is")
			}
		case "in", "not in":
			if r.Kind == Tuple {
				if st := c.seqTuple(e.Comparators[i], r); st != nil {
					r = st
				}
			}
			if l.Kind == Dynamic || r.Kind == Dynamic || (r.Kind == List && r.Elem.Kind == Dynamic) {
				c.markRaises(e)
			} else if r.Kind == Bytes && l.Kind == Int {
				if len(e.Ops) != 1 {
					c.errorf(e.Pos, "unsupported: 'in' of an int on bytes in a chained comparison")
				}
				c.markRaises(e) // rt.BytesContains: ValueError "byte must be in range(0, 256)"
			} else if r.Kind == Bytes && l.Kind != Bytes && l.Kind != Unknown {
				c.errorf(e.Pos, "a bytes-like object is required, not '%s'", l)
			} else if r.Kind == Range && l.Kind != Int && l.Kind != Unknown {
				c.errorf(e.Pos, "unsupported: 'in' on range of %s", l)
			} else if r.Kind != List && r.Kind != Range && r.Kind != TupleOf && r.Kind != Bytes && r.Kind != Str && r.Kind != Dict && r.Kind != Set && r.Kind != TaskSet && r.Kind != Unknown {
				c.errorf(e.Pos, "unsupported: 'in' on %s", r)
			}
		case "==", "!=", "<", "<=", ">", ">=":
			// A tuple of any length against a fixed one: both sequences.
			if l.Kind == TupleOf && r.Kind == Tuple {
				if st := c.seqTuple(e.Comparators[i], r); st != nil {
					r = st
				}
			}
			if r.Kind == TupleOf && l.Kind == Tuple && i == 0 {
				c.seqTuple(e.Left, l)
			}
		}
		switch op {
		case "<", "<=", ">", ">=":
			if l.Kind == Instance && r.Kind == Instance && l.Class.Order && r.Class.Order {
				c.markRaises(e) // rt.Lt: fields as tuples, TypeError across classes
			} else if l.Kind == Dynamic || r.Kind == Dynamic || listAndTuple(l, r) || listAndTuple(r, l) || strAndNumber(l, r) || strAndNumber(r, l) || dynamicLists(l, r) {
				c.markRaises(e) // rt.Lt: TypeError between a list and a tuple, a str and a number, or list elements
			}
		}
		l = r
	}
}

// strAndNumber reports whether a is a str and b a number or bool: their
// ordering is a TypeError.
func strAndNumber(a, b *Type) bool {
	return a.Kind == Str && (b.Kind == Int || b.Kind == Float || b.Kind == Bool)
}

// dynamicLists reports whether a and b are lists one of which holds
// dynamic values: their elements may not order (rt.Lt raises TypeError).
func dynamicLists(a, b *Type) bool {
	return a.Kind == List && b.Kind == List && (a.Elem.Kind == Dynamic || b.Elem.Kind == Dynamic)
}

// listAndTuple reports whether a is a list and b a tuple: their ordering
// is a TypeError.
func listAndTuple(a, b *Type) bool {
	return a.Kind == List && (b.Kind == Tuple || b.Kind == TupleOf)
}

// isReference reports whether values of t have identity in Go (pointers,
// interfaces), so that "is" compares them.
func isReference(t *Type) bool {
	switch t.Kind {
	case Exc, Task, Future, Coro, AnyTask, Class, Process, TaskGroup, Instance,
		Loop, Queue, Lock, Event, Semaphore, Condition, Timeout:
		return true
	}
	return false
}

func (c *checker) await(e *ast.Await) *Type {
	if !c.fn.Async {
		if c.fn.IsModule() {
			c.errorf(e.Pos, "'await' outside function")
		} else {
			c.errorf(e.Pos, "'await' outside async function")
		}
	}
	if c.genexps > 0 {
		c.unsupported(e.Pos, "await-in-genexp")
	}
	t := c.expr(e.Value)
	c.markRaises(e)
	if t.Kind == Unknown {
		return tUnknown
	}
	if !t.IsAwaitable() {
		c.errorf(e.Pos, "object %s can't be used in 'await' expression", t)
		return tUnknown
	}
	return t.Elem
}

func (c *checker) attribute(e *ast.Attribute) *Type {
	t := c.expr(e.Value)
	if at, ok := c.asyncAttr(t, e); ok {
		return at
	}
	switch t.Kind {
	case Module:
		at, _ := c.moduleAttr(e.Pos, t.Name, e.Attr)
		return at
	case Process:
		switch e.Attr {
		case "pid":
			return tInt
		}
	case TypeObj:
		if e.Attr == "__name__" {
			return tStr
		}
	case Callable:
		if e.Attr == "__name__" {
			if !funcNameKnown(t.Fn) {
				c.unsupported(e.Pos, "func-group-name")
			}
			return tStr
		}
	case Instance:
		ci := t.Class
		if f := ci.Field(e.Attr); f != nil {
			return orUnknown(f.Type)
		}
		if a := ci.Attr(e.Attr); a != nil {
			return orUnknown(a.Type)
		}
		if m := ci.Method(e.Attr); m != nil && m.Property {
			if m.MayRaise {
				c.markRaises(e)
			}
			return orUnknown(m.Result)
		}
		if ci.Method(e.Attr) != nil {
			c.errorf(e.Pos, "unsupported: a method used as a value")
			return tUnknown
		}
		if sub := ci.SubclassField(e.Attr); sub != nil {
			// Only instances of a derived class have it: AttributeError
			// for the others.
			c.markRaises(e)
			return orUnknown(sub.Field(e.Attr).Type)
		}
		return c.missingAttr(e, "'"+ci.Name+"' object has no attribute '"+e.Attr+"'")
	case Class:
		if t.Class.Plain {
			if a := t.Class.Attr(e.Attr); a != nil {
				return orUnknown(a.Type)
			}
		}
		if e.Attr == "__name__" {
			return tStr
		}
	case Exc:
		if t.Class != nil {
			if f := t.Class.ExcField(e.Attr); f != nil {
				return orUnknown(f.Type)
			}
			if sub := t.Class.ExcSubclassField(e.Attr); sub != nil {
				// Only instances of a derived class have it:
				// AttributeError for the others.
				c.markRaises(e)
				return orUnknown(sub.ExcField(e.Attr).Type)
			}
		}
		if e.Attr == "code" && t.Class != nil && t.Class.Builtin == "SystemExit" {
			return tDynamic
		}
		switch e.Attr {
		case "exceptions":
			return listOf(tExc)
		case "__cause__", "__context__":
			return tExc
		case "__suppress_context__":
			return tBool
		}
	case DateTime, TimeDelta:
		if at, ok := DateTimeAttrs[t.Kind][e.Attr]; ok {
			return at
		}
	case BuiltinFn:
		if at, ok := builtinAttr(t, e.Attr); ok {
			return at
		}
	case Dict:
		if e.Attr == "get" {
			return boundDictGet(t)
		}
	case Unknown:
		return tUnknown
	}
	if mt, ok := c.missingBuiltinAttr(e, t); ok {
		return mt
	}
	c.errorf(e.Pos, "unsupported: attribute '%s' of %s", e.Attr, t)
	return tUnknown
}

func (c *checker) subscript(e *ast.Subscript) *Type {
	t := c.expr(e.Value)
	if sl, ok := e.Slice.(*ast.Slice); ok {
		for _, b := range []ast.Expr{sl.Lower, sl.Upper, sl.Step} {
			if b != nil {
				if bt := c.expr(b); bt.Kind != Int && bt.Kind != Unknown {
					c.errorf(b.Position(), "slice indices must be integers or None or have an __index__ method")
				}
			}
		}
		if sl.Step != nil {
			c.markRaises(e)
		}
		switch t.Kind {
		case List, Str, Unknown, TupleOf, Bytes:
			return t
		case Tuple:
			if st := c.seqTuple(e.Value, t); st != nil {
				return st
			}
		}
		c.errorf(e.Pos, "unsupported: slicing %s", t)
		return tUnknown
	}
	it := c.expr(e.Slice)
	if it.Kind == Bool && (t.Kind == List || t.Kind == Range || t.Kind == Str || t.Kind == TupleOf || t.Kind == Bytes || tupleElem(t) != nil) {
		// bool is an int subclass: xs[True] is xs[1].
		e.Slice = c.boolInt(e.Slice)
		it = tInt
	}
	if it.Kind == Dynamic && (t.Kind == List || t.Kind == Str || t.Kind == TupleOf || t.Kind == AnyTuple) {
		// An index known only at run time: an int or a bool, else a
		// TypeError (rt.IndexAny and friends).
		c.markRaises(e)
		switch t.Kind {
		case Str:
			return tStr
		case AnyTuple:
			return tDynamic
		}
		return t.Elem
	}
	switch t.Kind {
	case List:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "list indices must be integers or slices, not %s", it)
		}
		c.markRaises(e)
		return t.Elem
	case Str:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "string indices must be integers, not '%s'", it)
		}
		c.markRaises(e)
		return tStr
	case Dict:
		c.markRaises(e)
		return t.Elem
	case Bytes:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "byte indices must be integers or slices, not %s", it)
		}
		c.markRaises(e) // IndexError "index out of range"
		return tInt
	case Range:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "range indices must be integers or slices, not %s", it)
		}
		c.markRaises(e) // rt.IntRange.At: IndexError
		return tInt
	case TupleOf:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "tuple indices must be integers or slices, not %s", it)
		}
		c.markRaises(e)
		return t.Elem
	case AnyTuple:
		if it.Kind != Int && it.Kind != Unknown {
			return c.indexError(e, "tuple indices must be integers or slices, not %s", it)
		}
		c.markRaises(e)
		return tDynamic
	case Tuple:
		k, ok := e.Slice.(*ast.Constant)
		if (!ok || k.Kind != ast.ConstInt || atoi(k.Value.(string)) >= len(t.Elems)) && it.Kind == Int && tupleElem(t) != nil {
			// a computed (or negative) index of a tuple whose items share a type
			c.seqTuple(e.Value, t)
			c.markRaises(e)
			return tupleElem(t)
		}
		if it.Kind != Int && it.Kind != Unknown && it.Kind != Bool {
			return c.indexError(e, "tuple indices must be integers or slices, not %s", it)
		}
		if ok && k.Kind == ast.ConstBool {
			// t[True] is t[1]
			v := "0"
			if k.Value == true {
				v = "1"
			}
			k = &ast.Constant{Pos: k.Pos, Kind: ast.ConstInt, Value: v}
			e.Slice = k
			c.expr(k)
		}
		if !ok || k.Kind != ast.ConstInt {
			c.errorf(e.Pos, "unsupported: tuple index that is not a constant")
			return tUnknown
		}
		i := atoi(k.Value.(string))
		if i >= len(t.Elems) {
			return c.runError(e, "IndexError", "tuple index out of range")
		}
		return t.Elems[i]
	case Dynamic:
		c.markRaises(e) // rt.GetItem: TypeError, KeyError, IndexError
		return tDynamic
	case Unknown:
		return tUnknown
	}
	switch t.Kind {
	case Int, Float, Bool, None, Set, Callable:
		if n := pyTypeName(t); n != "" {
			return c.runError(e, "TypeError", "'"+n+"' object is not subscriptable")
		}
	}
	c.errorf(e.Pos, "unsupported: subscript of %s", t)
	return tUnknown
}

// indexError types a subscript whose index has a type the sequence does
// not take: a run-time TypeError naming the index's type.
func (c *checker) indexError(e *ast.Subscript, format string, it *Type) *Type {
	n := pyTypeName(it)
	if it.Kind == Dynamic {
		c.errorf(e.Pos, "unsupported: a value of mixed types as an index of %s", c.info.TypeOf(e.Value))
		return tUnknown
	}
	if n == "" {
		c.errorf(e.Pos, format, it)
		return tUnknown
	}
	return c.runError(e, "TypeError", fmt.Sprintf(format, n))
}

func atoi(s string) int {
	n := 0
	for _, ch := range s {
		n = n*10 + int(ch-'0')
	}
	return n
}

// setType2 checks that the element type can be a set element.
func (c *checker) setType2(pos ast.Pos, t *Type) *Type {
	if !hashable(t) {
		c.errorf(pos, "unsupported: sets of %s", t)
		return tUnknown
	}
	return &Type{Kind: Set, Elem: t}
}

// dictType checks that the key type can be a Go map key.
func (c *checker) dictType(pos ast.Pos, k, v *Type) *Type {
	if !hashable(k) {
		c.errorf(pos, "unsupported: dict keys of type %s", k)
	}
	return dictOf(k, v)
}

func hashable(t *Type) bool {
	switch t.Kind {
	case Int, Str, Bool, Float, Unknown, None, Dynamic:
		return true
	case Tuple:
		for _, e := range t.Elems {
			if !hashable(e) {
				return false
			}
		}
		return true
	}
	return false
}

// comprehensionWith types the clauses and runs inner in their scope.
func (c *checker) comprehensionWith(gens []*ast.Comprehension, pos ast.Pos, inner func()) {
	scope := map[string]*Var{}
	for i, g := range gens {
		// The first iterable is evaluated outside the comprehension; the
		// others see the targets before them.
		c.comps = append(c.comps, scope)
		if i == 0 {
			c.comps = c.comps[:len(c.comps)-1]
		}
		it := c.expr(g.Iter)
		if i == 0 {
			c.comps = append(c.comps, scope)
		}
		if rangeStepVaries(g.Iter) {
			c.fnRaises() // rt.Range raises ValueError for a zero step
		}
		c.compTarget(scope, g.Target, c.iterElem(g.Iter, it, g.IsAsync))
		for _, cond := range g.Ifs {
			c.expr(cond)
		}
		c.comps = c.comps[:len(c.comps)-1]
	}
	c.comps = append(c.comps, scope)
	inner()
	c.comps = c.comps[:len(c.comps)-1]
}

// comprehension types the clauses in a new scope and returns the element type.
// A generator expression (isGen) with an await in it is an asynchronous
// generator, which is not supported.
func (c *checker) comprehension(gens []*ast.Comprehension, elt ast.Expr, pos ast.Pos, isGen bool) *Type {
	scope := map[string]*Var{}
	if isGen {
		defer func(n int) { c.genexps = n }(c.genexps)
	}
	for i, g := range gens {
		// The first iterable is evaluated outside the comprehension; the
		// others see the targets before them.
		c.comps = append(c.comps, scope)
		if i == 0 {
			c.comps = c.comps[:len(c.comps)-1]
		}
		it := c.expr(g.Iter)
		if i == 0 {
			c.comps = append(c.comps, scope)
			if isGen {
				c.genexps++
			}
		}
		if rangeStepVaries(g.Iter) {
			c.fnRaises() // rt.Range raises ValueError for a zero step
		}
		c.compTarget(scope, g.Target, c.iterElem(g.Iter, it, g.IsAsync))
		for _, cond := range g.Ifs {
			c.expr(cond)
		}
		c.comps = c.comps[:len(c.comps)-1]
	}
	c.comps = append(c.comps, scope)
	t := c.expr(elt)
	c.comps = c.comps[:len(c.comps)-1]
	return t
}

func (c *checker) compTarget(scope map[string]*Var, target ast.Expr, t *Type) {
	switch e := target.(type) {
	case *ast.Name:
		v := scope[e.ID]
		if v == nil {
			v = &Var{Name: e.ID, Kind: CompVar, Type: tUnknown, Func: c.fn, Pos: e.Pos}
			scope[e.ID] = v
		}
		v.Type = t
		v.Writes = 1
		c.info.Uses[e] = v
		c.info.Types[e] = t
	case *ast.Tuple:
		if t.Kind != Tuple || len(t.Elems) != len(e.Elts) {
			if t.Kind != Unknown {
				c.unsupported(e.Pos, "tuple-unpack")
			}
			for _, x := range e.Elts {
				c.compTarget(scope, x, tUnknown)
			}
			return
		}
		for i, x := range e.Elts {
			c.compTarget(scope, x, t.Elems[i])
		}
		c.info.Types[e] = t
	default:
		c.errorf(target.Position(), "unsupported: comprehension target")
	}
}

// elemType is the type of the items produced by iterating over iter.
func (c *checker) elemType(iter ast.Expr, t *Type) *Type {
	switch t.Kind {
	case List, Set, TupleOf:
		return t.Elem
	case Range, Bytes:
		return tInt
	case Str:
		return tStr
	case Dict:
		return t.Key
	case TaskSet:
		return tAnyTask
	case Tuple:
		if st := c.seqTuple(iter, t); st != nil {
			return st.Elem
		}
	case Dynamic:
		c.fnRaises() // rt.Iter: TypeError when the value is not iterable
		return tDynamic
	case Iterator:
		// Consumed to its end (sum, sorted, join): Iterator.List, which
		// raises what the items raise.
		c.fnRaises()
		return t.Elem
	case Unknown:
		return tUnknown
	case Int, Float, Bool, None, Callable:
		if n := pyTypeName(t); n != "" {
			// TypeError "'int' object is not iterable" when it runs: the
			// value is iterated as a dynamic one (rt.Iter), once the types
			// have settled.
			c.sawMissingAttr = true
			if c.attrErrors {
				c.info.Types[iter] = tDynamic
				c.fnRaises()
				return tDynamic
			}
		}
	}
	c.errorf(iter.Position(), "unsupported: iterating over %s", t)
	return tUnknown
}

// lazyElem is elemType for a consumer that takes items as it goes
// (map, filter, enumerate, zip): not over an iterator, which consuming
// it to the end first would change.
func (c *checker) lazyElem(iter ast.Expr, t *Type) *Type {
	if t.Kind == Iterator {
		c.errorf(iter.Position(), "unsupported: iterating over %s", t)
		return tUnknown
	}
	return c.elemType(iter, t)
}

// lambda types a lambda expression as a function value; its body is
// walked with the other functions.
func (c *checker) lambda(e *ast.Lambda) *Type {
	f := c.info.Lambdas[e]
	if f == nil {
		def := &ast.FunctionDef{Pos: e.Pos, Name: "<lambda>", Args: e.Args, Body: []ast.Stmt{&ast.Return{Pos: e.Body.Position(), Value: e.Body}}}
		f = &Func{Name: "<lambda>", Def: def, Lambda: e, Locals: map[string]*Var{}, globals: map[string]bool{}, Parent: c.fn}
		c.info.Lambdas[e] = f
		c.info.Funcs[def] = f
		c.info.FuncSeq = append(c.info.FuncSeq, f)
		c.declareFunc(f)
		c.changed = true
	}
	// Comprehension scopes are made anew in every round.
	f.comps = append([]map[string]*Var(nil), c.comps...)
	c.defaults(f)
	return &Type{Kind: Callable, Fn: f}
}

// identityByValue reports whether "is" between two values of t is
// decided by their value (bool, int, float, str) or their storage (list)
// in Go.
func identityByValue(t *Type) bool {
	switch t.Kind {
	case Bool, Int, Float, Str, List:
		return true
	}
	return false
}

// rangeStepVaries reports whether e is range(a, b, step) with a step that
// is not a positive constant.
func rangeStepVaries(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 3 {
		return false
	}
	if n, ok := call.Func.(*ast.Name); !ok || n.ID != "range" {
		return false
	}
	k, ok := call.Args[2].(*ast.Constant)
	return !ok || k.Kind != ast.ConstInt || k.Value == "0"
}

// namedExpr types "name := value": the name is a variable of the
// function, even inside a comprehension.
func (c *checker) namedExpr(e *ast.NamedExpr) *Type {
	t := c.expr(e.Value)
	if c.fn.Lambda != nil {
		c.errorf(e.Pos, "unsupported: an assignment expression in a lambda")
		return t
	}
	saved := c.comps
	c.comps = nil
	c.assign(e.Target, t, e.Value)
	c.comps = saved
	if v := c.info.Uses[e.Target]; v != nil {
		c.info.Types[e.Target] = v.Type
		return v.Type
	}
	return tUnknown
}
