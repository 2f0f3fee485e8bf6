package rt

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// PercentFormat returns format % args, Python's printf-style formatting.
// args is a tuple (Tuple, Tuple2, ...) for several values, a dict for
// %(name)s fields, or any single value. Supported: %s %r %a %d %i %u %x %X
// %o %e %E %f %F %g %G %c %%, the flags - + space # 0, width and precision
// (also *), and CPython's errors ("not enough arguments for format string",
// "not all arguments converted during string formatting", ...).
func PercentFormat(format string, args any) (string, error) {
	p := percentState{format: format}
	switch a := args.(type) {
	case tupler:
		p.args = a.TupleItems()
	case dictLike:
		p.mapping, p.args = a, []any{a}
	default:
		p.args = []any{args}
		if _, isMap := args.(map[string]any); isMap {
			p.mapping = goMap{args.(map[string]any)}
		}
	}
	return p.run()
}

// goMap adapts a Go map for %(name)s.
type goMap struct{ m map[string]any }

func (g goMap) dictLen() int { return len(g.m) }
func (g goMap) dictItemsAny() []Tuple2[any, any] {
	return nil
}
func (g goMap) dictLookupAny(k any) (any, bool) {
	s, ok := k.(string)
	if !ok {
		return nil, false
	}
	v, ok := g.m[s]
	return v, ok
}

type percentState struct {
	format  string
	args    []any
	next    int
	mapping dictLike
	out     strings.Builder
}

// percentSpec is one parsed conversion.
type percentSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int
	conv                         byte
}

func (p *percentState) run() (string, error) {
	f := p.format
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			p.out.WriteString(f[i:])
			break
		}
		p.out.WriteString(f[i : i+j])
		var err error
		if i, err = p.conversion(i + j + 1); err != nil {
			return "", err
		}
	}
	if p.next < len(p.args) && p.mapping == nil {
		return "", TypeError.New("not all arguments converted during string formatting")
	}
	return p.out.String(), nil
}

// conversion handles one %... starting after the '%' at index i and
// returns the index after it.
func (p *percentState) conversion(i int) (int, error) {
	f := p.format
	if i < len(f) && f[i] == '%' {
		p.out.WriteByte('%')
		return i + 1, nil
	}
	var arg any
	haveArg := false
	if i < len(f) && f[i] == '(' {
		v, end, err := p.mappingArg(i)
		if err != nil {
			return 0, err
		}
		arg, haveArg, i = v, true, end
	}
	s, i, err := p.parseSpec(i)
	if err != nil {
		return 0, err
	}
	if !haveArg {
		if arg, err = p.nextArg(); err != nil {
			return 0, err
		}
	}
	text, err := s.render(arg, i)
	if err != nil {
		return 0, err
	}
	p.out.WriteString(text)
	return i + 1, nil
}

func (p *percentState) mappingArg(i int) (any, int, error) {
	if p.mapping == nil {
		return nil, 0, TypeError.New("format requires a mapping")
	}
	depth, j := 1, i+1
	for ; j < len(p.format) && depth > 0; j++ {
		switch p.format[j] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	if depth > 0 {
		return nil, 0, ValueError.New("incomplete format key")
	}
	key := p.format[i+1 : j-1]
	v, ok := p.mapping.dictLookupAny(key)
	if !ok {
		return nil, 0, KeyError.New(key)
	}
	return v, j, nil
}

func (p *percentState) nextArg() (any, error) {
	if p.next >= len(p.args) {
		return nil, TypeError.New("not enough arguments for format string")
	}
	v := p.args[p.next]
	p.next++
	return v, nil
}

// parseSpec reads flags, width, precision and the conversion character.
func (p *percentState) parseSpec(i int) (percentSpec, int, error) {
	f := p.format
	s := percentSpec{prec: -1}
	for ; i < len(f) && strings.IndexByte("-+ #0", f[i]) >= 0; i++ {
		switch f[i] {
		case '-':
			s.left = true
		case '+':
			s.plus = true
		case ' ':
			s.space = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		}
	}
	var err error
	if s.width, i, err = p.number(i); err != nil {
		return s, i, err
	}
	if s.width < 0 {
		s.left, s.width = true, -s.width
	}
	if i < len(f) && f[i] == '.' {
		if s.prec, i, err = p.number(i + 1); err != nil {
			return s, i, err
		}
		s.prec = max(s.prec, 0)
	}
	for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
		i++
	}
	if i >= len(f) {
		return s, i, ValueError.New("incomplete format")
	}
	s.conv = f[i]
	return s, i, nil
}

// number reads a width or precision: digits or * (taken from the args).
func (p *percentState) number(i int) (int, int, error) {
	f := p.format
	if i < len(f) && f[i] == '*' {
		v, err := p.nextArg()
		if err != nil {
			return 0, i, err
		}
		n, ok := v.(int)
		if !ok {
			return 0, i, TypeError.New("* wants int")
		}
		return n, i + 1, nil
	}
	n := 0
	for ; i < len(f) && isDigit(f[i]); i++ {
		n = n*10 + int(f[i]-'0')
	}
	return n, i, nil
}

// render formats arg for this conversion; at is the index of the
// conversion character (for error messages).
func (s percentSpec) render(arg any, at int) (string, error) {
	switch s.conv {
	case 's', 'r', 'a':
		return s.renderText(arg), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		return s.renderInt(arg)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return s.renderFloat(arg)
	case 'c':
		return s.renderChar(arg)
	}
	return "", ValueError.New(fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", rune(s.conv), s.conv, at))
}

func (s percentSpec) renderText(arg any) string {
	var text string
	switch s.conv {
	case 's':
		text = Str(arg)
	case 'r':
		text = Repr(arg)
	default:
		text = ASCII(arg)
	}
	if s.prec >= 0 && utf8.RuneCountInString(text) > s.prec {
		text = string([]rune(text)[:s.prec])
	}
	return s.padText(text)
}

func (s percentSpec) padText(text string) string {
	n := s.width - utf8.RuneCountInString(text)
	if n <= 0 {
		return text
	}
	if s.left {
		return text + strings.Repeat(" ", n)
	}
	return strings.Repeat(" ", n) + text
}

func (s percentSpec) sign(neg bool) string {
	switch {
	case neg:
		return "-"
	case s.plus:
		return "+"
	case s.space:
		return " "
	}
	return ""
}

// padNumber pads sign+prefix+digits to the width, with zeros after the
// sign when the 0 flag is set (and - is not).
func (s percentSpec) padNumber(sign, prefix, digits string) string {
	n := s.width - len(sign) - len(prefix) - len(digits)
	switch {
	case n <= 0:
		return sign + prefix + digits
	case s.left:
		return sign + prefix + digits + strings.Repeat(" ", n)
	case s.zero:
		return sign + prefix + strings.Repeat("0", n) + digits
	}
	return strings.Repeat(" ", n) + sign + prefix + digits
}

func (s percentSpec) renderInt(arg any) (string, error) {
	n, err := s.intArg(arg)
	if err != nil {
		return "", err
	}
	base, prefix := 10, ""
	switch s.conv {
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	case 'o':
		base, prefix = 8, "0o"
	}
	digits := new(big.Int).Abs(n).Text(base)
	if s.conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if len(digits) < s.prec {
		digits = strings.Repeat("0", s.prec-len(digits)) + digits
	}
	if !s.alt {
		prefix = ""
	}
	return s.padNumber(s.sign(n.Sign() < 0), prefix, digits), nil
}

// intArg converts arg for an integer conversion: %d accepts floats
// (truncated), %x and %o need ints.
func (s percentSpec) intArg(arg any) (*big.Int, error) {
	if b := toBig(arg); b != nil {
		return b, nil
	}
	if f, ok := arg.(float64); ok && (s.conv == 'd' || s.conv == 'i' || s.conv == 'u') {
		v, err := FloatToBig(f)
		if err != nil {
			return nil, err
		}
		return toBig(v), nil
	}
	if s.conv == 'd' || s.conv == 'i' || s.conv == 'u' {
		return nil, TypeError.New("%" + string(s.conv) + " format: a real number is required, not " + TypeName(arg))
	}
	return nil, TypeError.New("%" + string(s.conv) + " format: an integer is required, not " + TypeName(arg))
}

func (s percentSpec) renderFloat(arg any) (string, error) {
	x, err := toFloat(arg)
	if err != nil {
		return "", TypeError.New("must be real number, not " + TypeName(arg))
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	var body string
	switch {
	case math.IsNaN(x):
		body = "nan"
	case math.IsInf(x, 0):
		body = "inf"
	default:
		prec := s.prec
		if prec < 0 {
			prec = 6
		}
		lower := s.conv | 0x20
		body = floatBody(math.Abs(x), lower, prec, s.alt)
	}
	if s.conv == 'E' || s.conv == 'F' || s.conv == 'G' {
		body = strings.ToUpper(body)
	}
	return s.padNumber(s.sign(neg), "", body), nil
}

func (s percentSpec) renderChar(arg any) (string, error) {
	switch x := arg.(type) {
	case string:
		if utf8.RuneCountInString(x) == 1 {
			return s.padText(x), nil
		}
	case int:
		if x < 0 || x > 0x10ffff {
			return "", OverflowError.New("%c arg not in range(0x110000)")
		}
		return s.padText(string(rune(x))), nil
	}
	return "", TypeError.New("%c requires int or char")
}

// ASCII returns ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(v any) string {
	r := Repr(v)
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return b.String()
}
