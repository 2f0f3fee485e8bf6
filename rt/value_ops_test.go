package rt

import (
	"math"
	"testing"
)

func TestDynamicOps(t *testing.T) {
	b := func(v bool, err error) func() (string, error) { return val(v, err) }
	runTable(t, "dynops", []pyCase{
		{"1 + 'a'", val(Add(1, "a"))},
		{"'a' + 1", val(Add("a", 1))},
		{"[1] + (2,)", val(Add([]int{1}, Tuple{2}))},
		{"(1,) + [2]", val(Add(Tuple{1}, []int{2}))},
		{"(1,) + (2, 'x')", val(Add(Tuple{1}, T2(2, "x")))},
		{"[1] + ['a']", val(Add([]int{1}, []string{"a"}))},
		{"None + 1", val(Add(None, 1))},
		{"b'a' + b'b'", val(Add([]byte("a"), []byte("b")))},
		{"b'a' + 'b'", val(Add([]byte("a"), "b"))},
		{"True + True", val(Add(true, true))},
		{"1 + 2.5", val(Add(1, 2.5))},
		{"2**63 - 1 + 1", val(Add(math.MaxInt64, 1))},
		{"(2**63) - 1", val(Sub(bigOf("9223372036854775808"), 1))},
		{"-2**63 - 1", val(Sub(math.MinInt64, 1))},
		{"2**62 * 4", val(Mul(1<<62, 4))},
		{"repr('ab' * 3)", val(Mul("ab", 3))},
		{"repr(3 * 'ab')", val(Mul(3, "ab"))},
		{"repr('ab' * -1)", val(Mul("ab", -1))},
		{"[0] * 3", val(Mul([]int{0}, 3))},
		{"(1, 2) * 2", val(Mul(T2(1, 2), 2))},
		{"'a' * 2.0", val(Mul("a", 2.0))},
		{"'a' * 'b'", val(Mul("a", "b"))},
		{"[1] * True", val(Mul([]int{1}, true))},
		{"7 / 2", val(TrueDiv(7, 2))},
		{"7.0 / 0", val(TrueDiv(7.0, 0))},
		{"7 / 0", val(TrueDiv(7, 0))},
		{"2**100 / 3", val(TrueDiv(bigOf("1267650600228229401496703205376"), 3))},
		{"7 // 0.0", val(FloorDiv(7, 0.0))},
		{"7 % 0.0", val(Mod(7, 0.0))},
		{"-7 // 2.0", val(FloorDiv(-7, 2.0))},
		{"repr('%s-%d' % ('a', 3))", val(Mod("%s-%d", T2("a", 3)))},
		{"'a' - 'b'", val(Sub("a", "b"))},
		{"'a' / 2", val(TrueDiv("a", 2))},
		{"'a' ** 2", val(Pow("a", 2))},
		{"2 ** -2", val(Pow(2, -2))},
		{"2 ** 100", val(Pow(2, 100))},
		{"(-2) ** 63", val(Pow(-2, 63))},
		{"2.0 ** 0.5", val(Pow(2.0, 0.5))},
		{"0 ** -1", val(Pow(0, -1))},
		{"divmod(-7, 2)", val(DivMod(-7, 2))},
		{"divmod(-7.5, 2)", val(DivMod(-7.5, 2))},
		{"divmod(1, 0)", val(DivMod(1, 0))},
		{"divmod('a', 1)", val(DivMod("a", 1))},
		{"-(-2**63)", val(Neg(math.MinInt64))},
		{"-'a'", val(Neg("a"))},
		{"+True", val(Pos(true))},
		{"~5", val(Invert(5))},
		{"abs(-2**63)", val(Abs(math.MinInt64))},
		{"abs(-0.0)", val(Abs(math.Copysign(0, -1)))},
		{"abs('a')", val(Abs("a"))},
		{"1 == 1.0 == True", repr(Equal(1, 1.0) && Equal(1.0, true))},
		{"2**53 + 1 == float(2**53 + 1)", repr(Equal(1<<53+1, float64(1<<53+1)))},
		{"[1, 2] == (1, 2)", repr(Equal([]int{1, 2}, T2(1, 2)))},
		{"[1, 2] == [1.0, 2]", repr(Equal([]int{1, 2}, []any{1.0, 2}))},
		{"(1, 'a') == (1, 'a')", repr(Equal(T2(1, "a"), Tuple{1, "a"}))},
		{"None == None", repr(Equal(nil, None))},
		{"None == 0", repr(Equal(None, 0))},
		{"'1' == 1", repr(Equal("1", 1))},
		{"{'a': [1]} == {'a': [1]}", repr(Equal(DictOf(T2("a", []int{1})), DictOf(T2("a", []any{1}))))},
		{"float('nan') == float('nan')", repr(Equal(math.NaN(), math.NaN()))},
		{"1 < 'a'", b(Lt(1, "a"))},
		{"'a' >= None", b(Ge("a", None))},
		{"[1, 2] < [1, 'a']", b(Lt([]int{1, 2}, []any{1, "a"}))},
		{"[1, 2] < [1, 2, 'a']", b(Lt([]int{1, 2}, []any{1, 2, "a"}))},
		{"(1, 2) <= (1, 2)", b(Le(T2(1, 2), T2(1, 2)))},
		{"(1, 3) > (1, 2, 9)", b(Gt(T2(1, 3), T3(1, 2, 9)))},
		{"[1] < (1,)", b(Lt([]int{1}, Tuple{1}))},
		{"2**64 > 1e19", b(Gt(bigOf("18446744073709551616"), 1e19))},
		{"2**63 > 9.223372036854775807e18", b(Gt(bigOf("9223372036854775808"), 9.223372036854775807e18))},
		{"9007199254740993 > 9007199254740992.0", b(Gt(9007199254740993, 9007199254740992.0))},
		{"1 < float('inf')", b(Lt(1, math.Inf(1)))},
		{"float('nan') < 1", b(Lt(math.NaN(), 1))},
		{"'abc' < 'abd'", b(Lt("abc", "abd"))},
		{"'é' > 'z'", b(Gt("é", "z"))},
		{"b'a' < b'b'", b(Lt([]byte("a"), []byte("b")))},
		{"'a' in 'cat'", b(In("a", "cat"))},
		{"1 in 'cat'", b(In(1, "cat"))},
		{"1.0 in [3, 1]", b(In(1.0, []int{3, 1}))},
		{"'k' in {'k': 1}", b(In("k", DictOf(T2("k", 1))))},
		{"1.0 in {1: 'a'}", b(In(1.0, DictOf(T2(1, "a"))))},
		{"2 in {1, 2}", b(In(2, SetOf(1, 2)))},
		{"1 in 5", b(In(1, 5))},
		{"(1, 2) in [(1, 2)]", b(In(T2(1, 2), []Tuple2[int, int]{T2(1, 2)}))},
		{"len('héllo')", val(Len("héllo"))},
		{"len(5)", val(Len(5))},
		{"len({'a': 1})", val(Len(DictOf(T2("a", 1))))},
		{"len((1, 2, 3))", val(Len(T3(1, 2, 3)))},
		{"[bool(x) for x in [0, 0.0, '', [], {}, None, 1, 'a', [0], -0.0, 2**70]]", func() (string, error) {
			var out []bool
			for _, v := range []any{0, 0.0, "", []int{}, NewDict[int, int](), None, 1, "a", []int{0}, math.Copysign(0, -1), bigOf("1180591620717411303424")} {
				out = append(out, Truthy(v))
			}
			return Repr(out), nil
		}},
		{"repr([1, 'a'][1])", val(GetItem([]any{1, "a"}, 1))},
		{"(1, 'a')[2]", val(GetItem(T2(1, "a"), 2))},
		{"repr('abc'[-1])", val(GetItem("abc", -1))},
		{"'abc'[5]", val(GetItem("abc", 5))},
		{"5[0]", val(GetItem(5, 0))},
		{"{'a': 1}['b']", val(GetItem(DictOf(T2("a", 1)), "b"))},
		{"hash([1])", val(Hash([]int{1}))},
	})
}

func BenchmarkDynamicAdd(b *testing.B) {
	var x any = 0
	for i := range b.N {
		x, _ = Add(x, i&1)
	}
	_ = x
}
