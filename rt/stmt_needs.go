package rt

import (
	"fmt"
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
