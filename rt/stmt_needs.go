package rt

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"unicode/utf8"
)

// CheckUnpackStar reports the ValueError of unpacking a sequence of length
// got into targets with a starred one and min others, or nil.
func CheckUnpackStar(got, min int) error {
	if got < min {
		return Raise(ValueError.New(fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", min, got)))
	}
	return nil
}

// BytesItems returns the ints of a bytes value, as iterating over it gives.
func BytesItems(b []byte) []int {
	out := make([]int, len(b))
	for i, c := range b {
		out[i] = int(c)
	}
	return out
}

// StrFindIn returns s.find(sub, lo, hi) (Omitted for a missing bound).
func StrFindIn(s, sub string, lo, hi int) int {
	n := utf8.RuneCountInString(s)
	start, count := sliceBounds(lo, hi, 1, n)
	if lo != Omitted && lo > n {
		return -1 // even the empty string is not found past the end
	}
	i := StrFind(StrSlice(s, start, start+count), sub)
	if i < 0 {
		return -1
	}
	return start + i
}

// StrRFindIn returns s.rfind(sub, lo, hi) (Omitted for a missing bound).
func StrRFindIn(s, sub string, lo, hi int) int {
	n := utf8.RuneCountInString(s)
	start, count := sliceBounds(lo, hi, 1, n)
	if lo != Omitted && lo > n {
		return -1
	}
	i := StrRFind(StrSlice(s, start, start+count), sub)
	if i < 0 {
		return -1
	}
	return start + i
}

// StrCountIn returns s.count(sub, lo, hi) (Omitted for a missing bound).
func StrCountIn(s, sub string, lo, hi int) int {
	n := utf8.RuneCountInString(s)
	if lo != Omitted && lo > n {
		return 0
	}
	start, count := sliceBounds(lo, hi, 1, n)
	return StrCount(StrSlice(s, start, start+count), sub)
}

// AssignSliceStep returns s after s[lo:hi:step] = v: a step of 1 replaces
// the part like s[lo:hi] = v, another step needs len(v) items (ValueError
// otherwise), zero is a ValueError.
func AssignSliceStep[T any](s []T, lo, hi, step int, v []T) ([]T, error) {
	if step == 0 {
		return s, Raise(ValueError.New("slice step cannot be zero"))
	}
	if step == 1 {
		return AssignSlice(s, lo, hi, slices.Clone(v)), nil
	}
	start, count := sliceBounds(lo, hi, step, len(s))
	if len(v) != count {
		return s, Raise(ValueError.New(fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(v), count)))
	}
	v = slices.Clone(v)
	for k := range count {
		s[start+k*step] = v[k]
	}
	return s, nil
}

// DelSliceStep returns s after del s[lo:hi:step]; zero is a ValueError.
func DelSliceStep[T any](s []T, lo, hi, step int) ([]T, error) {
	if step == 0 {
		return s, Raise(ValueError.New("slice step cannot be zero"))
	}
	start, count := sliceBounds(lo, hi, step, len(s))
	if count == 0 {
		return s, nil
	}
	drop := make(map[int]bool, count)
	for k := range count {
		drop[start+k*step] = true
	}
	out := s[:0:0]
	for i, x := range s {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out, nil
}

// CheckBound returns the value of a local variable, or UnboundLocalError when
// a del statement has unbound it.
func CheckBound[T any](v T, deleted bool, name string) (T, error) {
	if deleted {
		return v, Raise(UnboundLocalError.New(fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", name)))
	}
	return v, nil
}

// CheckBoundGlobal is CheckBound for a module-level variable: NameError.
func CheckBoundGlobal[T any](v T, deleted bool, name string) (T, error) {
	if deleted {
		return v, Raise(NameError.New(fmt.Sprintf("name '%s' is not defined", name)))
	}
	return v, nil
}

// DictGet returns d.get(k): the value, or None when k is absent.
func DictGet[K comparable, V any](d *Dict[K, V], k K) any {
	if v, ok := d.Lookup(k); ok {
		return v
	}
	return None
}

// DictFromPairs returns dict(pairs).
func DictFromPairs[K comparable, V any](pairs []Tuple2[K, V]) *Dict[K, V] {
	return DictOf(pairs...)
}

// Zip2 returns list(zip(a, b)).
func Zip2[A, B any](a []A, b []B) []Tuple2[A, B] {
	out := make([]Tuple2[A, B], min(len(a), len(b)))
	for i := range out {
		out[i] = Tuple2[A, B]{a[i], b[i]}
	}
	return out
}

// Zip3 returns list(zip(a, b, c)).
func Zip3[A, B, C any](a []A, b []B, c []C) []Tuple3[A, B, C] {
	out := make([]Tuple3[A, B, C], min(len(a), len(b), len(c)))
	for i := range out {
		out[i] = Tuple3[A, B, C]{a[i], b[i], c[i]}
	}
	return out
}

// FloatRatio returns f.as_integer_ratio(): OverflowError for an infinity,
// ValueError for nan, and OverflowError when a part needs more than 64
// bits.
func FloatRatio(f float64) (Tuple2[int, int], error) {
	switch {
	case math.IsInf(f, 0):
		return Tuple2[int, int]{}, Raise(OverflowError.New("cannot convert Infinity to integer ratio"))
	case math.IsNaN(f):
		return Tuple2[int, int]{}, Raise(ValueError.New("cannot convert NaN to integer ratio"))
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	if !r.Num().IsInt64() || !r.Denom().IsInt64() {
		return Tuple2[int, int]{}, Raise(OverflowError.New("integer result does not fit in 64 bits"))
	}
	return Tuple2[int, int]{int(r.Num().Int64()), int(r.Denom().Int64())}, nil
}
