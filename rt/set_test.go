package rt

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// setProgram builds a random sequence of set operations as Python source
// and runs the same operations on Set[int]; the case compares the final
// iteration order (and every intermediate result through the repr list).
func setProgram(r *rand.Rand, steps int) pyCase {
	pool := []int{0, 1, 2, 3, 5, 7, 8, 9, 16, 17, 24, 32, 33, 64, 100, 255, 256, 1000, -1, -2, -8, 1 << 40, 7 * 1 << 20}
	pick := func() int { return pool[r.IntN(len(pool))] }
	lits := func() ([]int, string) {
		n := r.IntN(7)
		xs := make([]int, n)
		parts := make([]string, n)
		for i := range xs {
			xs[i] = pick()
			parts[i] = fmt.Sprint(xs[i])
		}
		return xs, strings.Join(parts, ", ")
	}
	var py []string
	a, b := NewSet[int](), NewSet[int]()
	var out []string
	py = append(py, "a = set()", "b = set()", "out = []")
	for range steps {
		x := pick()
		switch r.IntN(12) {
		case 0, 1, 2:
			a.Add(x)
			py = append(py, fmt.Sprintf("a.add(%d)", x))
		case 3:
			b.Add(x)
			py = append(py, fmt.Sprintf("b.add(%d)", x))
		case 4:
			a.Discard(x)
			py = append(py, fmt.Sprintf("a.discard(%d)", x))
		case 5:
			xs, src := lits()
			b = SetOf(xs...)
			py = append(py, fmt.Sprintf("b = set([%s])", src))
		case 6:
			xs, src := lits()
			if len(xs) > 2 {
				b = SetConst(xs...)
				py = append(py, fmt.Sprintf("b = {%s}", src))
			}
		case 7:
			out = append(out, Repr(a.Union(b)), Repr(a.Intersection(b)), Repr(a.Difference(b)), Repr(a.SymmetricDifference(b)))
			py = append(py, "out += [repr(a | b), repr(a & b), repr(a - b), repr(a ^ b)]")
		case 8:
			a.Update(b)
			py = append(py, "a |= b")
		case 9:
			if a.Len() > 0 {
				v, _ := a.Pop()
				out = append(out, Repr(v))
				py = append(py, "out.append(repr(a.pop()))")
			}
		case 10:
			a.DifferenceUpdate(b)
			py = append(py, "a -= b")
		case 11:
			a.SymmetricDifferenceUpdate(b)
			py = append(py, "a ^= b")
		}
	}
	out = append(out, Repr(a), Repr(a.Copy()), Repr(b))
	py = append(py, "out += [repr(a), repr(a.copy()), repr(b)]", "' '.join(out)")
	return pyCase{strings.Join(py, "\n"), txt(strings.Join(out, " "), nil)}
}

func TestSetOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var cases []pyCase
	for i := range 60 {
		cases = append(cases, setProgram(r, 5+i))
	}
	runTable(t, "setorder", cases)
}

func TestSetBasics(t *testing.T) {
	s := SetOf(3, 1, 2)
	runTable(t, "set", []pyCase{
		{"repr({3, 1, 2})", repr(SetConst(3, 1, 2))},
		{"repr({1.5, 2, 3.0, True})", repr(SetConst[any](1.5, 2, 3.0, true))},
		{"repr({(1, 2), (2, 1), (0, 0)})", repr(SetConst(T2(1, 2), T2(2, 1), T2(0, 0)))},
		{"repr(set([1, 1.0, True]))", repr(SetOf[any](1, 1.0, true))},
		{"repr(set([-1, -2, 2**61 - 1, 2**61, 2**62]))", repr(SetOf(-1, -2, 1<<61-1, 1<<61, 1<<62))},
		{"repr(set([0.5, 0.25, 1e100, -0.1, float('inf')]))", repr(SetOf(0.5, 0.25, 1e100, -0.1, inf()))},
		{"s = {3, 1, 2}\ns.remove(9)", func() (string, error) { return "", s.Remove(9) }},
		{"set().pop()", func() (string, error) { _, err := NewSet[int]().Pop(); return "", err }},
		{"{1, 2} <= {1, 2, 3}", repr(SetOf(1, 2).IsSubset(SetOf(1, 2, 3)))},
		{"{1, 2} == {2, 1}", repr(SetOf(1, 2).Equal(SetOf(2, 1)))},
		{"{1, 2}.isdisjoint({3})", repr(SetOf(1, 2).IsDisjoint(SetOf(3)))},
		{"len({1, 2, 2})", repr(SetOf(1, 2, 2).Len())},
		{"2 in {1, 2}", repr(SetOf(1, 2).Contains(2))},
		{"{1, 2} == {1.0, 2.0}", repr(Equal(SetOf(1, 2), SetOf(1.0, 2.0)))},
		{"hash((1, 2))", repr(pyHash(T2(1, 2)))},
		{"hash(((1, 2.5), -1, True))", repr(pyHash(Tuple{T2(1, 2.5), -1, true}))},
		{"hash(-1)", repr(pyHash(-1))},
		{"hash(2**61 - 1)", repr(pyHash(1<<61 - 1))},
		{"hash(-2**63)", repr(pyHash(-1 << 63))},
		{"hash(2**100)", repr(pyHash(bigOf("1267650600228229401496703205376")))},
		{"hash(1.5)", repr(pyHash(1.5))},
		{"hash(-0.1)", repr(pyHash(-0.1))},
		{"hash(1e300)", repr(pyHash(1e300))},
		{"hash(float('-inf'))", repr(pyHash(-inf()))},
		{"hash([])", val(Hash([]int{}))},
		{"hash({})", val(Hash(NewDict[int, int]()))},
	})
}

func inf() float64 { return 1 / zero }

var zero = 0.0

func BenchmarkSetAdd(b *testing.B) {
	for i := range b.N {
		s := NewSet[int]()
		for j := range 64 {
			s.Add(i + j)
		}
	}
}
