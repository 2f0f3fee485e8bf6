package rt

import (
	"strconv"
	"strings"
)

// TupleOf is a Python tuple of any length whose items share one static
// type: the *args of a function.
type TupleOf[T any] []T

// TupleItems returns the items of t.
func (t TupleOf[T]) TupleItems() []any {
	out := make([]any, len(t))
	for i, x := range t {
		out[i] = x
	}
	return out
}

// PyRepr returns repr(t).
func (t TupleOf[T]) PyRepr() string { return reprTuple(t.TupleItems()) }

// PyStr returns str(t).
func (t TupleOf[T]) PyStr() string { return t.PyRepr() }

// Signature describes the parameters of a function for binding arguments
// at run time (a call spreading a sequence or dict of unknown length).
type Signature struct {
	Name     string
	Params   []string // named parameters, positional ones first
	PosOnly  int      // how many of Params are positional-only
	Pos      int      // how many of Params may be passed by position
	Optional []bool   // per parameter: it has a default value
	VarArg   bool     // the function has *args
	KwArg    bool     // the function has **kwargs
}

// Bound is the result of binding a call's arguments to a Signature.
type Bound[T any] struct {
	Args []T
	Set  []bool
	Rest []T              // the *args
	Kw   *Dict[string, T] // the **kwargs
}

// Arg returns the argument of parameter i, or def when it was not passed.
func (b Bound[T]) Arg(i int, def T) T {
	if b.Set[i] {
		return b.Args[i]
	}
	return def
}

// BindArgs binds the arguments of a call to the parameters of sig as
// CPython does, with CPython's TypeError messages: the first given
// parameters are passed already, pos holds the positional arguments after
// them and kw the keyword arguments.
func BindArgs[T any](sig Signature, given int, pos []T, kw *Dict[string, T]) (Bound[T], error) {
	b := Bound[T]{Args: make([]T, len(sig.Params)), Set: make([]bool, len(sig.Params))}
	for i := 0; i < given; i++ {
		b.Set[i] = true
	}
	if sig.KwArg {
		b.Kw = NewDict[string, T]()
	}
	for j, x := range pos {
		i := given + j
		if i >= sig.Pos {
			if !sig.VarArg {
				return b, sig.tooMany(given + len(pos))
			}
			b.Rest = append(b.Rest, x)
			continue
		}
		b.Args[i], b.Set[i] = x, true
	}
	if kw != nil {
		for k, v := range kw.All() {
			i := sig.index(k)
			switch {
			case i >= 0 && i < sig.PosOnly && !sig.KwArg:
				return b, TypeError.Newf(sig.Name + "() got some positional-only arguments passed as keyword arguments: '" + k + "'")
			case i >= sig.PosOnly:
				if b.Set[i] {
					return b, TypeError.Newf(sig.Name + "() got multiple values for argument '" + k + "'")
				}
				b.Args[i], b.Set[i] = v, true
			case sig.KwArg:
				b.Kw.Set(k, v)
			default:
				return b, TypeError.Newf(sig.Name + "() got an unexpected keyword argument '" + k + "'")
			}
		}
	}
	var missing []string
	for i := 0; i < sig.Pos; i++ {
		if !b.Set[i] && !sig.Optional[i] {
			missing = append(missing, sig.Params[i])
		}
	}
	if len(missing) > 0 {
		return b, sig.missing(missing, "positional")
	}
	for i := sig.Pos; i < len(sig.Params); i++ {
		if !b.Set[i] && !sig.Optional[i] {
			missing = append(missing, sig.Params[i])
		}
	}
	if len(missing) > 0 {
		return b, sig.missing(missing, "keyword-only")
	}
	return b, nil
}

func (sig Signature) index(name string) int {
	for i, p := range sig.Params {
		if p == name {
			return i
		}
	}
	return -1
}

func (sig Signature) tooMany(given int) error {
	required := 0
	for i := 0; i < sig.Pos; i++ {
		if !sig.Optional[i] {
			required++
		}
	}
	want := strconv.Itoa(sig.Pos)
	if required != sig.Pos {
		want = "from " + strconv.Itoa(required) + " to " + want
	}
	s := "s"
	if sig.Pos == 1 && required == 1 {
		s = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return TypeError.Newf(sig.Name + "() takes " + want + " positional argument" + s + " but " + strconv.Itoa(given) + " " + was + " given")
}

// missing is CPython's message for missing arguments: 'a', 'b' and 'c'.
func (sig Signature) missing(names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	list := quoted[0]
	switch n := len(quoted); {
	case n == 2:
		list = quoted[0] + " and " + quoted[1]
	case n > 2:
		list = strings.Join(quoted[:n-1], ", ") + ", and " + quoted[n-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return TypeError.Newf(sig.Name + "() missing " + strconv.Itoa(len(names)) + " required " + kind + " argument" + s + ": " + list)
}

// Kwargs builds the **kwargs dict of a call from keyword arguments and
// spread dicts, in call order; a key given twice is CPython's TypeError.
func Kwargs[T any](name string, parts ...*Dict[string, T]) (*Dict[string, T], error) {
	out := NewDict[string, T]()
	for _, p := range parts {
		for k, v := range p.All() {
			if out.Contains(k) {
				return nil, TypeError.Newf(name + "() got multiple values for keyword argument '" + k + "'")
			}
			out.Set(k, v)
		}
	}
	return out, nil
}

// AnyItems returns the items of xs as dynamic values (a *sequence passed
// to *args whose items are dynamic).
func AnyItems[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// AnyValues returns a copy of d with dynamic values (a **dict passed to
// **kwargs whose values are dynamic).
func AnyValues[V any](d *Dict[string, V]) *Dict[string, any] {
	out := NewDict[string, any]()
	for k, v := range d.All() {
		out.Set(k, v)
	}
	return out
}

// ItemsAs returns dynamic items as a []T; the translator proved that
// every item is a T.
func ItemsAs[T any](xs []any) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.(T)
	}
	return out
}

// ValuesAs returns a dict of dynamic values as a *Dict[string, T]; the
// translator proved that every value is a T.
func ValuesAs[T any](d *Dict[string, any]) *Dict[string, T] {
	out := NewDict[string, T]()
	for k, v := range d.All() {
		out.Set(k, v.(T))
	}
	return out
}

// ZipStar is zip(*rows): the columns of rows, as long as the shortest row,
// each a tuple.
func ZipStar[T any, S ~[]T](rows []S) []TupleOf[T] {
	out := []TupleOf[T]{}
	if len(rows) == 0 {
		return out
	}
	n := len(rows[0])
	for _, r := range rows[1:] {
		n = min(n, len(r))
	}
	for i := 0; i < n; i++ {
		col := make(TupleOf[T], len(rows))
		for j, r := range rows {
			col[j] = r[i]
		}
		out = append(out, col)
	}
	return out
}
