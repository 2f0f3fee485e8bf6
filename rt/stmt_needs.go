package rt

import "fmt"

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
