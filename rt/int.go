package rt

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unicode"
)

// Python ints in generated code.
//
// A statically typed Python int is a Go int (64 bits). The checked helpers
// below (AddInt, SubInt, MulInt, PowInt, LshInt, FloorDivInt, ...) follow
// Python's rules and return OverflowError "integer result does not fit in
// 64 bits" rather than a wrapped-around wrong answer. Dynamic code (the
// operators of value_ops.go) promotes to *big.Int instead and is exact.

// errIntOverflow is the error of a checked int operation whose exact result
// does not fit in a Go int.
func errIntOverflow() error {
	return OverflowError.New("integer result does not fit in 64 bits")
}

// AddInt returns a + b, or OverflowError if the sum leaves 64 bits.
func AddInt(a, b int) (int, error) {
	s := a + b
	if (s > a) != (b > 0) {
		return 0, errIntOverflow()
	}
	return s, nil
}

// SubInt returns a - b, or OverflowError if the difference leaves 64 bits.
func SubInt(a, b int) (int, error) {
	s := a - b
	if (s < a) != (b > 0) {
		return 0, errIntOverflow()
	}
	return s, nil
}

// MulInt returns a * b, or OverflowError if the product leaves 64 bits.
func MulInt(a, b int) (int, error) {
	hi, lo := bits.Mul64(uint64(absU(a)), uint64(absU(b)))
	neg := (a < 0) != (b < 0)
	if hi != 0 || lo > math.MaxInt64+boolU(neg) {
		return 0, errIntOverflow()
	}
	if neg {
		return int(-lo), nil
	}
	return int(lo), nil
}

// NegInt returns -a, or OverflowError for the most negative int.
func NegInt(a int) (int, error) {
	if a == math.MinInt64 {
		return 0, errIntOverflow()
	}
	return -a, nil
}

// AbsInt returns abs(a), or OverflowError for the most negative int.
func AbsInt(a int) (int, error) {
	if a < 0 {
		return NegInt(a)
	}
	return a, nil
}

func absU(a int) uint64 {
	if a < 0 {
		return uint64(-a) // also right for MinInt64
	}
	return uint64(a)
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// FloorDivInt returns a // b: the quotient rounded toward negative infinity.
// ZeroDivisionError "integer division or modulo by zero".
func FloorDivInt(a, b int) (int, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("integer division or modulo by zero")
	}
	if b == -1 {
		return NegInt(a)
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, nil
}

// ModInt returns a % b with the sign of b. ZeroDivisionError "integer modulo
// by zero".
func ModInt(a, b int) (int, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("integer modulo by zero")
	}
	return mod(a, b), nil
}

func mod(a, b int) int {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// DivModInt returns divmod(a, b) = (a // b, a % b). ZeroDivisionError "integer
// division or modulo by zero".
func DivModInt(a, b int) (Tuple2[int, int], error) {
	q, err := FloorDivInt(a, b)
	if err != nil {
		return Tuple2[int, int]{}, err
	}
	return Tuple2[int, int]{q, mod(a, b)}, nil
}

// TrueDivInt returns a / b for ints, correctly rounded as CPython computes it.
// ZeroDivisionError "division by zero".
func TrueDivInt(a, b int) (float64, error) {
	if b == 0 {
		return 0, ZeroDivisionError.New("division by zero")
	}
	const exact = 1 << 53
	if a >= -exact && a <= exact && b >= -exact && b <= exact {
		return float64(a) / float64(b), nil
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(int64(a)), big.NewInt(int64(b))).Float64()
	return f, nil
}

// PowInt returns a ** b for b >= 0, or OverflowError when the result leaves
// 64 bits. A negative b gives a float in Python: use PowIntFloat (or the
// dynamic Pow) for that case; PowInt then returns a ValueError.
func PowInt(a, b int) (int, error) {
	if b < 0 {
		return 0, ValueError.New("negative exponent: the result is a float")
	}
	result := 1
	for b > 0 {
		var err error
		if b&1 == 1 {
			if result, err = MulInt(result, a); err != nil {
				return 0, err
			}
		}
		b >>= 1
		if b > 0 {
			if a, err = MulInt(a, a); err != nil {
				return 0, err
			}
		}
	}
	return result, nil
}

// PowIntFloat returns a ** b for a negative b, which is a float:
// ZeroDivisionError "0.0 cannot be raised to a negative power" for a == 0.
func PowIntFloat(a, b int) (float64, error) {
	return PowFloat(float64(a), float64(b))
}

// PowMod returns pow(a, b, m) for b >= 0: ValueError "pow() 3rd argument
// cannot be 0" for m == 0. The result has the sign of m.
func PowMod(a, b, m int) (int, error) {
	if m == 0 {
		return 0, ValueError.New("pow() 3rd argument cannot be 0")
	}
	if b < 0 {
		return 0, ValueError.New("base is not invertible for the given modulus")
	}
	r := new(big.Int).Exp(big.NewInt(int64(a)), big.NewInt(int64(b)), new(big.Int).Abs(big.NewInt(int64(m))))
	return mod(int(r.Int64()), m), nil
}

// LshInt returns a << n: ValueError "negative shift count", OverflowError
// when the result leaves 64 bits.
func LshInt(a, n int) (int, error) {
	if n < 0 {
		return 0, ValueError.New("negative shift count")
	}
	if a == 0 {
		return 0, nil
	}
	if n > 63 || (a<<n)>>n != a {
		return 0, errIntOverflow()
	}
	return a << n, nil
}

// RshInt returns a >> n (arithmetic shift): ValueError "negative shift
// count".
func RshInt(a, n int) (int, error) {
	if n < 0 {
		return 0, ValueError.New("negative shift count")
	}
	if n > 63 {
		n = 63
	}
	return a >> n, nil
}

// RoundInt returns round(x, n) for an int: for n < 0, x rounded half to
// even at 10**-n; x itself for n >= 0. OverflowError when the rounded value
// leaves 64 bits.
func RoundInt(x, n int) (int, error) {
	if n >= 0 {
		return x, nil
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	q := ratRoundHalfEven(new(big.Rat).SetFrac(big.NewInt(int64(x)), p))
	r := q.Mul(q, p)
	if !r.IsInt64() {
		return 0, errIntOverflow()
	}
	return int(r.Int64()), nil
}

// ParseInt returns int(s, base) for a Go int: surrounding whitespace, a
// sign, underscores between digits, Unicode decimal digits, and base
// prefixes 0x/0o/0b (required to match when base is 16/8/2, inferred when
// base is 0). ValueError "invalid literal for int() with base 10: 's'";
// OverflowError when the value needs more than 64 bits (see ParseBigInt).
func ParseInt(s string, base int) (int, error) {
	n, err := ParseBigInt(s, base)
	if err != nil {
		return 0, err
	}
	if i, ok := n.(int); ok {
		return i, nil
	}
	return 0, errIntOverflow()
}

// ParseBigInt is ParseInt returning an exact result: an int when it fits in
// 64 bits, a *big.Int otherwise.
func ParseBigInt(s string, base int) (any, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, ValueError.New("int() base must be >= 2 and <= 36, or 0")
	}
	digits, b, ok := intLiteralDigits(s, base)
	if !ok {
		return nil, ValueError.New("invalid literal for int() with base " + Str(base) + ": " + ReprString(s))
	}
	n, _ := new(big.Int).SetString(digits, b)
	return normBig(n), nil
}

// intLiteralDigits strips s to an ASCII digit string with sign that
// big.Int.SetString reads in the returned base.
func intLiteralDigits(s string, base int) (string, int, bool) {
	t := asciiDigits(strings.TrimSpace(s))
	sign := ""
	if t != "" && (t[0] == '+' || t[0] == '-') {
		sign, t = t[:1], t[1:]
		if sign == "+" {
			sign = ""
		}
	}
	t, base, ok := stripBasePrefix(t, base)
	if !ok || !validDigits(t, base) {
		return "", 0, false
	}
	return sign + strings.ReplaceAll(t, "_", ""), base, true
}

// stripBasePrefix removes a 0x/0o/0b prefix allowed by base (0 infers the
// base); with base 0 a plain number may not have a leading zero.
func stripBasePrefix(t string, base int) (string, int, bool) {
	prefixBase := 0
	if len(t) >= 2 && t[0] == '0' {
		switch t[1] {
		case 'x', 'X':
			prefixBase = 16
		case 'o', 'O':
			prefixBase = 8
		case 'b', 'B':
			prefixBase = 2
		}
	}
	if prefixBase != 0 && (base == 0 || base == prefixBase) {
		rest := strings.TrimPrefix(t[2:], "_")
		return rest, prefixBase, true
	}
	if base == 0 {
		if len(t) > 1 && t[0] == '0' && strings.Trim(t, "0_") != "" {
			return "", 0, false
		}
		return t, 10, true
	}
	return t, base, true
}

// validDigits checks that t is digits of base with single underscores
// between them.
func validDigits(t string, base int) bool {
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '_' && digitValue(t[i]) >= base {
			return false
		}
	}
	return true
}

func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// asciiDigits replaces Unicode decimal digits (category Nd) by ASCII ones,
// as int() and float() accept them.
func asciiDigits(s string) string {
	for _, r := range s {
		if r >= 0x80 {
			return strings.Map(asciiDigit, s)
		}
	}
	return s
}

func asciiDigit(r rune) rune {
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return r
	}
	n := 0
	for unicode.Is(unicode.Nd, r-rune(n)-1) {
		n++
	}
	return '0' + rune(n%10)
}

// normBig returns n as an int when it fits in 64 bits, else n itself.
func normBig(n *big.Int) any {
	if n.IsInt64() {
		return int(n.Int64())
	}
	return n
}

// IntLit returns the int whose decimal digits are s, exactly: an int when
// it fits in 64 bits, a *big.Int otherwise. Generated code writes ints
// beyond 64 bits this way.
func IntLit(s string) any {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("rt.IntLit: not a decimal integer: " + s)
	}
	return normBig(n)
}

// BoolAnd is Python's a & b for bools: both operands are evaluated.
func BoolAnd(a, b bool) bool { return a && b }

// BoolOr is Python's a | b for bools: both operands are evaluated.
func BoolOr(a, b bool) bool { return a || b }
