package rt

import (
	"slices"
	"testing"
)

// The expected values are CPython 3.11's len(r), list(r)[:3], membership of
// start, start+step, stop, stop-step and start+1, and repr(r).
func TestIntRange(t *testing.T) {
	cases := []struct {
		r      IntRange
		n      int
		first  []int
		member []bool
		repr   string
	}{
		{IntRange{0, 10, 1}, 10, []int{0, 1, 2}, []bool{true, true, false, true, true}, "range(0, 10)"},
		{IntRange{3, 30, 4}, 7, []int{3, 7, 11}, []bool{true, true, false, false, false}, "range(3, 30, 4)"},
		{IntRange{10, 0, -3}, 4, []int{10, 7, 4}, []bool{true, true, false, false, false}, "range(10, 0, -3)"},
		{IntRange{5, 5, 1}, 0, []int{}, []bool{false, false, false, false, false}, "range(5, 5)"},
		{IntRange{5, 0, 1}, 0, []int{}, []bool{false, false, false, false, false}, "range(5, 0)"},
		{IntRange{0, -10, -1}, 10, []int{0, -1, -2}, []bool{true, true, false, true, false}, "range(0, -10, -1)"},
		{IntRange{-5, 5, 3}, 4, []int{-5, -2, 1}, []bool{true, true, false, false, false}, "range(-5, 5, 3)"},
		{IntRange{1, 2, -1}, 0, []int{}, []bool{false, false, false, false, false}, "range(1, 2, -1)"},
		{IntRange{100, -1, -10}, 11, []int{100, 90, 80}, []bool{true, true, false, false, false}, "range(100, -1, -10)"},
	}
	for _, c := range cases {
		r := c.r
		if got := r.Len(); got != c.n {
			t.Errorf("len(%s) = %d, want %d", c.repr, got, c.n)
		}
		items := r.Items()
		if got := items[:min(3, len(items))]; !slices.Equal(got, c.first) {
			t.Errorf("list(%s)[:3] = %v, want %v", c.repr, got, c.first)
		}
		for i, x := range []int{r.Start, r.Start + r.Step, r.Stop, r.Stop - r.Step, r.Start + 1} {
			if got := r.Contains(x); got != c.member[i] {
				t.Errorf("%d in %s = %v, want %v", x, c.repr, got, c.member[i])
			}
		}
		if got := r.PyRepr(); got != c.repr {
			t.Errorf("repr = %q, want %q", got, c.repr)
		}
	}
	r := IntRange{3, 30, 4}
	if v, err := r.At(-1); err != nil || v != 27 {
		t.Errorf("r[-1] = %d, %v; want 27", v, err)
	}
	if _, err := r.At(7); err == nil || err.Error() != "range object index out of range" {
		t.Errorf("r[7]: error %v, want IndexError", err)
	}
	if _, err := NewRange(1, 2, 0); err == nil || err.Error() != "range() arg 3 must not be zero" {
		t.Errorf("range(1, 2, 0): error %v, want ValueError", err)
	}
}
