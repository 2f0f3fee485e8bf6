package rt

import (
	"iter"
	"strings"
)

// Set is a Python set. It keeps CPython 3.11's hash table layout (open
// addressing with linear probes, the same growth and the same hashes for
// ints, floats, bools and tuples of them), so iterating and printing a set
// of numbers gives CPython's order. The zero value is not usable: build
// sets with NewSet, SetOf or SetConst.
type Set[T comparable] struct {
	table  []setSlot[T]
	fill   int // active + dummy slots
	used   int // active slots
	finger int // where Pop starts looking
	dyn    bool
}

type setSlot[T comparable] struct {
	key   T
	hash  int64
	state uint8 // slotEmpty, slotActive or slotDummy
}

const (
	slotEmpty uint8 = iota
	slotActive
	slotDummy
)

const (
	setMinSize     = 8
	setLinearProbe = 9
	perturbShift   = 5
)

// NewSet returns an empty set: set().
func NewSet[T comparable]() *Set[T] {
	var zero T
	_, dyn := any(&zero).(*any)
	return &Set[T]{table: make([]setSlot[T], setMinSize), dyn: dyn}
}

// SetOf returns a set holding items, added one at a time in order, as
// CPython builds set([...]), {x, y} with non-constant elements, and set
// comprehensions.
func SetOf[T comparable](items ...T) *Set[T] {
	s := NewSet[T]()
	for _, x := range items {
		s.Add(x)
	}
	return s
}

// SetConst returns the set literal {c1, c2, c3, ...} whose elements are all
// constants and more than two: CPython compiles it to a frozenset constant
// (built from the items, then rebuilt in its own iteration order when the
// compiler merges constants) that is merged into a new set, which can
// order elements differently than SetOf.
func SetConst[T comparable](items ...T) *Set[T] {
	if len(items) < 3 {
		return SetOf(items...)
	}
	frozen := SetOf(SetOf(items...).Items()...)
	s := NewSet[T]()
	s.merge(frozen)
	return s
}

func (s *Set[T]) mask() int { return len(s.table) - 1 }

func (s *Set[T]) eq(a, b T) bool {
	if s.dyn {
		return canonKey(any(a)) == canonKey(any(b))
	}
	return a == b
}

// lookup returns the index of the active slot holding key, or -1.
func (s *Set[T]) lookup(key T, hash int64) int {
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.state == slotEmpty {
				return -1
			}
			if e.state == slotActive && e.hash == hash && s.eq(e.key, key) {
				return j
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// addEntry is CPython's set_add_entry: a new key goes to the last dummy
// slot met on its probe sequence, else to the first empty slot.
func (s *Set[T]) addEntry(key T, hash int64) {
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	free := -1
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			switch {
			case e.state == slotEmpty && free >= 0:
				s.table[free] = setSlot[T]{key: key, hash: hash, state: slotActive}
				s.used++
				return
			case e.state == slotEmpty:
				s.fillSlot(j, key, hash)
				return
			case e.state == slotDummy:
				free = j
			case e.hash == hash && s.eq(e.key, key):
				return
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set[T]) fillSlot(j int, key T, hash int64) {
	s.table[j] = setSlot[T]{key: key, hash: hash, state: slotActive}
	s.fill++
	s.used++
	if s.fill*5 >= s.mask()*3 {
		s.resize(s.growTarget())
	}
}

func (s *Set[T]) growTarget() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean is CPython's set_insert_clean: key is known to be absent and
// the table has no dummies.
func insertClean[T comparable](table []setSlot[T], key T, hash int64) {
	mask := len(table) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; j <= i+probes; j++ {
			if table[j].state == slotEmpty {
				table[j] = setSlot[T]{key: key, hash: hash, state: slotActive}
				return
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize is CPython's set_table_resize.
func (s *Set[T]) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setSlot[T], size)
	for _, e := range old {
		if e.state == slotActive {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// merge is CPython's set_merge (update from another set).
func (s *Set[T]) merge(o *Set[T]) {
	if o == s || o.used == 0 {
		return
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	switch {
	case s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used:
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
	case s.fill == 0:
		for _, e := range o.table {
			if e.state == slotActive {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = o.used, o.used
	default:
		for _, e := range o.table {
			if e.state == slotActive {
				s.addEntry(e.key, e.hash)
			}
		}
	}
}

// Add adds x: s.add(x).
func (s *Set[T]) Add(x T) { s.addEntry(x, s.hash(x)) }

func (s *Set[T]) hash(x T) int64 {
	if s.dyn {
		return pyHash(x)
	}
	return hashOf(x)
}

// Contains reports x in s.
func (s *Set[T]) Contains(x T) bool { return s.lookup(x, s.hash(x)) >= 0 }

// Len returns len(s).
func (s *Set[T]) Len() int { return s.used }

// Discard removes x if present and reports whether it was: s.discard(x).
func (s *Set[T]) Discard(x T) bool { return s.discardEntry(x, s.hash(x)) }

func (s *Set[T]) discardEntry(x T, hash int64) bool {
	j := s.lookup(x, hash)
	if j < 0 {
		return false
	}
	var zero T
	s.table[j] = setSlot[T]{key: zero, hash: -1, state: slotDummy}
	s.used--
	return true
}

// Remove removes x: s.remove(x), KeyError(x) when absent.
func (s *Set[T]) Remove(x T) error {
	if !s.Discard(x) {
		return KeyError.New(x)
	}
	return nil
}

// Pop removes and returns an element as CPython's set.pop does; KeyError
// "pop from an empty set" when s is empty.
func (s *Set[T]) Pop() (T, error) {
	var zero T
	if s.used == 0 {
		return zero, KeyError.New("pop from an empty set")
	}
	j := s.finger & s.mask()
	for s.table[j].state != slotActive {
		j = (j + 1) & s.mask()
	}
	key := s.table[j].key
	s.table[j] = setSlot[T]{hash: -1, state: slotDummy}
	s.used--
	s.finger = j + 1
	return key, nil
}

// Clear empties s: s.clear().
func (s *Set[T]) Clear() {
	s.table = make([]setSlot[T], setMinSize)
	s.fill, s.used = 0, 0
}

// Copy returns a shallow copy: s.copy() or set(s).
func (s *Set[T]) Copy() *Set[T] {
	c := NewSet[T]()
	c.merge(s)
	return c
}

// All iterates over the elements in CPython's order: for x in s. Like
// Dict.All it stops early if s changes size meanwhile (CPython raises
// RuntimeError "Set changed size during iteration"; see ErrChangedSize).
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		n, table := s.used, s.table
		for i := 0; i < len(table) && s.used == n; i++ {
			if e := table[i]; e.state == slotActive && !yield(e.key) {
				return
			}
		}
	}
}

// Items returns the elements in CPython's iteration order: list(s).
func (s *Set[T]) Items() []T {
	out := make([]T, 0, s.used)
	for x := range s.All() {
		out = append(out, x)
	}
	return out
}

// Update adds the elements of o: s |= o, s.update(o).
func (s *Set[T]) Update(o *Set[T]) { s.merge(o) }

// UpdateFrom adds items one at a time: s.update(list).
func (s *Set[T]) UpdateFrom(items []T) {
	for _, x := range items {
		s.Add(x)
	}
}

// Union returns s | o.
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := s.Copy()
	r.merge(o)
	return r
}

// Intersection returns s & o.
func (s *Set[T]) Intersection(o *Set[T]) *Set[T] {
	big, small := s, o
	if o.used > s.used {
		big, small = o, s
	}
	r := NewSet[T]()
	for _, e := range small.table {
		if e.state == slotActive && big.lookup(e.key, e.hash) >= 0 {
			r.addEntry(e.key, e.hash)
		}
	}
	return r
}

// IntersectionUpdate replaces s by s & o: s &= o.
func (s *Set[T]) IntersectionUpdate(o *Set[T]) { *s = *s.Intersection(o) }

// Difference returns s - o.
func (s *Set[T]) Difference(o *Set[T]) *Set[T] {
	if s.used>>2 > o.used {
		r := s.Copy()
		r.DifferenceUpdate(o)
		return r
	}
	r := NewSet[T]()
	for _, e := range s.table {
		if e.state == slotActive && o.lookup(e.key, e.hash) < 0 {
			r.addEntry(e.key, e.hash)
		}
	}
	return r
}

// DifferenceUpdate removes the elements of o from s: s -= o.
func (s *Set[T]) DifferenceUpdate(o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	for _, e := range o.table {
		if e.state == slotActive {
			s.discardEntry(e.key, e.hash)
		}
	}
	if s.fill-s.used > s.mask()/4 {
		s.resize(s.growTarget())
	}
}

// SymmetricDifference returns s ^ o.
func (s *Set[T]) SymmetricDifference(o *Set[T]) *Set[T] {
	r := o.Copy()
	r.SymmetricDifferenceUpdate(s)
	return r
}

// SymmetricDifferenceUpdate replaces s by s ^ o: s ^= o.
func (s *Set[T]) SymmetricDifferenceUpdate(o *Set[T]) {
	if s == o {
		s.Clear()
		return
	}
	for _, e := range o.table {
		if e.state == slotActive && !s.discardEntry(e.key, e.hash) {
			s.addEntry(e.key, e.hash)
		}
	}
}

// IsSubset reports s <= o.
func (s *Set[T]) IsSubset(o *Set[T]) bool {
	if s.used > o.used {
		return false
	}
	for x := range s.All() {
		if !o.Contains(x) {
			return false
		}
	}
	return true
}

// IsSuperset reports s >= o.
func (s *Set[T]) IsSuperset(o *Set[T]) bool { return o.IsSubset(s) }

// IsDisjoint reports s.isdisjoint(o).
func (s *Set[T]) IsDisjoint(o *Set[T]) bool { return s.Intersection(o).used == 0 }

// Equal reports s == o.
func (s *Set[T]) Equal(o *Set[T]) bool { return s.used == o.used && s.IsSubset(o) }

// PyRepr returns repr(s): {1, 2, 3}, or set() when empty.
func (s *Set[T]) PyRepr() string {
	if s.used == 0 {
		return "set()"
	}
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for x := range s.All() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(Repr(x))
	}
	b.WriteByte('}')
	return b.String()
}

// PyTypeName returns "set".
func (s *Set[T]) PyTypeName() string { return "set" }

// setLike lets dynamic code handle any instantiation of Set.
type setLike interface {
	setItemsAny() []any
	setContainsAny(x any) bool
	setLen() int
}

func (s *Set[T]) setItemsAny() []any {
	out := make([]any, 0, s.used)
	for x := range s.All() {
		out = append(out, x)
	}
	return out
}

func (s *Set[T]) setContainsAny(x any) bool {
	if t, ok := x.(T); ok {
		return s.Contains(t)
	}
	if t, ok := canonKey(x).(T); ok {
		return s.Contains(t)
	}
	if t, ok := asFloatKey[T](x); ok {
		return s.Contains(t)
	}
	return false
}

func (s *Set[T]) setLen() int { return s.used }
