package rt

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

func bigOf(s string) *big.Int {
	n, _ := new(big.Int).SetString(s, 10)
	return n
}

func TestReprStr(t *testing.T) {
	d := DictOf(T2("a", 1), T2("b", 2))
	nested := DictOf[any, any](T2[any, any](1, []any{Tuple{1}, "x"}), T2[any, any](T2(1, 2), NewDict[string, int]()))
	runTable(t, "repr", []pyCase{
		{"repr(None)", repr(None)},
		{"repr(None)", repr(nil)},
		{"repr(True)", repr(true)},
		{"str(False)", str(false)},
		{"repr(-42)", repr(-42)},
		{"repr(2**100)", repr(new(big.Int).Lsh(big.NewInt(1), 100))},
		{"repr(-2**63)", repr(int64(math.MinInt64))},
		{"repr(0.1+0.2)", func() (string, error) { a, b := 0.1, 0.2; return Repr(a + b), nil }},
		{"repr(1e20)", repr(1e20)},
		{"repr(1e16)", repr(1e16)},
		{"repr(1e15)", repr(1e15)},
		{"repr(1e-05)", repr(1e-05)},
		{"repr(0.0001)", repr(0.0001)},
		{"repr(100.0)", repr(100.0)},
		{"repr(123456789012345.0)", repr(123456789012345.0)},
		{"repr(1234567890123456789.0)", repr(1234567890123456789.0)},
		{"repr(float('inf'))", repr(math.Inf(1))},
		{"repr(-float('inf'))", repr(math.Inf(-1))},
		{"repr(float('nan'))", repr(math.NaN())},
		{"repr(-0.0)", repr(math.Copysign(0, -1))},
		{"repr(0.0)", repr(0.0)},
		{"repr(5e-324)", repr(5e-324)},
		{"repr(1.7976931348623157e308)", repr(1.7976931348623157e308)},
		{"repr(2.5)", repr(2.5)},
		{"repr(1/3)", repr(1.0 / 3)},
		{"repr(-1.5e-7)", repr(-1.5e-7)},
		{"str(3.0)", str(3.0)},
		{"repr(float(2**53))", repr(float64(1 << 53))},
		{"repr('abc')", repr("abc")},
		{`repr("it's")`, repr("it's")},
		{`repr('say "hi"')`, repr(`say "hi"`)},
		{`repr('both \' and "')`, repr(`both ' and "`)},
		{`repr('tab\there\nnl\r\\ \x00 \x7f \x1b')`, repr("tab\there\nnl\r\\ \x00 \x7f \x1b")},
		{`repr('\xa0\u200b\U0001f600é日本\u2028\ud7ff')`, repr("\u00a0\u200b\U0001f600é日本\u2028\ud7ff")},
		{`repr('\x85\xad\u0378')`, repr("\u0085\u00ad\u0378")},
		{"str('plain')", str("plain")},
		{`repr(b"a'b\x00\xff\n")`, repr([]byte("a'b\x00\xff\n"))},
		{`repr(b'say "x" \'y\'')`, repr([]byte(`say "x" 'y'`))},
		{"repr(b'')", repr([]byte{})},
		{"repr([1, 2, 3])", repr([]int{1, 2, 3})},
		{"repr([])", repr([]int{})},
		{"repr(['a', 1.5, None, True])", repr([]any{"a", 1.5, None, true})},
		{"repr([[1, 2], [3]])", repr([][]int{{1, 2}, {3}})},
		{"repr((1,))", repr(Tuple{1})},
		{"repr(())", repr(Tuple{})},
		{"repr((1, 'a'))", repr(T2(1, "a"))},
		{"repr((1, 2.5, 'x'))", repr(T3(1, 2.5, "x"))},
		{"repr((1, (2, 3), [4]))", repr(Tuple{1, T2(2, 3), []int{4}})},
		{"repr({'a': 1, 'b': 2})", repr(d)},
		{"str({'a': 1, 'b': 2})", str(d)},
		{"repr({})", repr(NewDict[string, int]())},
		{"repr({1: [(1,), 'x'], (1, 2): {}})", repr(nested)},
		{"repr(set())", repr(NewSet[int]())},
		{"repr([{'k': (1,)}])", repr([]any{DictOf(T2("k", Tuple{1}))})},
		{"str(ValueError('bad value'))", str(ValueError.New("bad value"))},
		{"repr(ValueError('bad value'))", repr(ValueError.New("bad value"))},
		{"repr(KeyError('k'))", repr(KeyError.New("k"))},
		{"str(KeyError('k'))", str(KeyError.New("k"))},
		{"str(ValueError(1, 'x'))", str(ValueError.New(1, "x"))},
		{"repr([ValueError('x')])", repr([]error{ValueError.New("x")})},
		{"str([1.0, 'a'])", str([]any{1.0, "a"})},
		{"str(10**30)", str(bigOf("1000000000000000000000000000000"))},
		{"str(10**4299)[:5]", func() (string, error) {
			return Str(new(big.Int).Exp(big.NewInt(10), big.NewInt(4299), nil))[:5], nil
		}},
		{"str(10**4300)", func() (string, error) {
			return BigStrErr(new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil))
		}},
		{"ascii('é日\\n')", txt(ASCII("é日\n"), nil)},
	})
}

type userObj struct{ name string }

func (u *userObj) PyRepr() string     { return "User(" + Repr(u.name) + ")" }
func (u *userObj) PyTypeName() string { return "User" }

type userStr struct{}

func (userStr) PyStr() string  { return "str-form" }
func (userStr) PyRepr() string { return "repr-form" }

func TestUserTypes(t *testing.T) {
	u := &userObj{"ann"}
	cases := []struct{ got, want string }{
		{Repr(u), "User('ann')"},
		{Str(u), "User('ann')"},
		{Repr([]any{u}), "[User('ann')]"},
		{Str(userStr{}), "str-form"},
		{Repr(userStr{}), "repr-form"},
		{Str([]any{userStr{}}), "[repr-form]"},
		{TypeName(u), "User"},
		{TypeName(ValueError.New("x")), "ValueError"},
		{Str(errors.New("go error")), "go error"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestTypeName(t *testing.T) {
	runTable(t, "typename", []pyCase{
		{"type(1).__name__", txt(TypeName(1), nil)},
		{"type(2**70).__name__", txt(TypeName(bigOf("1180591620717411303424")), nil)},
		{"type(1.5).__name__", txt(TypeName(1.5), nil)},
		{"type('s').__name__", txt(TypeName("s"), nil)},
		{"type(True).__name__", txt(TypeName(true), nil)},
		{"type(None).__name__", txt(TypeName(None), nil)},
		{"type(b'').__name__", txt(TypeName([]byte{}), nil)},
		{"type([]).__name__", txt(TypeName([]int{}), nil)},
		{"type(()).__name__", txt(TypeName(Tuple{}), nil)},
		{"type((1, 2)).__name__", txt(TypeName(T2(1, 2)), nil)},
		{"type({}).__name__", txt(TypeName(NewDict[int, int]()), nil)},
		{"type(set()).__name__", txt(TypeName(NewSet[int]()), nil)},
		{"type([1]).__name__", txt(TypeName(NewList(1)), nil)},
	})
}

func BenchmarkReprInt(b *testing.B) {
	for i := range b.N {
		_ = Repr(i)
	}
}

func BenchmarkStrInt(b *testing.B) {
	for i := range b.N {
		_ = Str(i * 7919)
	}
}

func BenchmarkReprFloat(b *testing.B) {
	for i := range b.N {
		_ = Repr(float64(i) * 0.1)
	}
}

func BenchmarkStrFloat(b *testing.B) {
	for i := range b.N {
		_ = Str(float64(i) / 3)
	}
}

func BenchmarkReprList(b *testing.B) {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	for range b.N {
		_ = Repr(s)
	}
}
