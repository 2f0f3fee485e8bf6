package grammar

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pyasync2go/pyasync2go/ast"
)

// dumper writes a tree in the format of testdata/dump.py, which prints
// CPython's own tree: ast.dump without ctx fields, positions as @LINE:COL
// with CPython's 0-based col_offset.
type dumper struct{ b strings.Builder }

func dumpModule(m *ast.Module) string {
	var d dumper
	for _, s := range m.Body {
		d.stmt(s)
		d.b.WriteByte('\n')
	}
	return d.b.String()
}

func (d *dumper) w(s string) { d.b.WriteString(s) }

func (d *dumper) node(name string, p ast.Pos, fpart bool) {
	d.w(name)
	if !fpart {
		fmt.Fprintf(&d.b, "@%d:%d", p.Line, p.Col-1)
	}
	d.w("(")
}

func (d *dumper) field(name string, first bool) {
	if !first {
		d.w(", ")
	}
	d.w(name + "=")
}

func (d *dumper) str(s string) { d.w(pyJSON(s)) }

func (d *dumper) optStr(s string) {
	if s == "" {
		d.w("None")
	} else {
		d.str(s)
	}
}

func (d *dumper) stmts(ss []ast.Stmt) {
	d.w("[")
	for i, s := range ss {
		if i > 0 {
			d.w(", ")
		}
		d.stmt(s)
	}
	d.w("]")
}

func (d *dumper) exprs(es []ast.Expr) {
	d.w("[")
	for i, e := range es {
		if i > 0 {
			d.w(", ")
		}
		d.expr(e)
	}
	d.w("]")
}

func (d *dumper) strs(ss []string) {
	d.w("[")
	for i, s := range ss {
		if i > 0 {
			d.w(", ")
		}
		d.str(s)
	}
	d.w("]")
}

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		name := "FunctionDef"
		if s.IsAsync {
			name = "AsyncFunctionDef"
		}
		d.node(name, s.Pos, false)
		d.field("name", true)
		d.str(s.Name)
		d.field("args", false)
		d.arguments(s.Args)
		d.field("body", false)
		d.stmts(s.Body)
		d.field("decorator_list", false)
		d.exprs(s.DecoratorList)
		d.field("returns", false)
		d.expr(s.Returns)
	case *ast.ClassDef:
		d.node("ClassDef", s.Pos, false)
		d.field("name", true)
		d.str(s.Name)
		d.field("bases", false)
		d.exprs(s.Bases)
		d.field("keywords", false)
		d.keywords(s.Keywords)
		d.field("body", false)
		d.stmts(s.Body)
		d.field("decorator_list", false)
		d.exprs(s.DecoratorList)
	case *ast.Return:
		d.node("Return", s.Pos, false)
		d.field("value", true)
		d.expr(s.Value)
	case *ast.Delete:
		d.node("Delete", s.Pos, false)
		d.field("targets", true)
		d.exprs(s.Targets)
	case *ast.Assign:
		d.node("Assign", s.Pos, false)
		d.field("targets", true)
		d.exprs(s.Targets)
		d.field("value", false)
		d.expr(s.Value)
	case *ast.AugAssign:
		d.node("AugAssign", s.Pos, false)
		d.field("target", true)
		d.expr(s.Target)
		d.field("op", false)
		d.w(opNames[s.Op] + "()")
		d.field("value", false)
		d.expr(s.Value)
	case *ast.AnnAssign:
		d.node("AnnAssign", s.Pos, false)
		d.field("target", true)
		d.expr(s.Target)
		d.field("annotation", false)
		d.expr(s.Annotation)
		d.field("value", false)
		d.expr(s.Value)
		d.field("simple", false)
		d.w(bit(s.Simple))
	case *ast.For:
		name := "For"
		if s.IsAsync {
			name = "AsyncFor"
		}
		d.node(name, s.Pos, false)
		d.field("target", true)
		d.expr(s.Target)
		d.field("iter", false)
		d.expr(s.Iter)
		d.field("body", false)
		d.stmts(s.Body)
		d.field("orelse", false)
		d.stmts(s.OrElse)
	case *ast.While:
		d.node("While", s.Pos, false)
		d.field("test", true)
		d.expr(s.Test)
		d.field("body", false)
		d.stmts(s.Body)
		d.field("orelse", false)
		d.stmts(s.OrElse)
	case *ast.If:
		d.node("If", s.Pos, false)
		d.field("test", true)
		d.expr(s.Test)
		d.field("body", false)
		d.stmts(s.Body)
		d.field("orelse", false)
		d.stmts(s.OrElse)
	case *ast.With:
		name := "With"
		if s.IsAsync {
			name = "AsyncWith"
		}
		d.node(name, s.Pos, false)
		d.field("items", true)
		d.w("[")
		for i, it := range s.Items {
			if i > 0 {
				d.w(", ")
			}
			d.w("withitem(context_expr=")
			d.expr(it.ContextExpr)
			d.w(", optional_vars=")
			d.expr(it.OptionalVars)
			d.w(")")
		}
		d.w("]")
		d.field("body", false)
		d.stmts(s.Body)
	case *ast.Raise:
		d.node("Raise", s.Pos, false)
		d.field("exc", true)
		d.expr(s.Exc)
		d.field("cause", false)
		d.expr(s.Cause)
	case *ast.Try:
		name := "Try"
		if s.IsStar {
			name = "TryStar"
		}
		d.node(name, s.Pos, false)
		d.field("body", true)
		d.stmts(s.Body)
		d.field("handlers", false)
		d.w("[")
		for i, h := range s.Handlers {
			if i > 0 {
				d.w(", ")
			}
			d.node("ExceptHandler", h.Pos, false)
			d.field("type", true)
			d.expr(h.Type)
			d.field("name", false)
			d.optStr(h.Name)
			d.field("body", false)
			d.stmts(h.Body)
			d.w(")")
		}
		d.w("]")
		d.field("orelse", false)
		d.stmts(s.OrElse)
		d.field("finalbody", false)
		d.stmts(s.FinalBody)
	case *ast.Assert:
		d.node("Assert", s.Pos, false)
		d.field("test", true)
		d.expr(s.Test)
		d.field("msg", false)
		d.expr(s.Msg)
	case *ast.Import:
		d.node("Import", s.Pos, false)
		d.field("names", true)
		d.aliases(s.Names)
	case *ast.ImportFrom:
		d.node("ImportFrom", s.Pos, false)
		d.field("module", true)
		d.optStr(s.Module)
		d.field("names", false)
		d.aliases(s.Names)
		d.field("level", false)
		d.w(strconv.Itoa(s.Level))
	case *ast.Global:
		d.node("Global", s.Pos, false)
		d.field("names", true)
		d.strs(s.Names)
	case *ast.Nonlocal:
		d.node("Nonlocal", s.Pos, false)
		d.field("names", true)
		d.strs(s.Names)
	case *ast.ExprStmt:
		d.node("Expr", s.Pos, false)
		d.field("value", true)
		d.expr(s.Value)
	case *ast.Pass:
		d.node("Pass", s.Pos, false)
	case *ast.Break:
		d.node("Break", s.Pos, false)
	case *ast.Continue:
		d.node("Continue", s.Pos, false)
	default:
		d.w(fmt.Sprintf("?%T(", s))
	}
	d.w(")")
}

func (d *dumper) aliases(as []*ast.Alias) {
	d.w("[")
	for i, a := range as {
		if i > 0 {
			d.w(", ")
		}
		d.node("alias", a.Pos, false)
		d.field("name", true)
		d.str(a.Name)
		d.field("asname", false)
		d.optStr(a.AsName)
		d.w(")")
	}
	d.w("]")
}

func (d *dumper) keywords(ks []*ast.Keyword) {
	d.w("[")
	for i, k := range ks {
		if i > 0 {
			d.w(", ")
		}
		d.node("keyword", k.Pos, false)
		d.field("arg", true)
		d.optStr(k.Arg)
		d.field("value", false)
		d.expr(k.Value)
		d.w(")")
	}
	d.w("]")
}

func (d *dumper) arg(a *ast.Arg) {
	if a == nil {
		d.w("None")
		return
	}
	d.node("arg", a.Pos, false)
	d.field("arg", true)
	d.str(a.Name)
	d.field("annotation", false)
	d.expr(a.Annotation)
	d.w(")")
}

func (d *dumper) args(as []*ast.Arg) {
	d.w("[")
	for i, a := range as {
		if i > 0 {
			d.w(", ")
		}
		d.arg(a)
	}
	d.w("]")
}

func (d *dumper) arguments(a *ast.Arguments) {
	d.w("arguments(posonlyargs=")
	d.args(a.PosOnlyArgs)
	d.w(", args=")
	d.args(a.Args)
	d.w(", vararg=")
	d.arg(a.Vararg)
	d.w(", kwonlyargs=")
	d.args(a.KwOnlyArgs)
	d.w(", kw_defaults=")
	d.exprs(a.KwDefaults)
	d.w(", kwarg=")
	d.arg(a.Kwarg)
	d.w(", defaults=")
	d.exprs(a.Defaults)
	d.w(")")
}

var opNames = map[string]string{
	"+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod",
	"**": "Pow", "<<": "LShift", ">>": "RShift", "|": "BitOr", "^": "BitXor",
	"&": "BitAnd", "//": "FloorDiv",
	"and": "And", "or": "Or",
	"==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
	"is": "Is", "is not": "IsNot", "in": "In", "not in": "NotIn",
}

var unaryNames = map[string]string{"~": "Invert", "not": "Not", "+": "UAdd", "-": "USub"}

func (d *dumper) comps(cs []*ast.Comprehension) {
	d.w("[")
	for i, c := range cs {
		if i > 0 {
			d.w(", ")
		}
		d.w("comprehension(target=")
		d.expr(c.Target)
		d.w(", iter=")
		d.expr(c.Iter)
		d.w(", ifs=")
		d.exprs(c.Ifs)
		d.w(", is_async=" + bit(c.IsAsync) + ")")
	}
	d.w("]")
}

func (d *dumper) expr(e ast.Expr) { d.exprF(e, false) }

func (d *dumper) exprF(e ast.Expr, fpart bool) {
	if e == nil || e == ast.Expr(nil) {
		d.w("None")
		return
	}
	switch e := e.(type) {
	case *ast.Constant:
		d.node("Constant", e.Pos, fpart)
		d.field("value", true)
		d.w(constRepr(e))
	case *ast.Name:
		d.node("Name", e.Pos, fpart)
		d.field("id", true)
		d.str(e.ID)
	case *ast.JoinedStr:
		d.node("JoinedStr", e.Pos, fpart)
		d.field("values", true)
		d.w("[")
		for i, v := range e.Values {
			if i > 0 {
				d.w(", ")
			}
			d.exprF(v, true)
		}
		d.w("]")
	case *ast.FormattedValue:
		d.node("FormattedValue", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
		d.field("conversion", false)
		if e.Conversion == 0 {
			d.w("-1")
		} else {
			d.w(strconv.Itoa(int(e.Conversion)))
		}
		d.field("format_spec", false)
		if e.FormatSpec == nil {
			d.w("None")
		} else {
			d.exprF(e.FormatSpec, true)
		}
	case *ast.BinOp:
		d.node("BinOp", e.Pos, fpart)
		d.field("left", true)
		d.expr(e.Left)
		d.field("op", false)
		d.w(opNames[e.Op] + "()")
		d.field("right", false)
		d.expr(e.Right)
	case *ast.UnaryOp:
		d.node("UnaryOp", e.Pos, fpart)
		d.field("op", true)
		d.w(unaryNames[e.Op] + "()")
		d.field("operand", false)
		d.expr(e.Operand)
	case *ast.BoolOp:
		d.node("BoolOp", e.Pos, fpart)
		d.field("op", true)
		d.w(opNames[e.Op] + "()")
		d.field("values", false)
		d.exprs(e.Values)
	case *ast.Compare:
		d.node("Compare", e.Pos, fpart)
		d.field("left", true)
		d.expr(e.Left)
		d.field("ops", false)
		d.w("[")
		for i, op := range e.Ops {
			if i > 0 {
				d.w(", ")
			}
			d.w(opNames[op] + "()")
		}
		d.w("]")
		d.field("comparators", false)
		d.exprs(e.Comparators)
	case *ast.Call:
		d.node("Call", e.Pos, fpart)
		d.field("func", true)
		d.expr(e.Func)
		d.field("args", false)
		d.exprs(e.Args)
		d.field("keywords", false)
		d.keywords(e.Keywords)
	case *ast.Attribute:
		d.node("Attribute", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
		d.field("attr", false)
		d.str(e.Attr)
	case *ast.Subscript:
		d.node("Subscript", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
		d.field("slice", false)
		d.expr(e.Slice)
	case *ast.Slice:
		d.node("Slice", e.Pos, fpart)
		d.field("lower", true)
		d.expr(e.Lower)
		d.field("upper", false)
		d.expr(e.Upper)
		d.field("step", false)
		d.expr(e.Step)
	case *ast.Starred:
		d.node("Starred", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
	case *ast.List:
		d.node("List", e.Pos, fpart)
		d.field("elts", true)
		d.exprs(e.Elts)
	case *ast.Tuple:
		d.node("Tuple", e.Pos, fpart)
		d.field("elts", true)
		d.exprs(e.Elts)
	case *ast.Set:
		d.node("Set", e.Pos, fpart)
		d.field("elts", true)
		d.exprs(e.Elts)
	case *ast.Dict:
		d.node("Dict", e.Pos, fpart)
		d.field("keys", true)
		d.exprs(e.Keys)
		d.field("values", false)
		d.exprs(e.Values)
	case *ast.ListComp:
		d.node("ListComp", e.Pos, fpart)
		d.field("elt", true)
		d.expr(e.Elt)
		d.field("generators", false)
		d.comps(e.Generators)
	case *ast.SetComp:
		d.node("SetComp", e.Pos, fpart)
		d.field("elt", true)
		d.expr(e.Elt)
		d.field("generators", false)
		d.comps(e.Generators)
	case *ast.GeneratorExp:
		d.node("GeneratorExp", e.Pos, fpart)
		d.field("elt", true)
		d.expr(e.Elt)
		d.field("generators", false)
		d.comps(e.Generators)
	case *ast.DictComp:
		d.node("DictComp", e.Pos, fpart)
		d.field("key", true)
		d.expr(e.Key)
		d.field("value", false)
		d.expr(e.Value)
		d.field("generators", false)
		d.comps(e.Generators)
	case *ast.Lambda:
		d.node("Lambda", e.Pos, fpart)
		d.field("args", true)
		d.arguments(e.Args)
		d.field("body", false)
		d.expr(e.Body)
	case *ast.IfExp:
		d.node("IfExp", e.Pos, fpart)
		d.field("test", true)
		d.expr(e.Test)
		d.field("body", false)
		d.expr(e.Body)
		d.field("orelse", false)
		d.expr(e.OrElse)
	case *ast.Await:
		d.node("Await", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
	case *ast.Yield:
		d.node("Yield", e.Pos, fpart)
		d.field("value", true)
		d.expr(e.Value)
	case *ast.NamedExpr:
		d.node("NamedExpr", e.Pos, fpart)
		d.field("target", true)
		d.expr(e.Target)
		d.field("value", false)
		d.expr(e.Value)
	default:
		d.w(fmt.Sprintf("?%T(", e))
	}
	d.w(")")
}

func constRepr(c *ast.Constant) string {
	switch c.Kind {
	case ast.ConstNone:
		return "None"
	case ast.ConstEllipsis:
		return "Ellipsis"
	case ast.ConstBool:
		if c.Value == true {
			return "True"
		}
		return "False"
	case ast.ConstInt:
		return c.Value.(string)
	case ast.ConstFloat:
		return pyFloatRepr(c.Value.(float64))
	case ast.ConstComplex:
		return pyFloatRepr(c.Value.(float64)) + "j"
	case ast.ConstBytes:
		b := c.Value.([]byte)
		rs := make([]rune, len(b))
		for i, x := range b {
			rs[i] = rune(x)
		}
		return "b" + pyJSON(string(rs))
	}
	return pyJSON(c.Value.(string))
}

// pyFloatRepr formats f as Python's repr(float) does.
func pyFloatRepr(f float64) string {
	switch {
	case f != f:
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		out += fmt.Sprintf("e%s%02d", sign, exp)
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if len(digits) > exp+1 {
		out = digits[:exp+1] + "." + digits[exp+1:]
	} else {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	if neg {
		out = "-" + out
	}
	return out
}

// pyJSON quotes s as Python's json.dumps does (ensure_ascii).
func pyJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range wtf8Runes(s) {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || r > 0x7e:
				if r > 0xffff {
					r1, r2 := utf16.EncodeRune(r)
					fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
				} else {
					fmt.Fprintf(&b, `\u%04x`, r)
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// wtf8Runes decodes s, keeping lone surrogates encoded as WTF-8.
func wtf8Runes(s string) []rune {
	var out []rune
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			out = append(out, rune(s[i]&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}
