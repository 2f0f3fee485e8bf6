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

// Enumerate returns list(enumerate(s, start)).
func Enumerate[T any](s []T, start int) []Tuple2[int, T] {
	out := make([]Tuple2[int, T], len(s))
	for i, x := range s {
		out[i] = Tuple2[int, T]{start + i, x}
	}
	return out
}

// errUnzip is the ValueError of unpacking zip(*pairs) of no pairs into n
// targets.
func errUnzip(n int) error {
	return ValueError.New("not enough values to unpack (expected " + Str(n) + ", got 0)")
}

// Unzip2 returns the columns of pairs, for "a, b = zip(*pairs)".
func Unzip2[A, B any](pairs []Tuple2[A, B]) (Tuple2[TupleOf[A], TupleOf[B]], error) {
	var out Tuple2[TupleOf[A], TupleOf[B]]
	if len(pairs) == 0 {
		return out, errUnzip(2)
	}
	for _, p := range pairs {
		out.V0 = append(out.V0, p.V0)
		out.V1 = append(out.V1, p.V1)
	}
	return out, nil
}

// Unzip3 returns the columns of triples, for "a, b, c = zip(*triples)".
func Unzip3[A, B, C any](triples []Tuple3[A, B, C]) (Tuple3[TupleOf[A], TupleOf[B], TupleOf[C]], error) {
	var out Tuple3[TupleOf[A], TupleOf[B], TupleOf[C]]
	if len(triples) == 0 {
		return out, errUnzip(3)
	}
	for _, t := range triples {
		out.V0 = append(out.V0, t.V0)
		out.V1 = append(out.V1, t.V1)
		out.V2 = append(out.V2, t.V2)
	}
	return out, nil
}

// Unzip4 returns the columns of 4-tuples, for "a, b, c, d = zip(*quads)".
func Unzip4[A, B, C, D any](quads []Tuple4[A, B, C, D]) (Tuple4[TupleOf[A], TupleOf[B], TupleOf[C], TupleOf[D]], error) {
	var out Tuple4[TupleOf[A], TupleOf[B], TupleOf[C], TupleOf[D]]
	if len(quads) == 0 {
		return out, errUnzip(4)
	}
	for _, q := range quads {
		out.V0 = append(out.V0, q.V0)
		out.V1 = append(out.V1, q.V1)
		out.V2 = append(out.V2, q.V2)
		out.V3 = append(out.V3, q.V3)
	}
	return out, nil
}

// TupleIndexOf returns t.index(x) of a tuple; ValueError
// "tuple.index(x): x not in tuple".
func TupleIndexOf[T any](t []T, x T) (int, error) {
	i := indexOf(t, x)
	if i < 0 {
		return 0, ValueError.New("tuple.index(x): x not in tuple")
	}
	return i, nil
}

// TupleRepeat returns t * n of a tuple (empty for n <= 0).
func TupleRepeat[T any](t TupleOf[T], n int) TupleOf[T] {
	return TupleOf[T](Repeat(t, n))
}
