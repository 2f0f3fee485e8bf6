package rt

import "math/big"

// Indexing a list, tuple or str with a value whose type is known only at
// run time: Python accepts an int or a bool (the __index__ protocol) and
// raises TypeError for anything else.

// indexInt converts the index i of a kind ("list", "tuple") container.
func indexInt(i any, kind string) (int, error) {
	switch v := i.(type) {
	case int:
		return v, nil
	case bool:
		return BoolInt(v), nil
	case *big.Int:
		return 0, IndexError.New("cannot fit 'int' into an index-sized integer")
	}
	if kind == "str" {
		return 0, TypeError.New("string indices must be integers, not '" + TypeName(i) + "'")
	}
	return 0, TypeError.New(kind + " indices must be integers or slices, not " + TypeName(i))
}

// IndexAny returns s[i] of a list.
func IndexAny[T any](s []T, i any) (T, error) {
	j, err := indexInt(i, "list")
	if err != nil {
		var zero T
		return zero, err
	}
	return Index(s, j)
}

// TupleIndexAny returns t[i] of a tuple.
func TupleIndexAny[T any](t []T, i any) (T, error) {
	j, err := indexInt(i, "tuple")
	if err != nil {
		var zero T
		return zero, err
	}
	return TupleIndex(t, j)
}

// StrIndexAny returns s[i] of a str.
func StrIndexAny(s string, i any) (string, error) {
	j, err := indexInt(i, "str")
	if err != nil {
		return "", err
	}
	return StrIndex(s, j)
}
