package rt

import "iter"

// Checked iterates over the pairs in insertion order like All, and sets
// *err to RuntimeError "dictionary changed size during iteration" when
// the loop body added or removed entries, as CPython raises on the next
// step of the loop (a loop left by break does not take that step). *err
// is cleared when the loop starts:
//
//	for k := range d.Checked(&err) { ... }
//	if err != nil { return err }
func (d *Dict[K, V]) Checked(err *error) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		*err = nil
		n := d.live
		for i := 0; ; i++ {
			if d.live != n {
				*err = ErrChangedSize("dictionary")
				return
			}
			if i >= len(d.entries) {
				return
			}
			if e := d.entries[i]; !e.deleted && !yield(e.key, e.val) {
				return
			}
		}
	}
}

// Checked iterates over the elements like All, and sets *err to
// RuntimeError "Set changed size during iteration" when the loop body
// added or removed elements.
func (s *Set[T]) Checked(err *error) iter.Seq[T] {
	return func(yield func(T) bool) {
		*err = nil
		n, table := s.used, s.table
		for i := 0; ; i++ {
			if s.used != n {
				*err = ErrChangedSize("Set")
				return
			}
			if i >= len(table) {
				return
			}
			if e := table[i]; e.state == slotActive && !yield(e.key) {
				return
			}
		}
	}
}
