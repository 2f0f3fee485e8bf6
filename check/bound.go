package check

import "github.com/pyasync2go/pyasync2go/ast"

// StrMethodValues are the str methods without arguments that may be used
// as functions (sorted(words, key=str.lower), map(str.upper, xs)), with
// the Go function each becomes: a func(string) string or func(string) bool.
var StrMethodValues = map[string]string{
	"lower":      "strings.ToLower",
	"upper":      "strings.ToUpper",
	"strip":      "StrStrip",
	"lstrip":     "StrLStrip",
	"rstrip":     "StrRStrip",
	"title":      "StrTitle",
	"capitalize": "StrCapitalize",
	"swapcase":   "StrSwapCase",
	"isdigit":    "StrIsDigit",
	"isalpha":    "StrIsAlpha",
	"isspace":    "StrIsSpace",
	"isupper":    "StrIsUpper",
	"islower":    "StrIsLower",
	"isalnum":    "StrIsAlnum",
	"isdecimal":  "StrIsDecimal",
	"isnumeric":  "StrIsNumeric",
}

// builtinAttr types an attribute of a built-in used as a value: the
// unbound str methods, str.lower.
func builtinAttr(t *Type, attr string) (*Type, bool) {
	if t.Name == "str" && StrMethodValues[attr] != "" {
		return &Type{Kind: BuiltinFn, Name: "str." + attr}, true
	}
	return nil, false
}

// boundDictGet is d.get used as a function: Elem is the dict's type.
func boundDictGet(d *Type) *Type {
	return &Type{Kind: BuiltinFn, Name: "dict.get", Elem: d}
}

// FuncResult is the result type of the built-in function value fn (a
// BuiltinFn type) applied to a value of type t, or nil when unsupported.
func FuncResult(fn *Type, t *Type) *Type {
	switch fn.Name {
	case "dict.get":
		if fn.Elem != nil && fn.Elem.Key.Equal(t) {
			return fn.Elem.Elem
		}
		return nil
	}
	if m, ok := StrMethodValues[fn.Name[min(len(fn.Name), len("str.")):]]; ok && len(fn.Name) > 4 && fn.Name[:4] == "str." {
		if t.Kind != Str {
			return nil
		}
		if m[:5] == "StrIs" {
			return tBool
		}
		return tStr
	}
	return BuiltinResult(fn.Name, t)
}

// boundGetOver checks d.get used as the function of a call over iter
// (max(d, key=d.get), map(d.get, d)): only over the keys of the same dict
// variable is every key present, so that the result is never None.
func (c *checker) boundGetOver(fnExpr, iter ast.Expr) {
	t := c.info.Types[fnExpr]
	if t == nil || t.Kind != BuiltinFn || t.Name != "dict.get" {
		return
	}
	a, ok := fnExpr.(*ast.Attribute)
	if ok && sameVar(c, a.Value, iter) {
		return
	}
	c.errorf(fnExpr.Position(), "unsupported: d.get as a function over values other than the keys of d")
}

func sameVar(c *checker, a, b ast.Expr) bool {
	x, ok1 := a.(*ast.Name)
	y, ok2 := b.(*ast.Name)
	return ok1 && ok2 && c.info.Uses[x] != nil && c.info.Uses[x] == c.info.Uses[y]
}

// formatArgs notes the instances passed to str.format: their attributes
// may be read by the template ({p.x}).
func (c *checker) formatArgs(e *ast.Call) {
	var args []ast.Expr
	args = append(args, e.Args...)
	for _, k := range e.Keywords {
		args = append(args, k.Value)
	}
	for _, a := range args {
		if s, ok := a.(*ast.Starred); ok {
			a = s.Value
		}
		if t := c.info.TypeOf(a); t.Kind == Instance && t.Class != nil && !t.Class.FormatAttrs {
			t.Class.FormatAttrs = true
			c.changed = true
		}
	}
}
