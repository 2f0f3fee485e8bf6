package rt

import (
	"fmt"
	"strconv"
	"unsafe"
)

// Helpers the generated code uses for dynamic values (any).

// IsNone reports "v is None" for a dynamic value.
func IsNone(v any) bool { return isNone(v) }

// Is reports "a is b" for dynamic values: None is None, equal scalars of
// the same type, or the same pointer.
func Is(a, b any) (same bool) {
	if isNone(a) || isNone(b) {
		return isNone(a) && isNone(b)
	}
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// NotIn reports "x not in container".
func NotIn(x, container any) (bool, error) {
	in, err := In(x, container)
	return !in, err
}

// IsType reports isinstance(v, T1, T2, ...) for classes named by their
// __name__: bool counts as int, as in Python.
func IsType(v any, names ...string) bool {
	tn := TypeName(v)
	for _, n := range names {
		if tn == n || (n == "int" && tn == "bool") || n == "object" {
			return true
		}
	}
	return false
}

// SameSlice reports "a is b" for two lists held as Go slices: the same
// storage and length.
func SameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && unsafe.SliceData(a) == unsafe.SliceData(b)
}

// IsExcValue reports isinstance(v, classes) for a dynamic value and
// exception classes: v must be an exception of one of them.
func IsExcValue(v any, classes ...*Class) bool {
	err, ok := v.(error)
	return ok && IsInstance(err, classes...)
}

// CheckUnpack reports the ValueError of unpacking a sequence of length got
// into want targets, or nil when the lengths agree.
func CheckUnpack(got, want int) error {
	switch {
	case got > want:
		return Raise(ValueError.New(fmt.Sprintf("too many values to unpack (expected %d)", want)))
	case got < want:
		return Raise(ValueError.New(fmt.Sprintf("not enough values to unpack (expected %d, got %d)", want, got)))
	}
	return nil
}

// Bin returns bin(i), for example "0b101" or "-0b101".
func Bin(i int) string { return prefixed(i, 2, "0b") }

// Hex returns hex(i), for example "0xff".
func Hex(i int) string { return prefixed(i, 16, "0x") }

// Oct returns oct(i), for example "0o10".
func Oct(i int) string { return prefixed(i, 8, "0o") }

func prefixed(i, base int, prefix string) string {
	s := strconv.FormatInt(int64(i), base)
	if s[0] == '-' {
		return "-" + prefix + s[1:]
	}
	return prefix + s
}

// SetCompare reports a op b for two sets, where op is one of Python's
// comparison operators: <= and < test subsets, >= and > supersets.
func SetCompare[T comparable](a, b *Set[T], op string) bool {
	switch op {
	case "==":
		return a.Equal(b)
	case "!=":
		return !a.Equal(b)
	case "<=":
		return a.IsSubset(b)
	case "<":
		return a.used < b.used && a.IsSubset(b)
	case ">=":
		return b.IsSubset(a)
	case ">":
		return b.used < a.used && b.IsSubset(a)
	}
	panic("rt.SetCompare: operator " + op)
}

// SetFrom returns set(items), for set methods given a list.
func SetFrom[T comparable](items []T) *Set[T] { return SetOf(items...) }

// PopFrom removes and returns (*s)[i], list.pop(i) used as a value.
func PopFrom[T any](s *[]T, i int) (T, error) {
	rest, v, err := Pop(*s, i)
	*s = rest
	return v, err
}

// RemoveFrom removes the first item equal to x from *s, list.remove(x).
func RemoveFrom[T any](s *[]T, x T) error {
	rest, err := Remove(*s, x)
	*s = rest
	return err
}

// IndexFrom returns s.index(x, start): the search begins at start,
// which counts from the end when negative.
func IndexFrom[T any](s []T, x T, start int) (int, error) {
	if start < 0 {
		start = max(start+len(s), 0)
	}
	if start < len(s) {
		if i := indexOf(s[start:], x); i >= 0 {
			return start + i, nil
		}
	}
	return 0, ValueError.New(Repr(x) + " is not in list")
}

// OrderTuples reports a op b (op one of < <= > >=) for two tuples whose
// items the checker knows to be ordered pairwise (int, float, str, bool).
func OrderTuples(op string, a, b any) bool {
	ok, err := order(op, a, b)
	if err != nil {
		panic(err)
	}
	return ok
}
