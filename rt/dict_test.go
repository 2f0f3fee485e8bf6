package rt

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDictBasics(t *testing.T) {
	d := DictOf(T2("a", 1), T2("b", 2), T2("c", 3))
	dyn := NewDict[any, string]()
	dyn.Set(1, "int")
	dyn.Set(1.0, "float")
	dyn.Set(true, "bool")
	dyn.Set(T2(1, 2), "pair")
	dyn.Set(Tuple{1.0, 2}, "tuple")
	dyn.Set(None, "none")
	popped := d.Copy()
	v, _ := popped.Pop("b")
	item, _ := popped.PopItem()
	runTable(t, "dict", []pyCase{
		{"repr({'a': 1, 'b': 2, 'c': 3})", repr(d)},
		{"{'a': 1}['z']", val(DictOf(T2("a", 1)).Get("z"))},
		{"{(1, 'x'): 1}[(2, 'y')]", val(DictOf(T2(T2(1, "x"), 1)).Get(T2(2, "y")))},
		{"{'a': 1}.get('z', 7)", repr(DictOf(T2("a", 1)).GetOr("z", 7))},
		{"d = {1: 'int'}\nd[1.0] = 'float'\nd[True] = 'bool'\nd[(1, 2)] = 'pair'\nd[(1.0, 2)] = 'tuple'\nd[None] = 'none'\nd", repr(dyn)},
		{"d = {'a': 1, 'b': 2, 'c': 3}\n(d.pop('b'), d.popitem(), d)", repr(Tuple{v, item, popped})},
		{"{}.popitem()", val(NewDict[int, int]().PopItem())},
		{"d = {}\nd.pop('k')", func() (string, error) { return "", NewDict[string, int]().Delete("k") }},
		{"list({'a': 1, 'b': 2}.items())", repr(DictOf(T2("a", 1), T2("b", 2)).Items())},
		{"list({'a': 1, 'b': 2}.keys())", repr(DictOf(T2("a", 1), T2("b", 2)).Keys())},
		{"list({'a': 1, 'b': 2}.values())", repr(DictOf(T2("a", 1), T2("b", 2)).Values())},
		{"{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", repr(DictOf(T2("a", 1), T2("b", 2)).Equal(DictOf(T2("b", 2), T2("a", 1))))},
		{"{'a': 1} | {'b': 2, 'a': 3}", repr(DictOf(T2("a", 1)).Merge(DictOf(T2("b", 2), T2("a", 3))))},
		{"d = {}\n(d.setdefault('k', []), d)", func() (string, error) {
			d := NewDict[string, []int]()
			return Repr(Tuple{d.SetDefault("k", []int{}), d}), nil
		}},
		{"d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\nd", func() (string, error) {
			d := DictOf(T2(1, 1))
			n := d.Len()
			for k := range d.All() {
				d.Set(k+1, 1)
			}
			if d.Len() != n {
				return "", ErrChangedSize("dictionary")
			}
			return Repr(d), nil
		}},
		{"s = {1}\nfor k in s:\n    s.add(k + 1)\ns", func() (string, error) {
			s := SetOf(1)
			n := s.Len()
			for k := range s.All() {
				s.Add(k + 1)
			}
			if s.Len() != n {
				return "", ErrChangedSize("Set")
			}
			return Repr(s), nil
		}},
		{"{1: 'a'} == {1.0: 'a'}", repr(Equal(DictOf(T2(1, "a")), DictOf(T2(1.0, "a"))))},
	})
}

// TestDictOrder replays random insertions and deletions and compares the
// resulting order with CPython.
func TestDictOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	var cases []pyCase
	for n := range 20 {
		d := NewDict[int, int]()
		py := []string{"d = {}"}
		for i := range 10 + 5*n {
			k := r.IntN(12)
			if r.IntN(3) == 0 {
				d.PopOr(k, 0)
				py = append(py, fmt.Sprintf("d.pop(%d, 0)", k))
			} else {
				d.Set(k, i)
				py = append(py, fmt.Sprintf("d[%d] = %d", k, i))
			}
		}
		py = append(py, "d")
		cases = append(cases, pyCase{strings.Join(py, "\n"), repr(d)})
	}
	runTable(t, "dictorder", cases)
}

func BenchmarkDictSetGet(b *testing.B) {
	d := NewDict[string, int]()
	keys := []string{"alpha", "beta", "gamma", "delta"}
	for i := range b.N {
		k := keys[i%4]
		d.Set(k, i)
		_, _ = d.Get(k)
	}
}
