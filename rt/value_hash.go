package rt

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"
)

// Hashing, as CPython computes hash(), so that sets iterate in CPython's
// order. Ints, bools, floats and tuples of them hash exactly as in CPython;
// str hashes are randomized per process in CPython, so here they use a
// fixed FNV-1a hash (a deterministic order that CPython cannot promise);
// other values (class instances) hash by identity, as in CPython.

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// PyHasher is implemented by values that define Python's __hash__.
type PyHasher interface {
	PyHash() int64
}

// Hash returns hash(v): TypeError "unhashable type: 'list'" for lists,
// dicts and sets.
func Hash(v any) (int64, error) {
	if err := CheckHashable(v); err != nil {
		return 0, err
	}
	return pyHash(v), nil
}

// CheckHashable returns TypeError "unhashable type: 'T'" when v cannot be a
// dict key or set element. Generated code calls it before using a dynamic
// value as a key.
func CheckHashable(v any) error {
	switch x := v.(type) {
	case int, string, float64, bool, NoneType, nil:
		return nil
	case Tuple:
		for _, it := range x {
			if err := CheckHashable(it); err != nil {
				return err
			}
		}
		return nil
	case dictLike, setLike:
		return TypeError.New("unhashable type: '" + TypeName(v) + "'")
	}
	if k := reflect.TypeOf(v).Kind(); k == reflect.Slice || k == reflect.Map {
		return TypeError.New("unhashable type: '" + TypeName(v) + "'")
	}
	return nil
}

var hashSeed = maphash.MakeSeed()

// hashOf returns CPython's hash of k without boxing the common key types.
func hashOf[T comparable](k T) int64 {
	switch p := any(&k).(type) {
	case *int:
		return intHash(int64(*p))
	case *string:
		return strHash(*p)
	}
	return pyHash(any(k))
}

func pyHash(v any) int64 {
	switch x := v.(type) {
	case int:
		return intHash(int64(x))
	case string:
		return strHash(x)
	case bool:
		return int64(boolInt(x))
	case float64:
		return floatHash(x)
	case *big.Int:
		return bigHash(x)
	case nil, NoneType:
		return 0xfcb7a4
	case PyHasher:
		return x.PyHash()
	case tupler:
		return tupleHash(x.TupleItems())
	}
	return int64(maphash.Comparable(hashSeed, v) >> 4)
}

// intHash is CPython's hash of an int that fits in 64 bits.
func intHash(x int64) int64 {
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func bigHash(x *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(x), big.NewInt(hashModulus)).Int64()
	if x.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// floatHash is CPython's _Py_HashDouble.
func floatHash(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(hashBits-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// strHash is a fixed 64-bit FNV-1a hash of s (CPython's is randomized).
func strHash(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

// tupleHash is CPython's xxHash-based tuple hash.
func tupleHash(items []any) int64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range items {
		lane := uint64(pyHash(it))
		acc += lane * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// canonKey maps a dynamic key to a Go value with the same Python equality:
// 1, 1.0 and True become the int 1, big ints that fit become int, other big
// ints a bigKey, and Tuple a tupleKey, so that equal Python keys are equal
// Go map keys.
func canonKey(v any) any {
	switch x := v.(type) {
	case bool:
		return boolInt(x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
			return int(x)
		}
	case *big.Int:
		if x.IsInt64() {
			return int(x.Int64())
		}
		return bigKey(x.String())
	case nil:
		return None
	case Tuple:
		return tupleKey(Repr(canonItems(x)))
	case tupler:
		return tupleKey(Repr(canonItems(x.TupleItems())))
	}
	return v
}

func canonItems(items []any) Tuple {
	out := make(Tuple, len(items))
	for i, it := range items {
		c := canonKey(it)
		if k, ok := c.(tupleKey); ok {
			c = rawRepr(k)
		}
		out[i] = c
	}
	return out
}

// bigKey stands for an int beyond 64 bits used as a dynamic key.
type bigKey string

// tupleKey stands for a tuple used as a dynamic key.
type tupleKey string

// rawRepr is a string whose repr is itself (nested tuple keys).
type rawRepr string

// PyRepr returns the text unchanged.
func (r rawRepr) PyRepr() string { return string(r) }
