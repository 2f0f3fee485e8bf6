package rt

import (
	"math"
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"
)

// PyBooler is implemented by values that define __bool__ or __len__ for
// truth testing.
type PyBooler interface {
	PyBool() bool
}

// PyLener is implemented by values that define __len__.
type PyLener interface {
	PyLen() int
}

// TypeName returns type(v).__name__: int, float, str, bool, NoneType,
// bytes, list, tuple, dict, set, or the name a PyTypeNamer reports.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil, NoneType:
		return "NoneType"
	case bool:
		return "bool"
	case int, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case tupler:
		return "tuple"
	case PyTypeNamer:
		return x.PyTypeName()
	case interface{ PyExc() *Exc }:
		return x.PyExc().Class.Name
	}
	return reflectTypeName(reflect.TypeOf(v))
}

func reflectTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Func:
		return "function"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Pointer:
		return reflectTypeName(t.Elem())
	}
	name := t.Name()
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	return name
}

// Truthy returns bool(v) for a dynamic value: False for None, False, 0,
// 0.0, empty strings and containers; PyBool for values that define it;
// True otherwise.
func Truthy(v any) bool {
	switch x := v.(type) {
	case nil, NoneType:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case *big.Int:
		return x.Sign() != 0
	case PyBooler:
		return x.PyBool()
	}
	if n, err := Len(v); err == nil {
		return n > 0
	}
	return true
}

// Len returns len(v): code points for str; TypeError "object of type 'int'
// has no len()" for values without a length.
func Len(v any) (int, error) {
	switch x := v.(type) {
	case string:
		return utf8.RuneCountInString(x), nil
	case []byte:
		return len(x), nil
	case []any:
		return len(x), nil
	case tupler:
		return len(x.TupleItems()), nil
	case dictLike:
		return x.dictLen(), nil
	case setLike:
		return x.setLen(), nil
	case PyLener:
		return x.PyLen(), nil
	case interface{ Len() int }:
		return x.Len(), nil
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice || rv.Kind() == reflect.Map {
		return rv.Len(), nil
	}
	return 0, TypeError.New("object of type '" + TypeName(v) + "' has no len()")
}

// StrLen returns len(s) for a str: its number of code points.
func StrLen(s string) int { return utf8.RuneCountInString(s) }

// Sorted returns sorted(s, reverse=reverse) as a new list.
func Sorted[T any](s []T, reverse bool) ([]T, error) {
	out := append([]T(nil), s...)
	return out, Sort(out, reverse)
}

// SortedKey returns sorted(s, key=key, reverse=reverse) as a new list.
func SortedKey[T, K any](s []T, key func(T) K, reverse bool) ([]T, error) {
	out := append([]T(nil), s...)
	return out, SortKey(out, key, reverse)
}

// Max returns max(s): the first largest element; ValueError "max() arg is
// an empty sequence".
func Max[T any](s []T) (T, error) {
	return MaxKey(s, func(x T) T { return x })
}

// Min returns min(s): the first smallest element; ValueError "min() arg is
// an empty sequence".
func Min[T any](s []T) (T, error) {
	return MinKey(s, func(x T) T { return x })
}

// MaxKey returns max(s, key=key).
func MaxKey[T, K any](s []T, key func(T) K) (T, error) {
	return extreme(s, key, "max", true)
}

// MinKey returns min(s, key=key).
func MinKey[T, K any](s []T, key func(T) K) (T, error) {
	return extreme(s, key, "min", false)
}

func extreme[T, K any](s []T, key func(T) K, name string, wantMax bool) (T, error) {
	if len(s) == 0 {
		var zero T
		return zero, ValueError.New(name + "() arg is an empty sequence")
	}
	best, bestKey := s[0], key(s[0])
	for _, x := range s[1:] {
		k := key(x)
		a, b := k, bestKey
		if wantMax {
			a, b = bestKey, k
		}
		better, err := less(a, b)
		if err != nil && wantMax {
			_, err = Gt(k, bestKey) // CPython's message names '>'
		}
		if err != nil {
			var zero T
			return zero, err
		}
		if better {
			best, bestKey = x, k
		}
	}
	return best, nil
}

// MaxOr returns max(s, default=def).
func MaxOr[T any](s []T, def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return Max(s)
}

// MinOr returns min(s, default=def).
func MinOr[T any](s []T, def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return Min(s)
}

// MaxKeyOr returns max(s, key=key, default=def).
func MaxKeyOr[T, K any](s []T, key func(T) K, def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return MaxKey(s, key)
}

// MinKeyOr returns min(s, key=key, default=def).
func MinKeyOr[T, K any](s []T, key func(T) K, def T) (T, error) {
	if len(s) == 0 {
		return def, nil
	}
	return MinKey(s, key)
}

// MaxKeyOf returns max(a, b, ..., key=key) for separate arguments.
func MaxKeyOf[T, K any](key func(T) K, args []T) (T, error) {
	return MaxKey(args, key)
}

// MinKeyOf returns min(a, b, ..., key=key) for separate arguments.
func MinKeyOf[T, K any](key func(T) K, args []T) (T, error) {
	return MinKey(args, key)
}

// StrChars returns the characters of s, each a str of one code point:
// list(s).
func StrChars(s string) []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// MaxOf returns max(a, b, ...) for separate arguments.
func MaxOf[T any](first T, rest ...T) (T, error) {
	return Max(append([]T{first}, rest...))
}

// MinOf returns min(a, b, ...) for separate arguments.
func MinOf[T any](first T, rest ...T) (T, error) {
	return Min(append([]T{first}, rest...))
}

// SumInt returns sum(s) for ints; OverflowError beyond 64 bits.
func SumInt(s []int) (int, error) {
	total := 0
	for _, x := range s {
		var err error
		if total, err = AddInt(total, x); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// SumIntFrom returns sum(s, start) for ints; OverflowError beyond 64 bits.
func SumIntFrom(s []int, start int) (int, error) {
	total := start
	for _, x := range s {
		var err error
		if total, err = AddInt(total, x); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// SumFloatFrom returns sum(s, start) for floats, added left to right from
// start.
func SumFloatFrom(s []float64, start float64) float64 {
	total := start
	for _, x := range s {
		total += x
	}
	return total
}

// SumLists returns sum(lists, start): a new list, start followed by each
// list's items.
func SumLists[T any](lists [][]T, start []T) []T {
	out := append([]T(nil), start...)
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// SumFloat returns sum(s) for floats, added left to right as CPython 3.11
// does.
func SumFloat(s []float64) float64 {
	total := 0.0
	for _, x := range s {
		total += x
	}
	return total
}

// Sum returns sum(s, start) for dynamic values, with Add's rules.
func Sum(s []any, start any) (any, error) {
	total := start
	for _, x := range s {
		var err error
		if total, err = Add(total, x); err != nil {
			return nil, err
		}
	}
	return total, nil
}

// Any returns any(s).
func Any[T any](s []T) bool {
	for _, x := range s {
		if Truthy(x) {
			return true
		}
	}
	return false
}

// All returns all(s).
func All[T any](s []T) bool {
	for _, x := range s {
		if !Truthy(x) {
			return false
		}
	}
	return true
}

// AbsFloat returns abs(f).
func AbsFloat(f float64) float64 {
	return math.Abs(f)
}

// Range returns list(range(start, stop, step)); ValueError "range() arg 3
// must not be zero". Generated code turns for-loops over range into Go
// for-loops; Range serves the other uses.
func Range(start, stop, step int) ([]int, error) {
	if step == 0 {
		return nil, ValueError.New("range() arg 3 must not be zero")
	}
	var out []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, i)
	}
	if out == nil {
		out = []int{}
	}
	return out, nil
}

// Chr returns chr(i); ValueError "chr() arg not in range(0x110000)".
func Chr(i int) (string, error) {
	if i < 0 || i > 0x10ffff {
		return "", ValueError.New("chr() arg not in range(0x110000)")
	}
	return string(rune(i)), nil
}

// Ord returns ord(s); TypeError when s is not one character.
func Ord(s string) (int, error) {
	if n := utf8.RuneCountInString(s); n != 1 {
		return 0, TypeError.New("ord() expected a character, but string of length " + Str(n) + " found")
	}
	r, _ := utf8.DecodeRuneInString(s)
	return int(r), nil
}

// NoItemAssign is the TypeError of container[index] = value on an
// immutable str or bytes; value, container and index are evaluated first,
// as Python does.
func NoItemAssign(value, container, index any) error {
	return TypeError.New("'" + TypeName(container) + "' object does not support item assignment")
}
