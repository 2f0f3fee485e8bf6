package check

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// Reading an attribute a value does not have raises AttributeError when
// the program runs, which the program may catch. The checker first
// treats such a read as a mistake (the types may not have settled: a
// field can be assigned in a method walked later); once they have, a last
// stage (checker.attrErrors) turns the reads still missing into run-time
// AttributeErrors.

// builtinAttrs are the attributes of the built-in types, as dir() lists
// them in CPython 3.11: a name outside them is an AttributeError, a name
// among them that the translator does not know stays unsupported.
var builtinAttrs = map[string]string{
	"list": "__add__ __class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ " +
		"__eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ " +
		"__iadd__ __imul__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ " +
		"__new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __rmul__ __setattr__ __setitem__ " +
		"__sizeof__ __str__ __subclasshook__ append clear copy count extend index insert pop remove " +
		"reverse sort",
	"dict": "__class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ " +
		"__format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ " +
		"__init_subclass__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __reduce__ " +
		"__reduce_ex__ __repr__ __reversed__ __ror__ __setattr__ __setitem__ __sizeof__ __str__ " +
		"__subclasshook__ clear copy fromkeys get items keys pop popitem setdefault update values",
	"str": "__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ " +
		"__getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ " +
		"__init_subclass__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ " +
		"__reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ " +
		"capitalize casefold center count encode endswith expandtabs find format format_map index " +
		"isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable " +
		"isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix " +
		"removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines " +
		"startswith strip swapcase title translate upper zfill",
	"int": "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ " +
		"__eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ " +
		"__getstate__ __gt__ __hash__ __index__ __init__ __init_subclass__ __int__ __invert__ " +
		"__le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ " +
		"__radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rlshift__ " +
		"__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ " +
		"__rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ " +
		"__xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag " +
		"numerator real to_bytes",
	"float": "__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ " +
		"__float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ " +
		"__getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __int__ __le__ " +
		"__lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __rdivmod__ " +
		"__reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ " +
		"__rsub__ __rtruediv__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ " +
		"__trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real",
	"bool": "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ " +
		"__eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ " +
		"__getstate__ __gt__ __hash__ __index__ __init__ __init_subclass__ __int__ __invert__ " +
		"__le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ " +
		"__radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rlshift__ " +
		"__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ " +
		"__rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ " +
		"__xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag " +
		"numerator real to_bytes",
	"NoneType": "__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ " +
		"__getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ " +
		"__reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__",
	"tuple": "__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ " +
		"__format__ __ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ " +
		"__init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ " +
		"__reduce__ __reduce_ex__ __repr__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ " +
		"count index",
	"set": "__and__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ " +
		"__format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __iand__ __init__ " +
		"__init_subclass__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __new__ " +
		"__or__ __rand__ __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__ __setattr__ " +
		"__sizeof__ __str__ __sub__ __subclasshook__ __xor__ add clear copy difference " +
		"difference_update discard intersection intersection_update isdisjoint issubset issuperset " +
		"pop remove symmetric_difference symmetric_difference_update union update",
	"bytes": "__add__ __bytes__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ " +
		"__ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ " +
		"__init_subclass__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ " +
		"__reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ " +
		"capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha " +
		"isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans " +
		"partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip " +
		"split splitlines startswith strip swapcase title translate upper zfill",
}

// hasBuiltinAttr reports whether the built-in type named typeName has
// the attribute name; known is false for other types.
func hasBuiltinAttr(typeName, name string) (has, known bool) {
	attrs, ok := builtinAttrs[typeName]
	if !ok {
		return false, false
	}
	for _, a := range strings.Fields(attrs) {
		if a == name {
			return true, true
		}
	}
	return false, true
}

// builtinTypeName is type(x).__name__ for a value of the static type t,
// "" when t is not a built-in type of builtinAttrs.
func builtinTypeName(t *Type) string {
	switch t.Kind {
	case List:
		return "list"
	case Dict:
		return "dict"
	case Str:
		return "str"
	case Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case None:
		return "NoneType"
	case Tuple, TupleOf, AnyTuple:
		return "tuple"
	case Set:
		return "set"
	case Bytes:
		return "bytes"
	}
	return ""
}

// missingAttr types the read of fn (obj.name) where obj has no attribute
// name, which msg describes: an error until the types have settled, then
// a run-time AttributeError and a dynamic value.
func (c *checker) missingAttr(fn *ast.Attribute, msg string) *Type {
	c.sawMissingAttr = true
	if !c.attrErrors {
		c.errorf(fn.Pos, "%s", msg)
		return tUnknown
	}
	c.info.NoAttr[fn] = true
	c.markRaises(fn)
	return tDynamic
}

// missingBuiltinAttr is missingAttr for a value of a built-in type t
// without the attribute; ok is false when t has it or is not built in.
func (c *checker) missingBuiltinAttr(fn *ast.Attribute, t *Type) (*Type, bool) {
	name := builtinTypeName(t)
	if has, known := hasBuiltinAttr(name, fn.Attr); has || !known {
		return nil, false
	}
	return c.missingAttr(fn, "'"+name+"' object has no attribute '"+fn.Attr+"'"), true
}

// missingMethod types obj.name(args) where obj has no attribute name and
// t is the type missingAttr gave the read: once that read raises, so
// does the call, before its arguments are evaluated.
func (c *checker) missingMethod(fn *ast.Attribute, e *ast.Call, t *Type) *Type {
	if c.info.NoAttr[fn] {
		c.markRaises(e)
	}
	return t
}

// An operator CPython does not define for its operands' types (1 + "a",
// -"x", 1.5 << 2) raises TypeError when it runs, which the program may
// catch. Like a missing attribute, it is a mistake while the types may
// still grow, and once they have settled an operation of rt's dynamic
// operators, which raise the TypeError with CPython's message.

// opTypeError types the operation e whose operands have no such
// operator; format and args describe it until the types have settled.
func (c *checker) opTypeError(e ast.Expr, pos ast.Pos, format string, args ...any) *Type {
	c.sawMissingAttr = true
	if !c.attrErrors {
		c.errorf(pos, format, args...)
		return tUnknown
	}
	c.markRaises(e)
	return tDynamic
}

// builtinOperand reports whether a value of type t, as an operand of a
// dynamic operator, is named in a TypeError as CPython names it: the
// built-in types of builtinAttrs are; user classes, which might define
// operator methods, and the asyncio objects are left to the diagnostic.
func builtinOperand(t *Type) bool {
	return builtinTypeName(t) != ""
}

// RunError is an exception an expression raises whatever the values of
// its operands, known from their types: subscripting an int, indexing a
// list with a str, calling an int. The program may catch it, so it is
// raised when the expression runs, after its operands are evaluated.
type RunError struct {
	Class string // the name of a built-in exception class: TypeError
	Msg   string
}

// runError types e, which raises class(msg): an error until the types
// have settled, then a run-time exception and a dynamic value.
func (c *checker) runError(e ast.Expr, class, msg string) *Type {
	c.sawMissingAttr = true
	if !c.attrErrors {
		c.errorf(e.Position(), "%s", msg)
		return tUnknown
	}
	c.info.RunErrors[e] = RunError{Class: class, Msg: msg}
	c.markRaises(e)
	return tDynamic
}

// pyTypeName is type(x).__name__ for a value of type t, "" when the
// translator does not know it for sure.
func pyTypeName(t *Type) string {
	if n := builtinTypeName(t); n != "" {
		return n
	}
	switch t.Kind {
	case Instance:
		return t.Class.Name
	case Callable:
		if t.Fn != nil && t.Fn.Class == nil {
			return "function"
		}
	}
	return ""
}
