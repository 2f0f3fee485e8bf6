package rt

// TupleSeq returns the items of a fixed tuple whose items are all T as a
// TupleOf[T].
func TupleSeq[T any](t interface{ TupleItems() []any }) TupleOf[T] {
	items := t.TupleItems()
	out := make(TupleOf[T], len(items))
	for i, x := range items {
		out[i] = x.(T)
	}
	return out
}

// RangeTuple returns tuple(range(start, stop, step)).
func RangeTuple(start, stop, step int) (TupleOf[int], error) {
	items, err := Range(start, stop, step)
	return TupleOf[int](items), err
}

// TupleSliceStep returns t[lo:hi:step] of a tuple; ValueError "slice step
// cannot be zero".
func TupleSliceStep[T any](t []T, lo, hi, step int) (TupleOf[T], error) {
	out, err := SliceStep(t, lo, hi, step)
	return TupleOf[T](out), err
}

// TupleIndex returns t[i] of a tuple; IndexError "tuple index out of
// range".
func TupleIndex[T any](t []T, i int) (T, error) {
	j, ok := normIndex(i, len(t))
	if !ok {
		var zero T
		return zero, IndexError.New("tuple index out of range")
	}
	return t[j], nil
}
