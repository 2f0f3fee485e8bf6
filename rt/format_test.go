package rt

import (
	"math"
	"math/big"
	"strconv"
	"testing"
)

// fmtValue is a value given both as Python source and as a Go value.
type fmtValue struct {
	py string
	v  any
}

var intValues = []fmtValue{
	{"0", 0}, {"7", 7}, {"-7", -7}, {"1234567", 1234567}, {"-255", -255},
	{"True", true}, {"2**70", new(big.Int).Lsh(big.NewInt(1), 70)}, {"65", 65},
}

var floatValues = []fmtValue{
	{"0.0", 0.0}, {"-0.0", math.Copysign(0, -1)}, {"1.5", 1.5}, {"-2.5", -2.5},
	{"1234567.891", 1234567.891}, {"1e-05", 1e-05}, {"1.23456789e-7", 1.23456789e-7},
	{"1e16", 1e16}, {"123456789.0", 123456789.0}, {"0.5", 0.5}, {"100.0", 100.0},
	{"float('inf')", math.Inf(1)}, {"float('-inf')", math.Inf(-1)}, {"float('nan')", math.NaN()},
	{"2.675", 2.675}, {"1e300", 1e300},
}

var strValues = []fmtValue{{"'abc'", "abc"}, {"''", ""}, {"'héllo'", "héllo"}}

var intSpecs = []string{
	"", "d", "5", "<5", ">5", "^6", "=+6", "+", "-", " ", "05", "010,", "08,", ",", "_", "_x",
	"x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "*^9", "c", "n", "e", ".2f", "%", "g",
	".3", "s", ",x", "abc", "z", "+c", "0=8", "x<7", "#_b", "E",
}

var floatSpecs = []string{
	"", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "#.0e", "g", "G", ".3g", "#g", ".10g", "n",
	"%", ".1%", ",", ",.2f", "_.3f", "010.2f", "+.1f", " .1f", "=+10.2f", "^12.3", ".1", ".3",
	".17", "10", "<10", "010", "z.1f", "d", "x", "+", "0<8", ".0", "#", "#.3", ",g", "_e",
}

var strSpecs = []string{"", "s", "5", ">5", "^7", "*<6", ".1", ".2s", "05", "=5", "+", "#", ",", "d", "🙂^7"}

func formatCases() []pyCase {
	var cases []pyCase
	add := func(vals []fmtValue, specs []string) {
		for _, v := range vals {
			for _, spec := range specs {
				cases = append(cases, pyCase{
					py:  "format(" + v.py + ", " + strconv.Quote(spec) + ")",
					got: txt(Format(v.v, spec)),
				})
			}
		}
	}
	add(intValues, intSpecs)
	add(floatValues, floatSpecs)
	add(strValues, strSpecs)
	add([]fmtValue{{"None", None}, {"[1, 2]", []int{1, 2}}}, []string{"", "5", "s"})
	return cases
}

func TestFormat(t *testing.T) {
	runTable(t, "format", formatCases())
}

func TestPercentFormat(t *testing.T) {
	pf := func(format string, args any) func() (string, error) { return txt(PercentFormat(format, args)) }
	runTable(t, "percent", []pyCase{
		{"'%05f' % float('inf')", pf("%05f", math.Inf(1))},
		{"'%.3d' % 5", pf("%.3d", 5)},
		{"'%#x' % 255", pf("%#x", 255)},
		{"'%#o' % 8", pf("%#o", 8)},
		{"'%+05d' % 3", pf("%+05d", 3)},
		{"'%-5d|' % 3", pf("%-5d|", 3)},
		{"'%5.1s|' % 'abc'", pf("%5.1s|", "abc")},
		{"'%c' % 65", pf("%c", 65)},
		{"'%c' % 'ab'", pf("%c", "ab")},
		{"'%x' % 3.0", pf("%x", 3.0)},
		{"'%d' % 'a'", pf("%d", "a")},
		{"'%f' % 'a'", pf("%f", "a")},
		{"'%s %s' % (1,)", pf("%s %s", Tuple{1})},
		{"'%s' % (1, 2)", pf("%s", T2(1, 2))},
		{"'%y' % 1", pf("%y", 1)},
		{"'%' % 1", pf("%", 1)},
		{"'%(a)s-%(b)r' % {'a': 1, 'b': 'x'}", pf("%(a)s-%(b)r", DictOf[string, any](T2[string, any]("a", 1), T2[string, any]("b", "x")))},
		{"'%s' % [1, 2]", pf("%s", []int{1, 2})},
		{"'%d%%' % 50", pf("%d%%", 50)},
		{"'%e' % 12345.678", pf("%e", 12345.678)},
		{"'%g' % 1e-5", pf("%g", 1e-5)},
		{"'%#g' % 1.0", pf("%#g", 1.0)},
		{"'%*d' % (5, 3)", pf("%*d", T2(5, 3))},
		{"'%.*f' % (2, 3.14159)", pf("%.*f", T2(2, 3.14159))},
		{"'%i' % 3.9", pf("%i", 3.9)},
		{"'%5s' % None", pf("%5s", None)},
		{"'%a' % 'é'", pf("%a", "é")},
		{"'%X' % -255", pf("%X", -255)},
		{"'%#X' % 255", pf("%#X", 255)},
		{"'%.2s' % 'héllo'", pf("%.2s", "héllo")},
		{"'% d' % 5", pf("% d", 5)},
		{"'%-05d|' % 3", pf("%-05d|", 3)},
		{"'%d' % True", pf("%d", true)},
		{"'%s' % True", pf("%s", true)},
		{"'%.0f' % 2.5", pf("%.0f", 2.5)},
		{"'%d' % 2**70", pf("%d", new(big.Int).Lsh(big.NewInt(1), 70))},
		{"'%(a)s' % {'b': 1}", pf("%(a)s", DictOf(T2("b", 1)))},
		{"'%(a)s' % 5", pf("%(a)s", 5)},
		{"'%s' % ()", pf("%s", Tuple{})},
		{"'abc' % ()", pf("abc", Tuple{})},
		{"'abc' % 5", pf("abc", 5)},
		{"'abc' % {'a': 1}", pf("abc", DictOf(T2("a", 1)))},
		{"'%c' % 0x110000", pf("%c", 0x110000)},
		{"'%010.3f' % -3.14159", pf("%010.3f", -3.14159)},
		{"'%-8.3e|' % 1.5", pf("%-8.3e|", 1.5)},
		{"'%r and %s' % ('x', 'y')", pf("%r and %s", T2("x", "y"))},
		{"'%5.2f%%' % 99.5", pf("%5.2f%%", 99.5)},
		{"'%G' % 1e-10", pf("%G", 1e-10)},
		{"'%s' % ((1, 2),)", pf("%s", Tuple{T2(1, 2)})},
	})
}

func TestStrFormat(t *testing.T) {
	sf := func(format string, args []any, kw map[string]any) func() (string, error) {
		return txt(StrFormat(format, args, kw))
	}
	runTable(t, "strformat", []pyCase{
		{"'{}, {}'.format(1, 'a')", sf("{}, {}", []any{1, "a"}, nil)},
		{"'{1} {0} {1}'.format('a', 'b')", sf("{1} {0} {1}", []any{"a", "b"}, nil)},
		{"'{name}!'.format(name='Ann')", sf("{name}!", nil, map[string]any{"name": "Ann"})},
		{"'{'.format()", sf("{", nil, nil)},
		{"'{0'.format(1)", sf("{0", []any{1}, nil)},
		{"'}'.format()", sf("}", nil, nil)},
		{"'{}{0}'.format(1)", sf("{}{0}", []any{1}, nil)},
		{"'{0}{}'.format(1)", sf("{0}{}", []any{1}, nil)},
		{"'{1}'.format(1)", sf("{1}", []any{1}, nil)},
		{"'{x}'.format(1)", sf("{x}", []any{1}, nil)},
		{"'{0!x}'.format(1)", sf("{0!x}", []any{1}, nil)},
		{"'{0[1]}'.format([1, 2])", sf("{0[1]}", []any{[]int{1, 2}}, nil)},
		{"'{0[a]}'.format({'a': 5})", sf("{0[a]}", []any{DictOf(T2("a", 5))}, nil)},
		{"'{0[5]}'.format([1])", sf("{0[5]}", []any{[]int{1}}, nil)},
		{"'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", sf("{:{w}.{p}f}", []any{3.14159}, map[string]any{"w": 8, "p": 2})},
		{"'{!r:>6}'.format('a')", sf("{!r:>6}", []any{"a"}, nil)},
		{"'{{}} {}'.format(1)", sf("{{}} {}", []any{1}, nil)},
		{"'{0.foo}'.format(1)", sf("{0.foo}", []any{1}, nil)},
		{"'{:d}'.format('a')", sf("{:d}", []any{"a"}, nil)},
		{"'{0:}'.format(None)", sf("{0:}", []any{None}, nil)},
		{"'{a[0]}'.format(a=[7])", sf("{a[0]}", nil, map[string]any{"a": []int{7}})},
		{"'{:{}}'.format('a', 5)", sf("{:{}}", []any{"a", 5}, nil)},
		{"'{:{}} {}'.format('a', 5, 6)", sf("{:{}} {}", []any{"a", 5, 6}, nil)},
		{"'{:>8,.2f}|{:^7}|{:x}'.format(12345.678, 'mid', 255)", sf("{:>8,.2f}|{:^7}|{:x}", []any{12345.678, "mid", 255}, nil)},
		{"'{0!s:*^9}'.format([1])", sf("{0!s:*^9}", []any{[]int{1}}, nil)},
		{"'{!a}'.format('é')", sf("{!a}", []any{"é"}, nil)},
	})
}

func BenchmarkFormatInt(b *testing.B) {
	for i := range b.N {
		_, _ = Format(i, ">10,")
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for i := range b.N {
		_, _ = Format(float64(i)*1.25, ".2f")
	}
}

func BenchmarkFormatStr(b *testing.B) {
	for range b.N {
		_, _ = Format("name", "<12")
	}
}
