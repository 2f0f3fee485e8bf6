package check

import "github.com/pyasync2go/pyasync2go/ast"

// builtinTypeBases are the built-in types a program may name in
// isinstance, issubclass and type(x) comparisons, each with its bases.
var builtinTypeBases = map[string][]string{
	"object": nil, "int": {"object"}, "bool": {"int", "object"}, "float": {"object"},
	"str": {"object"}, "list": {"object"}, "dict": {"object"}, "set": {"object"},
	"tuple": {"object"}, "bytes": {"object"},
}

// BuiltinSubclass is issubclass(a, b) for built-in types named a and b.
func BuiltinSubclass(a, b string) bool {
	if a == b || b == "object" {
		return true
	}
	for _, x := range builtinTypeBases[a] {
		if x == b {
			return true
		}
	}
	return false
}

// StaticTypeName is type(x).__name__ for a value of static type t, or ""
// when only the running program knows it (a dynamic value, an instance
// of a class with subclasses).
func StaticTypeName(t *Type) string {
	switch t.Kind {
	case Int:
		return "int"
	case Float:
		return "float"
	case Str:
		return "str"
	case Bool:
		return "bool"
	case None:
		return "NoneType"
	case List:
		return "list"
	case Dict:
		return "dict"
	case Set:
		return "set"
	case Tuple, TupleOf, AnyTuple:
		return "tuple"
	case Bytes:
		return "bytes"
	case Range:
		return "range"
	case BuiltinFn:
		return "builtin_function_or_method"
	case Callable:
		return "function"
	case DateTime:
		return "datetime"
	case TimeDelta:
		return "timedelta"
	case Instance:
		if t.Class != nil && len(t.Class.Subs) == 0 {
			return t.Class.Name
		}
	}
	return ""
}

// builtinTypeName reports the built-in type e names (int, list, ...).
func (c *checker) builtinTypeName(e ast.Expr) (string, bool) {
	n, ok := e.(*ast.Name)
	if !ok {
		return "", false
	}
	if _, known := builtinTypeBases[n.ID]; !known {
		return "", false
	}
	v := c.resolve(n.ID)
	if v == nil || v.Kind != Builtin {
		return "", false
	}
	c.info.Uses[n] = v
	return n.ID, true
}

// BuiltinTypeArg reports the built-in type names of isinstance's second
// argument: a name or a tuple of names, all built-in types.
func (in *Info) BuiltinTypeArg(e ast.Expr) ([]string, bool) {
	elts := []ast.Expr{e}
	if t, ok := e.(*ast.Tuple); ok {
		elts = t.Elts
	}
	var out []string
	for _, x := range elts {
		n, ok := x.(*ast.Name)
		if !ok {
			return nil, false
		}
		v := in.Uses[n]
		if _, known := builtinTypeBases[n.ID]; !known || v == nil || v.Kind != Builtin {
			return nil, false
		}
		out = append(out, n.ID)
	}
	return out, len(out) > 0
}

// typeTest types isinstance(x, T) and issubclass(A, B) where T, A, B are
// built-in types (or a tuple of them for T): ok is false for other calls.
func (c *checker) typeTest(name string, e *ast.Call) (*Type, bool) {
	if len(e.Args) != 2 || len(e.Keywords) != 0 {
		return nil, false
	}
	elts := []ast.Expr{e.Args[1]}
	if t, ok := e.Args[1].(*ast.Tuple); ok {
		elts = t.Elts
	}
	for _, x := range elts {
		if _, ok := c.builtinTypeName(x); !ok {
			return nil, false
		}
	}
	if name == "issubclass" {
		if _, ok := c.builtinTypeName(e.Args[0]); !ok {
			return nil, false
		}
		if _, tuple := e.Args[1].(*ast.Tuple); tuple {
			return nil, false
		}
		return tBool, true
	}
	t := c.expr(e.Args[0])
	if StaticTypeName(t) == "" && t.Kind != Dynamic && t.Kind != Unknown && t.Kind != Instance && t.Kind != Exc {
		c.errorf(e.Pos, "unsupported: isinstance() of %s", t)
	}
	return tBool, true
}

// IsInstanceStatic is isinstance(x, names) for x of static type t; ok is
// false when only the running program knows.
func IsInstanceStatic(t *Type, names []string) (result, ok bool) {
	tn := StaticTypeName(t)
	if tn == "" || t.Kind == Instance {
		if t.Kind == Instance {
			for _, n := range names {
				if n == "object" {
					return true, true
				}
			}
			return false, true // a user class is none of the built-in types
		}
		return false, false
	}
	for _, n := range names {
		if BuiltinSubclass(tn, n) {
			return true, true
		}
	}
	return false, true
}
