package rt

import "iter"

// Generator turns the body of a Python generator that can raise into an
// iterator of (item, nil) pairs; an exception ends it with (zero, err).
// The body returns GeneratorExit when the consumer stopped early (a
// break): that ends the generator quietly, after its finally blocks.
func Generator[T any](body func(yield func(T) bool) error) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		stopped := false
		err := body(func(v T) bool {
			if stopped || !yield(v, nil) {
				stopped = true
				return false
			}
			return true
		})
		if err != nil && !stopped {
			var zero T
			yield(zero, err)
		}
	}
}

// Seq is the iterator of a generator function whose body cannot raise.
func Seq[T any](body func(yield func(T) bool)) iter.Seq[T] {
	return func(yield func(T) bool) { body(yield) }
}

// Iterator is a one-shot iterator: a generator object or generator
// expression held in a variable, or reversed(). Iterating it again goes
// on where the last loop stopped; an exhausted Iterator yields nothing.
type Iterator[T any] struct {
	next func() (T, error, bool)
	stop func()
}

// NewIter holds the generator seq as a one-shot iterator.
func NewIter[T any](seq iter.Seq2[T, error]) *Iterator[T] {
	next, stop := iter.Pull2(seq)
	return &Iterator[T]{next: next, stop: stop}
}

// IterOf holds the generator seq, which cannot raise, as a one-shot
// iterator.
func IterOf[T any](seq iter.Seq[T]) *Iterator[T] {
	return NewIter(func(yield func(T, error) bool) {
		for v := range seq {
			if !yield(v, nil) {
				return
			}
		}
	})
}

// IterFunc is the iterator whose next item next returns, with ok false
// once there are none. An item may be an exception (map() of a function
// that raised): the iterator goes on after it, as map() and filter() do.
func IterFunc[T any](next func() (v T, err error, ok bool)) *Iterator[T] {
	return &Iterator[T]{next: next, stop: func() {}}
}

// ReversedIter is reversed(s): the items of s, last first, once.
func ReversedIter[T any](s []T) *Iterator[T] {
	i := len(s)
	return &Iterator[T]{next: func() (T, error, bool) {
		if i == 0 {
			var zero T
			return zero, nil, false
		}
		i--
		return s[i], nil, true
	}, stop: func() { i = 0 }}
}

// All yields the items left in it, with the exception that ended the
// iteration if any. Items taken are gone from it.
func (it *Iterator[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for {
			v, err, ok := it.next()
			if !ok {
				return
			}
			if err != nil {
				it.stop()
				if e := AsExc(err); e != nil {
					// the generator ran on a goroutine of its own: the
					// traceback starts at the loop that asked for the item
					err = reraise(err, 1, nil, e.tb.parts)
				}
				var zero T
				yield(zero, err)
				return
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}

// List is list(it): the items left in it.
func (it *Iterator[T]) List() ([]T, error) {
	out := []T{}
	for v, err := range it.All() {
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// IterAny is any(it): it takes items until one is true.
func IterAny[T any](it *Iterator[T]) (bool, error) {
	for v, err := range it.All() {
		if err != nil {
			return false, err
		}
		if Truthy(v) {
			return true, nil
		}
	}
	return false, nil
}

// IterAll is all(it): it takes items until one is false.
func IterAll[T any](it *Iterator[T]) (bool, error) {
	for v, err := range it.All() {
		if err != nil {
			return false, err
		}
		if !Truthy(v) {
			return false, nil
		}
	}
	return true, nil
}

// Collect is list(seq) for a generator that can raise.
func Collect[T any](seq iter.Seq2[T, error]) ([]T, error) {
	out := []T{}
	for v, err := range seq {
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// CollectSeq is list(seq) for a generator that cannot raise.
func CollectSeq[T any](seq iter.Seq[T]) []T {
	out := []T{}
	for v := range seq {
		out = append(out, v)
	}
	return out
}
