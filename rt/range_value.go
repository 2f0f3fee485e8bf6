package rt

import "strconv"

// IntRange is a range object held as a value: the ints from Start towards
// Stop (excluded) by Step, which is never zero.
type IntRange struct{ Start, Stop, Step int }

// NewRange returns range(start, stop, step); ValueError "range() arg 3 must
// not be zero".
func NewRange(start, stop, step int) (IntRange, error) {
	if step == 0 {
		return IntRange{}, ValueError.New("range() arg 3 must not be zero")
	}
	return IntRange{start, stop, step}, nil
}

// Len returns len(r).
func (r IntRange) Len() int {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	case r.Step < 0 && r.Start > r.Stop:
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// At returns r[i]; IndexError "range object index out of range".
func (r IntRange) At(i int) (int, error) {
	j, ok := normIndex(i, r.Len())
	if !ok {
		return 0, IndexError.New("range object index out of range")
	}
	return r.Start + j*r.Step, nil
}

// Contains reports whether x is in r.
func (r IntRange) Contains(x int) bool {
	if r.Step > 0 && (x < r.Start || x >= r.Stop) || r.Step < 0 && (x > r.Start || x <= r.Stop) {
		return false
	}
	return (x-r.Start)%r.Step == 0
}

// Items returns list(r).
func (r IntRange) Items() []int {
	out := make([]int, r.Len())
	for i := range out {
		out[i] = r.Start + i*r.Step
	}
	return out
}

// PyRepr returns repr(r): range(0, 10) or range(0, 10, 2).
func (r IntRange) PyRepr() string {
	s := "range(" + strconv.Itoa(r.Start) + ", " + strconv.Itoa(r.Stop)
	if r.Step != 1 {
		s += ", " + strconv.Itoa(r.Step)
	}
	return s + ")"
}

// PyStr returns str(r), its repr.
func (r IntRange) PyStr() string { return r.PyRepr() }

// PyTypeName returns "range".
func (r IntRange) PyTypeName() string { return "range" }
