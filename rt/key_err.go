package rt

// Key functions that can raise (key=lambda k: d[k]): the key of every
// item is computed first, in order, as CPython's sort does, and the
// first exception ends the call with the list unchanged.

// keysOf returns key(x) for the items of s, or the first error.
func keysOf[T, K any](s []T, key func(T) (K, error)) ([]K, error) {
	keys := make([]K, len(s))
	for i, x := range s {
		k, err := key(x)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// indexes returns 0, 1, ..., n-1.
func indexes(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// SortKeyErr is s.sort(key=key, reverse=reverse) for a key that can raise.
func SortKeyErr[T, K any](s []T, key func(T) (K, error), reverse bool) error {
	keys, err := keysOf(s, key)
	if err != nil {
		return err
	}
	perm := indexes(len(s))
	if err := SortKey(perm, func(i int) K { return keys[i] }, reverse); err != nil {
		return err
	}
	applyPerm(s, perm)
	return nil
}

// SortedKeyErr is sorted(s, key=key, reverse=reverse) for a key that can
// raise.
func SortedKeyErr[T, K any](s []T, key func(T) (K, error), reverse bool) ([]T, error) {
	out := append([]T(nil), s...)
	return out, SortKeyErr(out, key, reverse)
}

// extremeErr is extreme for a key that can raise.
func extremeErr[T, K any](s []T, key func(T) (K, error), name string, wantMax bool) (T, error) {
	var zero T
	keys, err := keysOf(s, key)
	if err != nil {
		return zero, err
	}
	i, err := extreme(indexes(len(s)), func(i int) K { return keys[i] }, name, wantMax)
	if err != nil {
		return zero, err
	}
	return s[i], nil
}

// MaxKeyErr is max(s, key=key) for a key that can raise.
func MaxKeyErr[T, K any](s []T, key func(T) (K, error)) (T, error) {
	return extremeErr(s, key, "max", true)
}

// MinKeyErr is min(s, key=key) for a key that can raise.
func MinKeyErr[T, K any](s []T, key func(T) (K, error)) (T, error) {
	return extremeErr(s, key, "min", false)
}

// MaxKeyErrOr is max(s, key=key, default=def) for a key that can raise.
func MaxKeyErrOr[T, K any](s []T, key func(T) (K, error), def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return MaxKeyErr(s, key)
}

// MinKeyErrOr is min(s, key=key, default=def) for a key that can raise.
func MinKeyErrOr[T, K any](s []T, key func(T) (K, error), def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return MinKeyErr(s, key)
}

// MaxKeyErrOf is max(a, b, ..., key=key) for a key that can raise.
func MaxKeyErrOf[T, K any](key func(T) (K, error), args []T) (T, error) {
	return MaxKeyErr(args, key)
}

// MinKeyErrOf is min(a, b, ..., key=key) for a key that can raise.
func MinKeyErrOf[T, K any](key func(T) (K, error), args []T) (T, error) {
	return MinKeyErr(args, key)
}
