package codegen

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// piece is one part of an f-string: literal text, or a value printed with
// a fmt verb. str is set when arg is a Go string already.
type piece struct {
	text string
	verb string
	arg  *jen.Statement
	str  bool
}

// fstring writes an f-string as string concatenation when its values are
// strings, and as fmt.Sprintf otherwise.
func (g *gen) fstring(e *ast.JoinedStr) *jen.Statement {
	var parts []piece
	for _, v := range e.Values {
		switch v := v.(type) {
		case *ast.Constant:
			parts = append(parts, piece{text: v.Value.(string)})
		case *ast.FormattedValue:
			parts = append(parts, g.fvalue(v))
		}
	}
	nargs, allStr := 0, true
	for _, p := range parts {
		if p.arg != nil {
			nargs++
			allStr = allStr && p.str
		}
	}
	if nargs == 0 {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p.text)
		}
		return jen.Lit(b.String())
	}
	if allStr && nargs <= 2 {
		var code *jen.Statement
		for _, p := range parts {
			var c *jen.Statement
			if p.arg != nil {
				c = p.arg
			} else {
				c = jen.Lit(p.text)
			}
			if code == nil {
				code = c
			} else {
				code = code.Op("+").Add(c)
			}
		}
		return code
	}
	if len(parts) == 1 && parts[0].verb == "%d" {
		return jen.Qual("strconv", "Itoa").Call(parts[0].arg)
	}
	var format strings.Builder
	var args []jen.Code
	for _, p := range parts {
		if p.arg == nil {
			format.WriteString(strings.ReplaceAll(p.text, "%", "%%"))
			continue
		}
		format.WriteString(p.verb)
		args = append(args, p.arg)
	}
	return jen.Qual("fmt", "Sprintf").Call(append([]jen.Code{jen.Lit(format.String())}, args...)...)
}

func (g *gen) fvalue(v *ast.FormattedValue) piece {
	if g.info.Raises[v] {
		return piece{verb: "%s", arg: g.expr(v), str: true}
	}
	t := g.info.TypeOf(v.Value)
	switch v.Conversion {
	case 'r':
		if t.Kind == check.Bytes {
			return piece{verb: "%s", arg: g.rt("Repr").Call(g.rt("BytesOrNone").Call(g.expr(v.Value))), str: true}
		}
		return piece{verb: "%s", arg: g.rt("Repr").Call(g.expr(v.Value)), str: true}
	case 'a':
		return piece{verb: "%s", arg: g.rt("ASCII").Call(g.expr(v.Value)), str: true}
	}
	if v.FormatSpec != nil {
		spec := specText(v.FormatSpec)
		if spec != "" {
			verb, _ := check.GoVerb(spec, t)
			if t.Kind == check.Float {
				// Python spells the special values inf and nan.
				return piece{verb: verb, arg: g.rt("FloatFmt").Call(g.expr(v.Value))}
			}
			return piece{verb: verb, arg: g.expr(v.Value)}
		}
	}
	switch t.Kind {
	case check.Str:
		return piece{verb: "%s", arg: g.expr(v.Value), str: true}
	case check.Int:
		return piece{verb: "%d", arg: g.expr(v.Value)}
	case check.Exc:
		if t.Class == nil || t.Class.ExcData() == nil {
			// exception() and __cause__ may be None
			return piece{verb: "%s", arg: g.rt("Str").Call(g.rt("OptExc").Call(g.expr(v.Value))), str: true}
		}
		return piece{verb: "%s", arg: g.expr(v.Value)}
	case check.DateTime, check.Task, check.Future, check.AnyTask, check.TaskSet:
		return piece{verb: "%s", arg: g.expr(v.Value)}
	case check.Bytes:
		return piece{verb: "%s", arg: g.rt("Str").Call(g.rt("BytesOrNone").Call(g.expr(v.Value))), str: true}
	}
	return piece{verb: "%s", arg: g.rt("Str").Call(g.expr(v.Value)), str: true}
}

func specText(j *ast.JoinedStr) string {
	var b strings.Builder
	for _, v := range j.Values {
		if k, ok := v.(*ast.Constant); ok {
			b.WriteString(k.Value.(string))
		}
	}
	return b.String()
}

// constSpecOf reports whether a format spec has no replacement fields.
func constSpecOf(j *ast.JoinedStr) bool {
	if j == nil {
		return true
	}
	for _, v := range j.Values {
		if _, ok := v.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}
