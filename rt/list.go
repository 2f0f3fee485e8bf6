package rt

import (
	"math"
	"slices"
)

// Python lists are Go slices. These helpers give slices Python's indexing,
// slicing and list methods. Helpers that change a list's length return the
// new slice; generated code uses *List[T] when a list is aliased (shared
// between variables) and mutated through one of them.

// Omitted stands for a missing slice bound: xs[Omitted:3] is xs[:3].
const Omitted = math.MinInt

// normIndex turns a Python index into a Go one, or reports it is out of
// range.
func normIndex(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

// Index returns s[i] with negative indices counting from the end;
// IndexError "list index out of range".
func Index[T any](s []T, i int) (T, error) {
	j, ok := normIndex(i, len(s))
	if !ok {
		var zero T
		return zero, IndexError.New("list index out of range")
	}
	return s[j], nil
}

// SetIndex stores s[i] = v; IndexError "list assignment index out of
// range".
func SetIndex[T any](s []T, i int, v T) error {
	j, ok := normIndex(i, len(s))
	if !ok {
		return IndexError.New("list assignment index out of range")
	}
	s[j] = v
	return nil
}

// DelIndex returns s without s[i] (del s[i]); IndexError "list assignment
// index out of range".
func DelIndex[T any](s []T, i int) ([]T, error) {
	j, ok := normIndex(i, len(s))
	if !ok {
		return s, IndexError.New("list assignment index out of range")
	}
	return slices.Delete(s, j, j+1), nil
}

// sliceBounds applies Python's slice.indices(n) to lo, hi and step
// (CPython's PySlice_AdjustIndices): it returns the first index and how
// many elements the slice has.
func sliceBounds(lo, hi, step, n int) (start, count int) {
	start = adjustBound(lo, step, n, 0, n-1)
	stop := adjustBound(hi, step, n, n, -1)
	switch {
	case step < 0 && stop < start:
		return start, (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		return start, (stop-start-1)/step + 1
	}
	return start, 0
}

// adjustBound resolves one bound for a slice of n elements: the default
// (defUp for a positive step, defDown otherwise) when omitted, negative
// values counted from the end, then clamped.
func adjustBound(b, step, n, defUp, defDown int) int {
	down := step < 0
	switch {
	case b == Omitted && down:
		return defDown
	case b == Omitted:
		return defUp
	case b < 0:
		b += n
		if b < 0 {
			b = 0
			if down {
				b = -1
			}
		}
	case b >= n:
		b = n
		if down {
			b = n - 1
		}
	}
	return b
}

// Slice returns a copy of s[lo:hi] with Python's clamping and negative
// bounds (Omitted for a missing bound).
func Slice[T any](s []T, lo, hi int) []T {
	start, count := sliceBounds(lo, hi, 1, len(s))
	return slices.Clone(s[start : start+count])
}

// SliceStep returns s[lo:hi:step]; ValueError "slice step cannot be zero".
func SliceStep[T any](s []T, lo, hi, step int) ([]T, error) {
	if step == 0 {
		return nil, ValueError.New("slice step cannot be zero")
	}
	start, count := sliceBounds(lo, hi, step, len(s))
	out := make([]T, count)
	for k := range out {
		out[k] = s[start+k*step]
	}
	return out, nil
}

// AssignSlice returns s after s[lo:hi] = v.
func AssignSlice[T any](s []T, lo, hi int, v []T) []T {
	start, count := sliceBounds(lo, hi, 1, len(s))
	return slices.Replace(s, start, start+count, v...)
}

// DelSlice returns s after del s[lo:hi].
func DelSlice[T any](s []T, lo, hi int) []T {
	start, count := sliceBounds(lo, hi, 1, len(s))
	return slices.Delete(s, start, start+count)
}

// Insert returns s after s.insert(i, v): i is clamped to the list.
func Insert[T any](s []T, i int, v T) []T {
	if i < 0 {
		i = max(i+len(s), 0)
	}
	i = min(i, len(s))
	return slices.Insert(s, i, v)
}

// Pop returns s after s.pop(i) and the removed element: IndexError "pop
// from empty list" or "pop index out of range".
func Pop[T any](s []T, i int) ([]T, T, error) {
	var zero T
	if len(s) == 0 {
		return s, zero, IndexError.New("pop from empty list")
	}
	j, ok := normIndex(i, len(s))
	if !ok {
		return s, zero, IndexError.New("pop index out of range")
	}
	v := s[j]
	return slices.Delete(s, j, j+1), v, nil
}

// Remove returns s after s.remove(x): ValueError "list.remove(x): x not in
// list".
func Remove[T any](s []T, x T) ([]T, error) {
	i := indexOf(s, x)
	if i < 0 {
		return s, ValueError.New("list.remove(x): x not in list")
	}
	return slices.Delete(s, i, i+1), nil
}

func indexOf[T any](s []T, x T) int {
	for i, y := range s {
		if eq(y, x) {
			return i
		}
	}
	return -1
}

// IndexOf returns s.index(x): ValueError "X is not in list".
func IndexOf[T any](s []T, x T) (int, error) {
	i := indexOf(s, x)
	if i < 0 {
		return 0, ValueError.New(Repr(x) + " is not in list")
	}
	return i, nil
}

// Count returns s.count(x).
func Count[T any](s []T, x T) int {
	n := 0
	for _, y := range s {
		if eq(y, x) {
			n++
		}
	}
	return n
}

// Contains reports x in s.
func Contains[T any](s []T, x T) bool { return indexOf(s, x) >= 0 }

// eq is Python's == for two values of one static type.
func eq[T any](a, b T) bool {
	switch p := any(&a).(type) {
	case *int:
		return *p == any(b).(int)
	case *string:
		return *p == any(b).(string)
	case *float64:
		return *p == any(b).(float64)
	}
	return Equal(a, b)
}

// less is Python's < for two values of one static type.
func less[T any](a, b T) (bool, error) {
	switch p := any(&a).(type) {
	case *int:
		return *p < any(b).(int), nil
	case *string:
		return *p < any(b).(string), nil
	case *float64:
		return *p < any(b).(float64), nil
	}
	return Lt(a, b)
}

// Sort sorts s in place (stable) with Python's <: s.sort(reverse=...).
// TypeError when elements cannot be compared.
func Sort[T any](s []T, reverse bool) error {
	return SortKey(s, func(x T) T { return x }, reverse)
}

// SortKey sorts s in place (stable) by key: s.sort(key=key,
// reverse=reverse).
func SortKey[T, K any](s []T, key func(T) K, reverse bool) error {
	keys := make([]K, len(s))
	for i, x := range s {
		keys[i] = key(x)
	}
	perm := make([]int, len(s))
	for i := range perm {
		perm[i] = i
	}
	var err error
	slices.SortStableFunc(perm, func(i, j int) int {
		a, b := keys[i], keys[j]
		if reverse {
			a, b = b, a
		}
		lt, e := less(a, b)
		if e != nil && err == nil {
			err = e
		}
		if lt {
			return -1
		}
		if gt, _ := less(b, a); gt {
			return 1
		}
		return 0
	})
	if err != nil {
		return err
	}
	applyPerm(s, perm)
	return nil
}

func applyPerm[T any](s []T, perm []int) {
	sorted := make([]T, len(s))
	for i, p := range perm {
		sorted[i] = s[p]
	}
	copy(s, sorted)
}

// Reverse reverses s in place: s.reverse().
func Reverse[T any](s []T) { slices.Reverse(s) }

// Reversed returns a reversed copy: list(reversed(s)).
func Reversed[T any](s []T) []T {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// Concat returns a + b as a new list.
func Concat[T any](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// Repeat returns s * n (empty for n <= 0).
func Repeat[T any](s []T, n int) []T {
	if n <= 0 {
		return []T{}
	}
	return slices.Repeat(s, n)
}

// SliceEqual reports a == b for two lists.
func SliceEqual[T any](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !eq(a[i], b[i]) {
			return false
		}
	}
	return true
}

// SliceLess reports a < b for two lists (lexicographic, as Python compares
// sequences); TypeError when elements cannot be compared.
func SliceLess[T any](a, b []T) (bool, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		if !eq(a[i], b[i]) {
			return less(a[i], b[i])
		}
	}
	return len(a) < len(b), nil
}

// List is a Python list shared by reference, for lists that are aliased
// and mutated: every holder sees appends, pops and sorts.
type List[T any] struct {
	S []T
}

// NewList returns a list holding items.
func NewList[T any](items ...T) *List[T] { return &List[T]{S: items} }

// Len returns len(l).
func (l *List[T]) Len() int { return len(l.S) }

// Get returns l[i]; IndexError "list index out of range".
func (l *List[T]) Get(i int) (T, error) { return Index(l.S, i) }

// SetAt stores l[i] = v; IndexError "list assignment index out of range".
func (l *List[T]) SetAt(i int, v T) error { return SetIndex(l.S, i, v) }

// Append appends v: l.append(v).
func (l *List[T]) Append(v T) { l.S = append(l.S, v) }

// Extend appends items: l.extend(items), l += items.
func (l *List[T]) Extend(items []T) { l.S = append(l.S, items...) }

// Insert inserts v before position i: l.insert(i, v).
func (l *List[T]) Insert(i int, v T) { l.S = Insert(l.S, i, v) }

// Pop removes and returns l[i]: l.pop(i).
func (l *List[T]) Pop(i int) (T, error) {
	var v T
	var err error
	l.S, v, err = Pop(l.S, i)
	return v, err
}

// Remove removes the first element equal to x: l.remove(x).
func (l *List[T]) Remove(x T) error {
	var err error
	l.S, err = Remove(l.S, x)
	return err
}

// Clear empties l: l.clear().
func (l *List[T]) Clear() { l.S = l.S[:0:0] }

// Sort sorts l in place: l.sort(reverse=reverse).
func (l *List[T]) Sort(reverse bool) error { return Sort(l.S, reverse) }

// Reverse reverses l in place: l.reverse().
func (l *List[T]) Reverse() { Reverse(l.S) }

// PyRepr returns repr(l).
func (l *List[T]) PyRepr() string { return reprSlice(l.S) }

// PyTypeName returns "list".
func (l *List[T]) PyTypeName() string { return "list" }

// listItems lets dynamic code read any instantiation of List.
func (l *List[T]) listItems() []any {
	out := make([]any, len(l.S))
	for i, x := range l.S {
		out[i] = x
	}
	return out
}
