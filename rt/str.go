package rt

import (
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str returns str(v) as CPython 3.11 prints it.
func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return FloatRepr(x)
	case bool:
		return reprBool(x)
	case PyStrer:
		return x.PyStr()
	case error:
		return x.Error()
	case PyReprer:
		return x.PyRepr()
	case fmt.Stringer:
		if _, isBig := v.(*big.Int); !isBig {
			return x.String()
		}
	}
	return Repr(v)
}

// Repr returns repr(v) as CPython 3.11 prints it.
func Repr(v any) string {
	switch x := v.(type) {
	case nil, NoneType:
		return "None"
	case bool:
		return reprBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return FloatRepr(x)
	case string:
		return ReprString(x)
	case []byte:
		return ReprBytes(x)
	case *big.Int:
		return BigStr(x)
	case PyReprer:
		return x.PyRepr()
	case tupler:
		return reprTuple(x.TupleItems())
	case []any:
		return reprList(x)
	case []int:
		return reprSlice(x)
	case []string:
		return reprSlice(x)
	case []float64:
		return reprSlice(x)
	}
	return reprOther(v)
}

func reprBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func reprSlice[T any](s []T) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range s {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(x))
	}
	b.WriteByte(']')
	return b.String()
}

func reprList(s []any) string { return reprSlice(s) }

func reprTuple(items []any) string {
	if len(items) == 1 {
		return "(" + Repr(items[0]) + ",)"
	}
	s := reprSlice(items)
	return "(" + s[1:len(s)-1] + ")"
}

// reprOther handles the remaining kinds through reflection: other integer
// and float widths, slices and arrays of any element type, Go maps (keys
// sorted, since Go maps have no order), and a generic fallback.
func reprOther(v any) string {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return FloatRepr(rv.Float())
	case reflect.String:
		return ReprString(rv.String())
	case reflect.Bool:
		return reprBool(rv.Bool())
	case reflect.Slice, reflect.Array:
		return reprSlice(reflectItems(rv))
	case reflect.Map:
		return reprGoMap(rv)
	case reflect.Pointer:
		if rv.IsNil() {
			return "None"
		}
	case reflect.Func:
		return "<function>"
	}
	return fmt.Sprint(v)
}

func reflectItems(rv reflect.Value) []any {
	items := make([]any, rv.Len())
	for i := range items {
		items[i] = rv.Index(i).Interface()
	}
	return items
}

func reprGoMap(rv reflect.Value) string {
	parts := make([]string, 0, rv.Len())
	iter := rv.MapRange()
	for iter.Next() {
		parts = append(parts, Repr(iter.Key().Interface())+": "+Repr(iter.Value().Interface()))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

// ReprString returns repr(s) for a Python str: single quotes unless s holds
// a single quote and no double quote, with CPython's escapes for
// backslashes, the quote, \t \n \r and non-printable code points.
func ReprString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, "\\udc%02x", s[i])
		} else {
			writeReprRune(&b, r, quote)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

func writeReprRune(b *strings.Builder, r rune, quote byte) {
	switch {
	case r == rune(quote) || r == '\\':
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x7f && r >= 0x20:
		b.WriteRune(r)
	case r < 0x100 && !isPrintable(r):
		fmt.Fprintf(b, `\x%02x`, r)
	case !isPrintable(r) && r < 0x10000:
		fmt.Fprintf(b, `\u%04x`, r)
	case !isPrintable(r):
		fmt.Fprintf(b, `\U%08x`, r)
	default:
		b.WriteRune(r)
	}
}

// isPrintable reports whether r is printable in the sense of Python's
// str.isprintable: the space, or a code point outside the categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs.
func isPrintable(r rune) bool {
	return r == ' ' || unicode.IsPrint(r)
}

// ReprBytes returns repr(b) for a Python bytes value, e.g. b'a\x00'.
func ReprBytes(p []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(p), '\'') >= 0 && strings.IndexByte(string(p), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

// BigStr returns str(n) for an int beyond 64 bits. Like CPython 3.11 it
// refuses numbers of more than 4300 digits: the result then is the text of
// the ValueError CPython raises (see BigStrErr).
func BigStr(n *big.Int) string {
	s, err := BigStrErr(n)
	if err != nil {
		return err.Error()
	}
	return s
}

// BigStrErr returns str(n), or the ValueError CPython 3.11 raises for
// numbers of more than 4300 decimal digits.
func BigStrErr(n *big.Int) (string, error) {
	if n.BitLen() > maxStrDigits*3 {
		s := n.String()
		digits := len(strings.TrimPrefix(s, "-"))
		if digits > maxStrDigits {
			return "", ValueError.New(fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits))
		}
		return s, nil
	}
	return n.String(), nil
}
