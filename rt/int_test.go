package rt

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// intPairs are operand pairs for the int operator tables.
var intPairs = [][2]int{
	{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 0}, {1, 1}, {-9, 3},
	{math.MaxInt64, 1}, {math.MinInt64, -1}, {math.MinInt64, 1}, {3037000500, 3037000499},
	{3037000500, 3037000500},
	{2, 62}, {2, 63}, {-2, 63}, {10, 18}, {10, 19}, {0, 0}, {2, -1}, {0, -1}, {-3, -3}, {-5, 3},
}

// opInt names an int operation as Python source and the Go helper.
type opInt struct {
	py string // format with %[1]d and %[2]d
	fn func(a, b int) (string, error)
}

func intResult(v int, err error) (string, error) { return strconv.Itoa(v), err }

var intOps = []opInt{
	{"(%[1]d) + (%[2]d)", func(a, b int) (string, error) { return intResult(AddInt(a, b)) }},
	{"(%[1]d) - (%[2]d)", func(a, b int) (string, error) { return intResult(SubInt(a, b)) }},
	{"(%[1]d) * (%[2]d)", func(a, b int) (string, error) { return intResult(MulInt(a, b)) }},
	{"(%[1]d) // (%[2]d)", func(a, b int) (string, error) { return intResult(FloorDivInt(a, b)) }},
	{"(%[1]d) %% (%[2]d)", func(a, b int) (string, error) { return intResult(ModInt(a, b)) }},
	{"divmod(%[1]d, %[2]d)", func(a, b int) (string, error) { r, err := DivModInt(a, b); return Repr(r), err }},
	{"(%[1]d) / (%[2]d)", func(a, b int) (string, error) { r, err := TrueDivInt(a, b); return Repr(r), err }},
	{"(%[1]d) ** (%[2]d)", func(a, b int) (string, error) {
		if b < 0 {
			r, err := PowIntFloat(a, b)
			return Repr(r), err
		}
		return intResult(PowInt(a, b))
	}},
	{"round(%[1]d, -(%[2]d %% 20))", func(a, b int) (string, error) { return intResult(RoundInt(a, -mod(b, 20))) }},
}

// skipPow leaves out powers with huge exponents.
func skipPow(py string, p [2]int) bool {
	return strings.Contains(py, "**") && p[1] > 100
}

// overflowText is what the checked helpers return when CPython's exact
// answer needs more than 64 bits.
const overflowText = "!OverflowError: integer result does not fit in 64 bits"

func TestIntOps(t *testing.T) {
	var cases []pyCase
	for _, op := range intOps {
		for _, p := range intPairs {
			if skipPow(op.py, p) {
				continue
			}
			py := sprintf(op.py, p[0], p[1])
			a, b := p[0], p[1]
			fn := op.fn
			cases = append(cases, pyCase{py, func() (string, error) { return fn(a, b) }})
		}
	}
	want := expectations(t, "intops", cases)
	for _, c := range cases {
		got := answer(c.got())
		w := want[c.py]
		if got == overflowText && !fitsInt64(w) {
			continue
		}
		if got != w {
			t.Errorf("%s: got %q, want %q", c.py, got, w)
		}
	}
}

// fitsInt64 reports whether a Python answer is an int that fits in 64 bits
// (if it does not, OverflowError is the documented result).
func fitsInt64(answer string) bool {
	for _, part := range strings.Split(strings.Trim(answer, "()"), ", ") {
		if _, err := strconv.ParseInt(part, 10, 64); err != nil {
			return false
		}
	}
	return true
}

func TestDynamicIntOps(t *testing.T) {
	dyn := []struct {
		py string
		fn func(a, b any) (any, error)
	}{
		{"(%[1]d) + (%[2]d)", Add}, {"(%[1]d) - (%[2]d)", Sub}, {"(%[1]d) * (%[2]d)", Mul},
		{"(%[1]d) // (%[2]d)", FloorDiv}, {"(%[1]d) %% (%[2]d)", Mod}, {"(%[1]d) / (%[2]d)", TrueDiv},
		{"(%[1]d) ** (%[2]d)", Pow},
	}
	var cases []pyCase
	for _, op := range dyn {
		for _, p := range intPairs {
			if skipPow(op.py, p) {
				continue
			}
			r, err := op.fn(p[0], p[1])
			cases = append(cases, pyCase{sprintf(op.py, p[0], p[1]), val(r, err)})
		}
	}
	runTable(t, "intops_dyn", cases)
}

func TestFloatOps(t *testing.T) {
	pairs := [][2]float64{{7.5, 2}, {-7.5, 2}, {7.5, -2}, {0, -1}, {-0.0, 1}, {1, 0}, {0, 0},
		{1e308, 10}, {2, 0.5}, {-8, 1.0 / 3}, {0, -1}, {2, 10000}, {math.Inf(1), 2}, {5, math.Inf(1)},
		{-5, math.Inf(1)}, {math.NaN(), 1}, {1e-300, 1e-300}}
	f := func(v float64, err error) func() (string, error) { return val(v, err) }
	var cases []pyCase
	for _, p := range pairs {
		a, b := p[0], p[1]
		pa, pb := pyFloat(a), pyFloat(b)
		cases = append(cases,
			pyCase{pa + " / " + pb, f(TrueDivFloat(a, b))},
			pyCase{pa + " // " + pb, f(FloorDivFloat(a, b))},
			pyCase{pa + " % " + pb, f(ModFloat(a, b))},
			pyCase{"divmod(" + pa + ", " + pb + ")", val(DivModFloat(a, b))},
		)
		if a >= 0 || b == math.Trunc(b) {
			cases = append(cases, pyCase{pa + " ** " + pb, val(PowFloat(a, b))})
		}
	}
	runTable(t, "floatops", cases)
}

func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "float('nan')"
	case math.IsInf(f, 1):
		return "float('inf')"
	case math.IsInf(f, -1):
		return "float('-inf')"
	}
	return "(" + FloatRepr(f) + ")"
}

func TestParseAndRound(t *testing.T) {
	pi := func(s string, base int) func() (string, error) { return val(ParseBigInt(s, base)) }
	pf := func(s string) func() (string, error) { return val(ParseFloat(s)) }
	rf := func(f float64, n int) func() (string, error) { return val(RoundFloatN(f, n)) }
	runTable(t, "parse", []pyCase{
		{"int('  12 ')", pi("  12 ", 10)},
		{"int('1_000')", pi("1_000", 10)},
		{"int('1__000')", pi("1__000", 10)},
		{"int('_1')", pi("_1", 10)},
		{"int('0x1f', 16)", pi("0x1f", 16)},
		{"int('1f', 16)", pi("1f", 16)},
		{"int('0x1f', 0)", pi("0x1f", 0)},
		{"int('0x_1f', 0)", pi("0x_1f", 0)},
		{"int('z', 36)", pi("z", 36)},
		{"int('12a')", pi("12a", 10)},
		{"int('')", pi("", 10)},
		{"int(' ')", pi(" ", 10)},
		{"int('٣')", pi("٣", 10)},
		{"int('+7')", pi("+7", 10)},
		{"int('- 7')", pi("- 7", 10)},
		{"int('0b101', 0)", pi("0b101", 0)},
		{"int('010', 0)", pi("010", 0)},
		{"int('00', 0)", pi("00", 0)},
		{"int('10', 1)", pi("10", 1)},
		{"int('-0')", pi("-0", 10)},
		{"int('99999999999999999999')", pi("99999999999999999999", 10)},
		{"int('0o17', 8)", pi("0o17", 8)},
		{"int('0x', 16)", pi("0x", 16)},
		{"float('  1e5 ')", pf("  1e5 ")},
		{"float('inf')", pf("inf")},
		{"float('-Infinity')", pf("-Infinity")},
		{"float('nan')", pf("nan")},
		{"float('1_000.5')", pf("1_000.5")},
		{"float('abc')", pf("abc")},
		{"float('')", pf("")},
		{"float('1e500')", pf("1e500")},
		{"float('+1.5E+3')", pf("+1.5E+3")},
		{"float('.5')", pf(".5")},
		{"float('5.')", pf("5.")},
		{"float('1e')", pf("1e")},
		{"float('1_')", pf("1_")},
		{"float('0x10')", pf("0x10")},
		{"float('١.٥')", pf("١.٥")},
		{"int(3.9)", val(FloatToInt(3.9))},
		{"int(-3.9)", val(FloatToInt(-3.9))},
		{"int(float('inf'))", val(FloatToInt(math.Inf(1)))},
		{"int(float('nan'))", val(FloatToInt(math.NaN()))},
		{"int(1e20)", val(FloatToBig(1e20))},
		{"round(2.5)", val(RoundFloat(2.5))},
		{"round(-0.5)", val(RoundFloat(-0.5))},
		{"round(3.5)", val(RoundFloat(3.5))},
		{"round(float('inf'))", val(RoundFloat(math.Inf(1)))},
		{"round(1.25, 1)", rf(1.25, 1)},
		{"round(2.675, 2)", rf(2.675, 2)},
		{"round(-0.4, 0)", rf(-0.4, 0)},
		{"round(1234.5678, -2)", rf(1234.5678, -2)},
		{"round(1e300, -300)", rf(1e300, -300)},
		{"round(5e-324, 400)", rf(5e-324, 400)},
		{"round(0.125, 2)", rf(0.125, 2)},
		{"round(0.375, 2)", rf(0.375, 2)},
		{"round(1.7976931348623157e308, -308)", rf(1.7976931348623157e308, -308)},
		{"round(15, -1)", val(RoundInt(15, -1))},
		{"round(25, -1)", val(RoundInt(25, -1))},
		{"round(-25, -1)", val(RoundInt(-25, -1))},
		{"round(12345, -2)", val(RoundInt(12345, -2))},
		{"pow(3, 4, 5)", val(PowMod(3, 4, 5))},
		{"pow(3, 2, -5)", val(PowMod(3, 2, -5))},
		{"pow(2, 3, 0)", val(PowMod(2, 3, 0))},
		{"1 << 62", val(LshInt(1, 62))},
		{"-1 << 63", val(LshInt(-1, 63))},
		{"1 >> -1", val(RshInt(1, -1))},
		{"-7 >> 1", val(RshInt(-7, 1))},
		{"-7 >> 100", val(RshInt(-7, 100))},
		{"abs(-5)", val(AbsInt(-5))},
	})
}

func TestIntOverflowIsAnError(t *testing.T) {
	if _, err := LshInt(-1, 63); err == nil || answer("", err) != overflowText {
		// -1 << 63 fits: it is the most negative int.
		if err != nil {
			t.Errorf("-1 << 63: %v", err)
		}
	}
	if _, err := MulInt(math.MaxInt64, 2); answer("", err) != overflowText {
		t.Errorf("MulInt overflow: %v", err)
	}
	if _, err := ParseInt("99999999999999999999", 10); answer("", err) != overflowText {
		t.Errorf("ParseInt overflow: %v", err)
	}
}

func sprintf(format string, a, b int) string { return fmt.Sprintf(format, a, b) }
