package rt

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatRepr returns repr(f) (also str(f)): the shortest string that reads
// back as f, in fixed notation when the decimal exponent is in [-4, 16) and
// in exponent notation otherwise, e.g. 0.30000000000000004, 100.0, 1e+16,
// 1e-05, inf, nan, -0.0.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	var out [40]byte
	return string(reprLayout(out[:0], e))
}

// reprLayout appends repr's layout of e, a float in Go's shortest 'e'
// format (-d.ddde±XX), to out.
func reprLayout(out, e []byte) []byte {
	if e[0] == '-' {
		out = append(out, '-')
		e = e[1:]
	}
	var digits [20]byte
	nd := 0
	i := 0
	for ; e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp := 0
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		exp = -exp
	}
	decpt := exp + 1
	if decpt <= -4 || decpt > 16 {
		return appendExp(out, digits[:nd], exp)
	}
	return appendFixed(out, digits[:nd], decpt)
}

func appendExp(out, digits []byte, exp int) []byte {
	out = append(out, digits[0])
	if len(digits) > 1 {
		out = append(out, '.')
		out = append(out, digits[1:]...)
	}
	out = append(out, 'e')
	if exp < 0 {
		out = append(out, '-')
		exp = -exp
	} else {
		out = append(out, '+')
	}
	if exp < 10 {
		out = append(out, '0')
	}
	return strconv.AppendInt(out, int64(exp), 10)
}

func appendFixed(out, digits []byte, decpt int) []byte {
	switch {
	case decpt <= 0:
		out = append(out, '0', '.')
		for range -decpt {
			out = append(out, '0')
		}
		return append(out, digits...)
	case decpt >= len(digits):
		out = append(out, digits...)
		for range decpt - len(digits) {
			out = append(out, '0')
		}
		return append(out, '.', '0')
	}
	out = append(out, digits[:decpt]...)
	out = append(out, '.')
	return append(out, digits[decpt:]...)
}

// decimalDigits returns the sign, the significant digits of |f| rounded to
// prec digits (-1: shortest round trip) and the decimal point position.
func decimalDigits(f float64, prec int) (neg bool, digits string, decpt int) {
	neg = math.Signbit(f)
	if prec == 0 {
		prec = 1
	}
	var s string
	if prec < 0 {
		s = strconv.FormatFloat(math.Abs(f), 'e', -1, 64)
	} else {
		s = strconv.FormatFloat(math.Abs(f), 'e', prec-1, 64)
	}
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits = strings.Replace(mant, ".", "", 1)
	if prec < 0 {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	return neg, digits, e + 1
}

// fixedNotation lays out digits with the decimal point at decpt; dot0 adds
// ".0" when no fractional digit would be printed.
func fixedNotation(digits string, decpt int, dot0 bool) string {
	var s string
	switch {
	case decpt <= 0:
		s = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		s = digits + strings.Repeat("0", decpt-len(digits))
		if dot0 {
			s += ".0"
		}
	default:
		s = digits[:decpt] + "." + digits[decpt:]
	}
	return s
}

func expSuffix(e int) string {
	sign := "+"
	if e < 0 {
		sign = "-"
		e = -e
	}
	if e < 10 {
		return "e" + sign + "0" + strconv.Itoa(e)
	}
	return "e" + sign + strconv.Itoa(e)
}

// TrueDivFloat returns a / b, with ZeroDivisionError "float division by
// zero" for b == 0.
func TrueDivFloat(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("float division by zero")
	}
	return a / b, nil
}

// FloorDivFloat returns a // b for floats (floor of the quotient), with
// ZeroDivisionError "float floor division by zero".
func FloorDivFloat(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("float floor division by zero")
	}
	q, _ := floatDivmod(a, b)
	return q, nil
}

// ModFloat returns a % b for floats: the result has the sign of b.
// ZeroDivisionError "float modulo" for b == 0.
func ModFloat(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("float modulo")
	}
	_, m := floatDivmod(a, b)
	return m, nil
}

// DivModFloat returns divmod(a, b) for floats, with ZeroDivisionError
// "float divmod()".
func DivModFloat(a, b float64) (Tuple2[float64, float64], error) {
	if b == 0 {
		return Tuple2[float64, float64]{}, ZeroDivisionError.New("float divmod()")
	}
	q, m := floatDivmod(a, b)
	return Tuple2[float64, float64]{q, m}, nil
}

// floatDivmod is CPython's float_divmod for b != 0.
func floatDivmod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

// PowFloat returns a ** b for floats: ZeroDivisionError "0.0 cannot be
// raised to a negative power", OverflowError (34, 'Numerical result out of
// range') when a finite result overflows, and a ValueError for a negative
// base with a fractional exponent (CPython gives a complex number, which
// is not supported).
func PowFloat(a, b float64) (float64, error) {
	if a == 0 && b < 0 && !math.IsInf(b, -1) {
		return 0, ZeroDivisionError.New("0.0 cannot be raised to a negative power")
	}
	if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) && !math.IsInf(a, 0) {
		return 0, ValueError.New("complex numbers are not supported")
	}
	r := math.Pow(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return 0, OverflowError.New(34, "Numerical result out of range")
	}
	return r, nil
}

// ParseFloat returns float(s): surrounding whitespace and underscores
// between digits are allowed, as are inf, infinity and nan in any case.
// Otherwise ValueError "could not convert string to float: 's'".
func ParseFloat(s string) (float64, error) {
	t := asciiDigits(strings.TrimSpace(s))
	if f, ok := parseSpecialFloat(t); ok {
		return f, nil
	}
	if validFloatLiteral(t) {
		f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
		if err == nil || isRangeErr(err) {
			return f, nil
		}
	}
	return 0, ValueError.New("could not convert string to float: " + ReprString(s))
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func parseSpecialFloat(t string) (float64, bool) {
	sign := 1.0
	body := t
	if body != "" && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.Copysign(math.NaN(), sign), true
	}
	return 0, false
}

// validFloatLiteral checks the grammar CPython accepts for float(): sign,
// digits with single underscores between them, optional fraction and
// exponent.
func validFloatLiteral(t string) bool {
	i := 0
	if i < len(t) && (t[i] == '+' || t[i] == '-') {
		i++
	}
	n, i := scanDigits(t, i)
	m := 0
	if i < len(t) && t[i] == '.' {
		m, i = scanDigits(t, i+1)
	}
	if n+m == 0 {
		return false
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		var k int
		k, i = scanDigits(t, i)
		if k == 0 {
			return false
		}
	}
	return i == len(t)
}

// scanDigits reads decimal digits with single underscores between them,
// returning how many digits it read and the index after them (-1 digits
// count on a misplaced underscore is reported as 0 with the index at end
// of input to fail the caller's check).
func scanDigits(t string, i int) (int, int) {
	n := 0
	for i < len(t) {
		c := t[i]
		if c == '_' && n > 0 && i+1 < len(t) && isDigit(t[i+1]) {
			i++
			continue
		}
		if !isDigit(c) {
			break
		}
		n++
		i++
	}
	return n, i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// FloatToInt returns int(f) (truncation toward zero): OverflowError "cannot
// convert float infinity to integer", ValueError "cannot convert float NaN
// to integer", and OverflowError when the result does not fit in 64 bits
// (see FloatToBig for exact results).
func FloatToInt(f float64) (int, error) {
	if err := checkFiniteForInt(f); err != nil {
		return 0, err
	}
	t := math.Trunc(f)
	if t < -9.223372036854775808e18 || t >= 9.223372036854775808e18 {
		return 0, errIntOverflow()
	}
	return int(t), nil
}

// FloatToBig returns int(f) exactly, as an int when it fits and a *big.Int
// otherwise.
func FloatToBig(f float64) (any, error) {
	if err := checkFiniteForInt(f); err != nil {
		return nil, err
	}
	if i, err := FloatToInt(f); err == nil {
		return i, nil
	}
	b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return b, nil
}

func checkFiniteForInt(f float64) error {
	if math.IsInf(f, 0) {
		return OverflowError.New("cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return ValueError.New("cannot convert float NaN to integer")
	}
	return nil
}

// RoundFloat returns round(f) as an int, rounding half to even.
func RoundFloat(f float64) (int, error) {
	return FloatToInt(math.RoundToEven(f))
}

// RoundFloatN returns round(f, n): f rounded half to even at n decimal
// digits (n may be negative), computed on f's exact value as CPython does.
// OverflowError "rounded value too large to represent" when rounding up
// leaves the float range.
func RoundFloatN(f float64, n int) (float64, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 || n > 323 {
		return f, nil
	}
	if n < -308 {
		return math.Copysign(0, f), nil
	}
	x := new(big.Rat).SetFloat64(f)
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(n))), nil))
	if n >= 0 {
		x.Mul(x, scale)
	} else {
		x.Quo(x, scale)
	}
	r := new(big.Rat).SetInt(ratRoundHalfEven(x))
	if n >= 0 {
		r.Quo(r, scale)
	} else {
		r.Mul(r, scale)
	}
	out, _ := r.Float64()
	if math.IsInf(out, 0) {
		return 0, OverflowError.New("rounded value too large to represent")
	}
	return math.Copysign(out, f), nil
}

// ratRoundHalfEven rounds x to the nearest integer, ties to even.
func ratRoundHalfEven(x *big.Rat) *big.Int {
	num, den := x.Num(), x.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor division, m >= 0
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// FloatIsInteger returns float.is_integer(f).
func FloatIsInteger(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}

// CmpIntFloat compares an int with a float exactly, as Python does: -1, 0
// or 1, and NaN when b is NaN (so that every comparison with 0 is false
// but !=).
func CmpIntFloat(a int, b float64) float64 {
	if math.IsNaN(b) {
		return math.NaN()
	}
	if math.IsInf(b, 0) {
		return -math.Copysign(1, b)
	}
	return float64(new(big.Float).SetInt64(int64(a)).Cmp(big.NewFloat(b)))
}

// FloatFmt is a float64 that fmt formats with Python's spelling of the
// special values: %f, %e and %g print inf, -inf and nan (INF and NAN for
// %F and %E) where Go would print +Inf and NaN. Generated f-strings pass
// floats to fmt.Sprintf as FloatFmt.
type FloatFmt float64

// Format implements fmt.Formatter.
func (x FloatFmt) Format(f fmt.State, verb rune) {
	v := float64(x)
	if !math.IsInf(v, 0) && !math.IsNaN(v) {
		fmt.Fprintf(f, fmt.FormatString(f, verb), v)
		return
	}
	s := "nan"
	switch {
	case math.IsInf(v, 1):
		s = "inf"
		if f.Flag('+') {
			s = "+inf"
		} else if f.Flag(' ') {
			s = " inf"
		}
	case math.IsInf(v, -1):
		s = "-inf"
	}
	if verb == 'F' || verb == 'E' || verb == 'G' {
		s = strings.ToUpper(s)
	}
	w, ok := f.Width()
	for ok && len(s) < w {
		if f.Flag('-') {
			s += " "
		} else {
			s = " " + s
		}
	}
	fmt.Fprint(f, s)
}
