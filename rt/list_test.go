package rt

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestSlices(t *testing.T) {
	xs := []int{0, 1, 2, 3, 4, 5, 6}
	bounds := []int{Omitted, -9, -3, -1, 0, 2, 5, 7, 10}
	steps := []int{1, 2, -1, -2, 3, 0}
	py := func(b int) string {
		if b == Omitted {
			return ""
		}
		return strconv.Itoa(b)
	}
	var cases []pyCase
	for _, lo := range bounds {
		for _, hi := range bounds {
			for _, st := range steps {
				expr := fmt.Sprintf("[0, 1, 2, 3, 4, 5, 6][%s:%s:%d]", py(lo), py(hi), st)
				cases = append(cases, pyCase{expr, val(SliceStep(xs, lo, hi, st))})
			}
			expr := fmt.Sprintf("'héllo!x'[%s:%s]", py(lo), py(hi))
			cases = append(cases, pyCase{"repr(" + expr + ")", repr(StrSlice("héllo!x", lo, hi))})
			cases = append(cases, pyCase{fmt.Sprintf("[0, 1, 2, 3, 4, 5, 6][%s:%s]", py(lo), py(hi)), repr(Slice(xs, lo, hi))})
		}
	}
	runTable(t, "slices", cases)
}

func TestListMethods(t *testing.T) {
	mut := func(f func(s []int) ([]int, error)) func() (string, error) {
		s, err := f([]int{3, 1, 4, 1, 5})
		return val(s, err)
	}
	runTable(t, "list", []pyCase{
		{"[3, 1, 4, 1, 5][-1]", val(Index([]int{3, 1, 4, 1, 5}, -1))},
		{"[3, 1, 4, 1, 5][5]", val(Index([]int{3, 1, 4, 1, 5}, 5))},
		{"[3, 1, 4, 1, 5][-6]", val(Index([]int{3, 1, 4, 1, 5}, -6))},
		{"x = [3, 1, 4, 1, 5]\nx[9] = 0\nx", func() (string, error) { return "", SetIndex([]int{3, 1, 4, 1, 5}, 9, 0) }},
		{"x = [3, 1, 4, 1, 5]\nx.insert(-2, 9)\nx", mut(func(s []int) ([]int, error) { return Insert(s, -2, 9), nil })},
		{"x = [3, 1, 4, 1, 5]\nx.insert(100, 9)\nx", mut(func(s []int) ([]int, error) { return Insert(s, 100, 9), nil })},
		{"x = [3, 1, 4, 1, 5]\nx.insert(-100, 9)\nx", mut(func(s []int) ([]int, error) { return Insert(s, -100, 9), nil })},
		{"x = [3, 1, 4, 1, 5]\n(x.pop(), x)", func() (string, error) { s, v, err := Pop([]int{3, 1, 4, 1, 5}, -1); return Repr(Tuple{v, s}), err }},
		{"x = [3, 1, 4, 1, 5]\n(x.pop(1), x)", func() (string, error) { s, v, err := Pop([]int{3, 1, 4, 1, 5}, 1); return Repr(Tuple{v, s}), err }},
		{"[].pop()", func() (string, error) { _, v, err := Pop([]int{}, -1); return Repr(v), err }},
		{"[1].pop(5)", func() (string, error) { _, v, err := Pop([]int{1}, 5); return Repr(v), err }},
		{"x = [3, 1, 4, 1, 5]\nx.remove(1)\nx", mut(func(s []int) ([]int, error) { return Remove(s, 1) })},
		{"x = [3, 1, 4, 1, 5]\nx.remove(9)\nx", mut(func(s []int) ([]int, error) { return Remove(s, 9) })},
		{"[3, 1, 4, 1, 5].index(4)", val(IndexOf([]int{3, 1, 4, 1, 5}, 4))},
		{"[3, 1, 4, 1, 5].index(9)", val(IndexOf([]int{3, 1, 4, 1, 5}, 9))},
		{"['a'].index('b')", val(IndexOf([]string{"a"}, "b"))},
		{"[3, 1, 4, 1, 5].count(1)", repr(Count([]int{3, 1, 4, 1, 5}, 1))},
		{"x = [3, 1, 4, 1, 5]\ndel x[-1]\nx", mut(func(s []int) ([]int, error) { return DelIndex(s, -1) })},
		{"x = [3, 1, 4, 1, 5]\ndel x[1:3]\nx", mut(func(s []int) ([]int, error) { return DelSlice(s, 1, 3), nil })},
		{"x = [3, 1, 4, 1, 5]\nx[1:3] = [7, 8, 9]\nx", mut(func(s []int) ([]int, error) { return AssignSlice(s, 1, 3, []int{7, 8, 9}), nil })},
		{"sorted([3, 1, 4, 1, 5], reverse=True)", val(Sorted([]int{3, 1, 4, 1, 5}, true))},
		{"sorted(['b', 'A', 'c'])", val(Sorted([]string{"b", "A", "c"}, false))},
		{"sorted(['bb', 'a', 'ccc', 'dd'], key=len)", val(SortedKey([]string{"bb", "a", "ccc", "dd"}, StrLen, false))},
		{"sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)", val(SortedKey([]string{"bb", "a", "ccc", "dd"}, StrLen, true))},
		{"sorted([(1, 'b'), (1, 'a'), (0, 'z')])", val(Sorted([]Tuple2[int, string]{T2(1, "b"), T2(1, "a"), T2(0, "z")}, false))},
		{"sorted([3, 'a'])", val(Sorted([]any{3, "a"}, false))},
		{"sorted([2.5, 1, True])", val(Sorted([]any{2.5, 1, true}, false))},
		{"max([3, 1, 4, 1, 5])", val(Max([]int{3, 1, 4, 1, 5}))},
		{"repr(min(['b', 'a']))", val(Min([]string{"b", "a"}))},
		{"max([])", val(Max([]int{}))},
		{"min([])", val(Min([]int{}))},
		{"repr(max(['a', 'bbb', 'cc'], key=len))", val(MaxKey([]string{"a", "bbb", "cc"}, StrLen))},
		{"max(3, 7, 5)", val(MaxOf(3, 7, 5))},
		{"max([1, 'a'])", val(Max([]any{1, "a"}))},
		{"sum([1, 2, 3])", val(SumInt([]int{1, 2, 3}))},
		{"sum([0.1, 0.2, 0.3])", repr(SumFloat([]float64{0.1, 0.2, 0.3}))},
		{"sum([1, 2.5, True], 0)", val(Sum([]any{1, 2.5, true}, 0))},
		{"any([0, '', None])", repr(Any([]any{0, "", None}))},
		{"all([1, 'a', [0]])", repr(All([]any{1, "a", []int{0}}))},
		{"[1, 2] + [3]", repr(Concat([]int{1, 2}, []int{3}))},
		{"[1, 2] * 3", repr(Repeat([]int{1, 2}, 3))},
		{"[1, 2] * -1", repr(Repeat([]int{1, 2}, -1))},
		{"[1, 2] == [1, 2]", repr(SliceEqual([]int{1, 2}, []int{1, 2}))},
		{"[1, 2] < [1, 2, 0]", val(SliceLess([]int{1, 2}, []int{1, 2, 0}))},
		{"[1, 3] < [1, 2, 0]", val(SliceLess([]int{1, 3}, []int{1, 2, 0}))},
		{"['a'] < [1]", val(SliceLess([]any{"a"}, []any{1}))},
		{"list(reversed([1, 2, 3]))", repr(Reversed([]int{1, 2, 3}))},
		{"list(range(10, 0, -3))", val(Range(10, 0, -3))},
		{"list(range(0, 5, 0))", val(Range(0, 5, 0))},
		{"repr(chr(233))", val(Chr(233))},
		{"chr(-1)", val(Chr(-1))},
		{"ord('é')", val(Ord("é"))},
		{"ord('ab')", val(Ord("ab"))},
	})
}

func TestAliasedList(t *testing.T) {
	l := NewList(3, 1, 2)
	alias := l
	alias.Append(0)
	if err := l.Sort(false); err != nil {
		t.Fatal(err)
	}
	v, _ := l.Pop(0)
	if got := Repr(alias) + " " + Repr(v) + " " + TypeName(l); got != "[1, 2, 3] 0 list" {
		t.Errorf("got %s", got)
	}
}

// TestSortStability sorts random records by key in both directions and
// compares with CPython.
func TestSortStability(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var cases []pyCase
	for n := range 6 {
		var items []Tuple2[int, string]
		var lit []string
		for i := range 4 + n*3 {
			k := r.IntN(4)
			items = append(items, T2(k, strconv.Itoa(i)))
			lit = append(lit, fmt.Sprintf("(%d, '%d')", k, i))
		}
		for _, rev := range []bool{false, true} {
			py := fmt.Sprintf("sorted([%s], key=lambda p: p[0], reverse=%s)", strings.Join(lit, ", "), reprBool(rev))
			cases = append(cases, pyCase{py, val(SortedKey(items, func(p Tuple2[int, string]) int { return p.V0 }, rev))})
		}
	}
	runTable(t, "sort", cases)
}
