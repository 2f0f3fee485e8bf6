package rt

// SumBool returns sum(s) of bools: the number of true items.
func SumBool(s []bool) int {
	n := 0
	for _, b := range s {
		if b {
			n++
		}
	}
	return n
}

// MapErr returns [f(x) for x in s], stopping at the first error of f
// (map(int, strs) and its ValueError).
func MapErr[T, R any](s []T, f func(T) (R, error)) ([]R, error) {
	out := make([]R, 0, len(s))
	for _, x := range s {
		r, err := f(x)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
