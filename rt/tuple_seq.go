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
