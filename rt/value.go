package rt

// Python values in Go.
//
// Generated code uses static Go types wherever the checker knows a type, and the
// dynamic type any only for variables that really hold values of different types.
// The mapping is:
//
//	Python             Go (static)                      Go (inside any)
//	None               NoneType (rt.None)               NoneType or nil
//	bool               bool                             bool
//	int                int (64-bit)                     int, or *big.Int beyond 64 bits
//	float              float64                          float64
//	str                string (UTF-8; indexes count     string
//	                   code points through rt helpers)
//	bytes              []byte                           []byte
//	list[T]            []T, or *List[T] when aliased    []any
//	tuple              Tuple2[A,B], Tuple3, Tuple4      Tuple ([]any)
//	                   or Tuple for other shapes
//	dict[K, V]         *Dict[K, V] (insertion order)    *Dict[any, any]
//	set[T]             *Set[T] (CPython's order)        *Set[any]
//	class instance     *struct with PyStr/PyRepr        the same pointer
//	exception          *Exc or a struct embedding it    the same value
//
// Str and Repr print every one of these exactly as CPython 3.11 does. Types
// defined elsewhere take part by implementing PyStrer, PyReprer and
// PyTypeNamer. Static int arithmetic in generated code goes through the
// checked helpers of int.go (AddInt, MulInt, ...), which return OverflowError
// when a result leaves 64 bits; the dynamic operators (Add, Mul, ...) instead
// promote to *big.Int, so dynamic code never gives a wrong answer.
//
// Errors returned by the helpers of this file set are plain *Exc values
// (IndexError, KeyError, ValueError, TypeError, ZeroDivisionError,
// OverflowError); generated code passes them to Raise at the Python line that
// caused them.

// PyStrer is implemented by values that define Python's __str__.
type PyStrer interface {
	PyStr() string
}

// PyReprer is implemented by values that define Python's __repr__. A value
// with PyRepr and no PyStr uses PyRepr for str() too, as object.__str__ does.
type PyReprer interface {
	PyRepr() string
}

// PyTypeNamer is implemented by values whose type(x).__name__ is not derived
// from their Go type (user classes, exceptions).
type PyTypeNamer interface {
	PyTypeName() string
}

// Tuple is a Python tuple of any length and element types. Generated code
// uses it for dynamic tuples; fixed shapes use Tuple2, Tuple3 and Tuple4,
// which stay comparable (usable as dict keys and set elements).
type Tuple []any

// Tuple2 is a Python 2-tuple with static element types.
type Tuple2[A, B any] struct {
	V0 A
	V1 B
}

// Tuple3 is a Python 3-tuple with static element types.
type Tuple3[A, B, C any] struct {
	V0 A
	V1 B
	V2 C
}

// Tuple4 is a Python 4-tuple with static element types.
type Tuple4[A, B, C, D any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
}

// T2 builds the tuple (a, b).
func T2[A, B any](a A, b B) Tuple2[A, B] { return Tuple2[A, B]{a, b} }

// T3 builds the tuple (a, b, c).
func T3[A, B, C any](a A, b B, c C) Tuple3[A, B, C] { return Tuple3[A, B, C]{a, b, c} }

// T4 builds the tuple (a, b, c, d).
func T4[A, B, C, D any](a A, b B, c C, d D) Tuple4[A, B, C, D] {
	return Tuple4[A, B, C, D]{a, b, c, d}
}

// tupler is implemented by every tuple type of this package.
type tupler interface {
	TupleItems() []any
}

// TupleItems returns the elements of t; it makes Tuple a tupler.
func (t Tuple) TupleItems() []any { return t }

// TupleItems returns the elements of t as a Tuple.
func (t Tuple2[A, B]) TupleItems() []any { return []any{t.V0, t.V1} }

// TupleItems returns the elements of t as a Tuple.
func (t Tuple3[A, B, C]) TupleItems() []any { return []any{t.V0, t.V1, t.V2} }

// TupleItems returns the elements of t as a Tuple.
func (t Tuple4[A, B, C, D]) TupleItems() []any { return []any{t.V0, t.V1, t.V2, t.V3} }

// PyRepr returns repr(t).
func (t Tuple) PyRepr() string { return reprTuple(t) }

// PyRepr returns repr(t).
func (t Tuple2[A, B]) PyRepr() string { return reprTuple(t.TupleItems()) }

// PyRepr returns repr(t).
func (t Tuple3[A, B, C]) PyRepr() string { return reprTuple(t.TupleItems()) }

// PyRepr returns repr(t).
func (t Tuple4[A, B, C, D]) PyRepr() string { return reprTuple(t.TupleItems()) }
