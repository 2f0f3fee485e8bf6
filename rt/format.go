package rt

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PyFormatter is implemented by values that define Python's __format__.
type PyFormatter interface {
	PyFormat(spec string) (string, error)
}

// Format returns format(v, spec), the text of an f-string replacement field
// {v:spec}, following CPython's format-spec mini-language
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] for
// int, bool, float and str. Other values accept only an empty spec (or
// define PyFormat). Conversions !r and !s are Format(Repr(v), spec) and
// Format(Str(v), spec).
func Format(v any, spec string) (string, error) {
	switch x := v.(type) {
	case string:
		return formatStr(x, spec)
	case int:
		return formatInt(big.NewInt(int64(x)), spec, "int")
	case float64:
		return formatFloat(x, spec)
	case bool:
		if spec == "" {
			return reprBool(x), nil
		}
		return formatInt(big.NewInt(int64(boolInt(x))), spec, "bool")
	case *big.Int:
		return formatInt(x, spec, "int")
	case PyFormatter:
		return x.PyFormat(spec)
	}
	if rv := reflect.ValueOf(v); rv.CanInt() {
		return formatInt(big.NewInt(rv.Int()), spec, "int")
	}
	if spec == "" {
		return Str(v), nil
	}
	return "", TypeError.New("unsupported format string passed to " + TypeName(v) + ".__format__")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill      rune
	align     byte // 0 when not given
	sign      byte // 0, '+', '-' or ' '
	noNegZero bool // the z option
	alt       bool // the # option
	width     int
	grouping  byte // 0, ',' or '_'
	prec      int  // -1 when not given
	typ       byte // 0 when not given
}

// parseSpec parses spec for a value of Python type typeName whose default
// alignment is defAlign.
func parseSpec(spec, typeName string, defAlign byte) (formatSpec, error) {
	f := formatSpec{fill: ' ', prec: -1}
	s := spec
	fillGiven := false
	if r, size := utf8.DecodeRuneInString(s); size > 0 && size < len(s) && isAlign(s[size]) {
		f.fill, f.align, fillGiven, s = r, s[size], true, s[size+1:]
	} else if s != "" && isAlign(s[0]) {
		f.align, s = s[0], s[1:]
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign, s = s[0], s[1:]
	}
	if s != "" && s[0] == 'z' {
		f.noNegZero, s = true, s[1:]
	}
	if s != "" && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	if s != "" && s[0] == '0' && !fillGiven {
		f.fill = '0'
		if f.align == 0 && defAlign == '>' {
			f.align = '='
		}
		s = s[1:]
	}
	f.width, s = leadingNumber(s)
	if s != "" && (s[0] == ',' || s[0] == '_') {
		f.grouping, s = s[0], s[1:]
		if s != "" && (s[0] == ',' || s[0] == '_') {
			return f, ValueError.New("Cannot specify both ',' and '_'.")
		}
	}
	if s != "" && s[0] == '.' {
		var n int
		start := s[1:]
		n, s = leadingNumber(start)
		if len(s) == len(start) {
			return f, ValueError.New("Format specifier missing precision")
		}
		f.prec = n
	}
	if len(s) > 1 {
		return f, ValueError.New("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
	}
	if s != "" {
		f.typ = s[0]
	}
	if f.align == 0 {
		f.align = defAlign
	}
	return f, nil
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

func leadingNumber(s string) (int, string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	n, _ := strconv.Atoi(s[:i])
	return n, s[i:]
}

// checkGrouping reports CPython's error for a grouping option that the
// presentation type does not allow.
func (f formatSpec) checkGrouping() error {
	if f.grouping == 0 {
		return nil
	}
	switch f.typ {
	case 0, 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return nil
	case 'b', 'o', 'x', 'X':
		if f.grouping == '_' {
			return nil
		}
	}
	return ValueError.New("Cannot specify '" + string(f.grouping) + "' with '" + string(f.typ) + "'.")
}

func unknownCode(typ byte, typeName string) error {
	return ValueError.New("Unknown format code '" + string(typ) + "' for object of type '" + typeName + "'")
}

// formatStr formats a str.
func formatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseSpec(spec, "str", '<')
	if err != nil {
		return "", err
	}
	switch {
	case f.typ != 0 && f.typ != 's':
		return "", unknownCode(f.typ, "str")
	case f.sign != 0:
		return "", ValueError.New("Sign not allowed in string format specifier")
	case f.alt:
		return "", ValueError.New("Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", ValueError.New("'=' alignment not allowed in string format specifier")
	case f.grouping != 0:
		return "", ValueError.New("Cannot specify '" + string(f.grouping) + "' with 's'.")
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		s = string([]rune(s)[:f.prec])
	}
	return pad(s, f), nil
}

// pad aligns s in f.width columns (code points) with f.fill.
func pad(s string, f formatSpec) string {
	n := f.width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	fill := string(f.fill)
	switch f.align {
	case '<':
		return s + strings.Repeat(fill, n)
	case '^':
		return strings.Repeat(fill, n/2) + s + strings.Repeat(fill, n-n/2)
	}
	return strings.Repeat(fill, n) + s
}

// number is a formatted number split into its parts before padding.
type number struct {
	sign   string // "", "-", "+" or " "
	prefix string // 0x, 0o, 0b
	intDig string // integer digits, before grouping
	rest   string // decimal point, fraction, exponent, %
	group  int    // digits per group (3 or 4), 0 for none
}

// layout groups and pads a number according to f.
func (n number) layout(f formatSpec) string {
	head := n.sign + n.prefix
	body := n.intDig
	if f.grouping != 0 && n.group != 0 {
		minLen := 0
		if f.fill == '0' && f.align == '=' {
			minLen = f.width - len(head) - utf8.RuneCountInString(n.rest)
		}
		body = groupDigits(body, n.group, f.grouping, minLen)
	}
	body += n.rest
	if f.align == '=' {
		w := f.width - len(head)
		inner := f
		inner.width = w
		inner.align = '>'
		return head + pad(body, inner)
	}
	return pad(head+body, f)
}

// groupDigits inserts sep every size digits from the right, first adding
// leading zeros until the result is at least minLen long.
func groupDigits(digits string, size int, sep byte, minLen int) string {
	for {
		g := groupOnce(digits, size, sep)
		if len(g) >= minLen {
			return g
		}
		digits = "0" + digits
	}
}

func groupOnce(digits string, size int, sep byte) string {
	if len(digits) <= size {
		return digits
	}
	var b strings.Builder
	first := len(digits) % size
	if first == 0 {
		first = size
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += size {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+size])
	}
	return b.String()
}

// signOf returns the sign text for a number whose sign is neg.
func signOf(neg bool, f formatSpec) string {
	switch {
	case neg:
		return "-"
	case f.sign == '+':
		return "+"
	case f.sign == ' ':
		return " "
	}
	return ""
}

// formatInt formats an int (any size) or bool; typeName is used in errors.
func formatInt(x *big.Int, spec, typeName string) (string, error) {
	if spec == "" {
		return BigStrErr(x)
	}
	f, err := parseSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fl, acc := new(big.Float).SetInt(x).Float64()
		if math.IsInf(fl, 0) && acc != big.Exact {
			return "", OverflowError.New("int too large to convert to float")
		}
		return formatFloatSpec(fl, f)
	}
	if err := checkIntSpec(f, typeName); err != nil {
		return "", err
	}
	if f.typ == 'c' {
		return formatChar(x, f)
	}
	return intNumber(x, f).layout(f), nil
}

func checkIntSpec(f formatSpec, typeName string) error {
	switch f.typ {
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return unknownCode(f.typ, typeName)
	}
	if f.noNegZero {
		return ValueError.New("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.prec >= 0 {
		return ValueError.New("Precision not allowed in integer format specifier")
	}
	if f.typ == 'c' && f.sign != 0 {
		return ValueError.New("Sign not allowed with integer format specifier 'c'")
	}
	if f.typ == 'c' && f.alt {
		return ValueError.New("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	return f.checkGrouping()
}

func formatChar(x *big.Int, f formatSpec) (string, error) {
	if !x.IsInt64() && x.Sign() > 0 {
		return "", OverflowError.New("Python int too large to convert to C long")
	}
	if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 0x10ffff {
		return "", OverflowError.New("%c arg not in range(0x110000)")
	}
	if f.align == '=' {
		f.align = '>'
	}
	return pad(string(rune(x.Int64())), f), nil
}

// intNumber renders the digits, sign and prefix of an int.
func intNumber(x *big.Int, f formatSpec) number {
	n := number{sign: signOf(x.Sign() < 0, f), group: 3}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if base != 10 {
		n.group = 4
	}
	if f.alt {
		n.prefix = prefix
	}
	if x.IsInt64() {
		n.intDig = strconv.FormatUint(absU(int(x.Int64())), base)
	} else {
		n.intDig = new(big.Int).Abs(x).Text(base)
	}
	if f.typ == 'X' {
		n.intDig = strings.ToUpper(n.intDig)
	}
	return n
}

// formatFloat formats a float.
func formatFloat(x float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	if len(spec) == 3 && spec[0] == '.' && isDigit(spec[1]) && spec[2] == 'f' && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return strconv.FormatFloat(x, 'f', int(spec[1]-'0'), 64), nil // the common {x:.2f}
	}
	f, err := parseSpec(spec, "float", '>')
	if err != nil {
		return "", err
	}
	return formatFloatSpec(x, f)
}

func formatFloatSpec(x float64, f formatSpec) (string, error) {
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(f.typ, "float")
	}
	if err := f.checkGrouping(); err != nil {
		return "", err
	}
	return floatNumber(x, f).layout(f), nil
}

// floatNumber renders a float's parts for the presentation type of f.
func floatNumber(x float64, f formatSpec) number {
	typ, prec := f.typ, f.prec
	suffix := ""
	if typ == '%' {
		x *= 100
		typ, suffix = 'f', "%"
	}
	if typ == 'n' {
		typ = 'g'
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	neg := math.Signbit(x) && !math.IsNaN(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		body := "inf"
		if math.IsNaN(x) {
			body = "nan"
		}
		if upper {
			body = strings.ToUpper(body)
		}
		return number{sign: signOf(neg, f), intDig: body + suffix}
	}
	text := floatBody(math.Abs(x), typ, prec, f.alt)
	if upper {
		text = strings.ToUpper(text)
	}
	if neg && f.noNegZero && isZeroText(text) {
		neg = false
	}
	i := strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		i = len(text)
	}
	return number{sign: signOf(neg, f), intDig: text[:i], rest: text[i:] + suffix, group: 3}
}

func isZeroText(s string) bool {
	mant, _, _ := strings.Cut(strings.ToLower(s), "e")
	return strings.Trim(mant, "0.") == ""
}

// floatBody formats a non-negative finite float with Python's rules for
// presentation type typ (0 means the type was omitted).
func floatBody(x float64, typ byte, prec int, alt bool) string {
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s := strconv.FormatFloat(x, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		_, digits, decpt := decimalDigits(x, prec+1)
		return expBody(digits, decpt, alt)
	case 0:
		if prec < 0 {
			return altRepr(x, alt)
		}
		return generalBody(x, prec, alt, true)
	}
	if prec < 0 {
		prec = 6
	}
	return generalBody(x, prec, alt, false)
}

// expBody lays out digits in exponent notation; alt keeps a decimal point
// even without fraction digits.
func expBody(digits string, decpt int, alt bool) string {
	s := digits[:1]
	if len(digits) > 1 || alt {
		s += "." + digits[1:]
	}
	return s + expSuffix(decpt-1)
}

// generalBody implements the 'g' type and, with addDot0, the omitted type
// with a precision: significant digits rounded to prec, exponent notation
// when the exponent is too small or large, trailing zeros removed unless
// alt.
func generalBody(x float64, prec int, alt, addDot0 bool) string {
	if prec == 0 {
		prec = 1
	}
	_, digits, decpt := decimalDigits(x, prec)
	if x == 0 {
		decpt = 1
	}
	limit := prec
	if addDot0 {
		limit = prec - 1
	}
	if !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	if decpt <= -4 || decpt > limit {
		return expBody(digits, decpt, alt)
	}
	s := fixedNotation(digits, decpt, addDot0)
	if alt && !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// altRepr is repr(x), with a decimal point forced into exponent notation
// by the # option (1.e+16).
func altRepr(x float64, alt bool) string {
	s := FloatRepr(x)
	if alt && !strings.Contains(s, ".") {
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			s = s[:i] + "." + s[i:]
		}
	}
	return s
}
