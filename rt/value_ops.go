package rt

import (
	"bytes"
	"math"
	"math/big"
	"reflect"
	"strings"
)

// Dynamic operators: Python's binary and unary operators on values of
// static type any. Numbers are int, *big.Int, float64 and bool; an int
// result that leaves 64 bits becomes a *big.Int, and a *big.Int result that
// fits becomes an int again.

// PyEqualer is implemented by values that define Python's __eq__.
type PyEqualer interface {
	PyEq(other any) bool
}

// numKind classifies a dynamic number.
type numKind uint8

const (
	notNum numKind = iota
	intNum
	bigNum
	floatNum
)

func kindOf(v any) numKind {
	switch v.(type) {
	case int, bool:
		return intNum
	case *big.Int:
		return bigNum
	case float64:
		return floatNum
	}
	return notNum
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case int:
		return big.NewInt(int64(x))
	case bool:
		return big.NewInt(int64(boolInt(x)))
	case *big.Int:
		return x
	}
	return nil
}

// toFloat converts a number to float; OverflowError "int too large to
// convert to float".
func toFloat(v any) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case int:
		return float64(x), nil
	case bool:
		return float64(boolInt(x)), nil
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		if math.IsInf(f, 0) {
			return 0, OverflowError.New("int too large to convert to float")
		}
		return f, nil
	}
	return 0, TypeError.New("must be real number, not " + TypeName(v))
}

func unsupported(op string, a, b any) error {
	return TypeError.New("unsupported operand type(s) for " + op + ": '" + TypeName(a) + "' and '" + TypeName(b) + "'")
}

// arith applies a numeric operator once both operands are numbers.
func arith(op string, a, b any) (any, error) {
	if kindOf(a) == floatNum || kindOf(b) == floatNum || op == "/" {
		if kindOf(a) != floatNum && kindOf(b) != floatNum && op == "/" {
			return bigTrueDiv(toBig(a), toBig(b))
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		return floatArith(op, x, y)
	}
	return bigArith(op, toBig(a), toBig(b))
}

func floatArith(op string, x, y float64) (any, error) {
	switch op {
	case "+":
		return x + y, nil
	case "-":
		return x - y, nil
	case "*":
		return x * y, nil
	case "/":
		return TrueDivFloat(x, y)
	case "//":
		return FloorDivFloat(x, y)
	case "%":
		return ModFloat(x, y)
	}
	return PowFloat(x, y)
}

func bigArith(op string, x, y *big.Int) (any, error) {
	r := new(big.Int)
	switch op {
	case "+":
		r.Add(x, y)
	case "-":
		r.Sub(x, y)
	case "*":
		r.Mul(x, y)
	case "//", "%":
		if y.Sign() == 0 {
			if op == "%" {
				return nil, ZeroDivisionError.New("integer modulo by zero")
			}
			return nil, ZeroDivisionError.New("integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		if op == "%" {
			return normBig(m), nil
		}
		return normBig(q), nil
	case "**":
		return bigPow(x, y)
	}
	return normBig(r), nil
}

// bigFloorDivMod returns Python's x // y and x % y.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func bigPow(x, y *big.Int) (any, error) {
	if y.Sign() < 0 {
		fx, err := toFloat(x)
		if err != nil {
			return nil, err
		}
		fy, _ := toFloat(y)
		return PowFloat(fx, fy)
	}
	if x.IsInt64() && y.IsInt64() {
		if r, err := PowInt(int(x.Int64()), int(y.Int64())); err == nil {
			return r, nil
		}
	}
	return normBig(new(big.Int).Exp(x, y, nil)), nil
}

// bigTrueDiv is int / int, correctly rounded.
func bigTrueDiv(x, y *big.Int) (any, error) {
	if x.IsInt64() && y.IsInt64() {
		f, err := TrueDivInt(int(x.Int64()), int(y.Int64()))
		return f, err
	}
	if y.Sign() == 0 {
		return nil, ZeroDivisionError.New("division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, OverflowError.New("integer division result too large for a float")
	}
	return f, nil
}

// Add returns a + b.
func Add(a, b any) (any, error) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if s, err := AddInt(x, y); err == nil {
				return s, nil
			}
		}
	}
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("+", a, b)
	}
	return addSeq(a, b)
}

func addSeq(a, b any) (any, error) {
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return x + y, nil
		}
		return nil, TypeError.New(`can only concatenate str (not "` + TypeName(b) + `") to str`)
	case []byte:
		if y, ok := b.([]byte); ok {
			return Concat(x, y), nil
		}
		return nil, TypeError.New("can't concat " + TypeName(b) + " to bytes")
	case tupler:
		if y, ok := b.(tupler); ok {
			return Tuple(Concat(x.TupleItems(), y.TupleItems())), nil
		}
		return nil, TypeError.New(`can only concatenate tuple (not "` + TypeName(b) + `") to tuple`)
	}
	if xs, ok := listItems(a); ok {
		if ys, ok := listItems(b); ok {
			return Concat(xs, ys), nil
		}
		return nil, TypeError.New(`can only concatenate list (not "` + TypeName(b) + `") to list`)
	}
	return nil, unsupported("+", a, b)
}

// Sub returns a - b.
func Sub(a, b any) (any, error) {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("-", a, b)
	}
	if x, ok := a.(*Set[any]); ok {
		if y, ok := b.(*Set[any]); ok {
			return x.Difference(y), nil
		}
	}
	return nil, unsupported("-", a, b)
}

// Mul returns a * b, including sequence repetition (str, bytes, list,
// tuple times int).
func Mul(a, b any) (any, error) {
	ka, kb := kindOf(a), kindOf(b)
	if ka != notNum && kb != notNum {
		return arith("*", a, b)
	}
	if ka == intNum {
		a, b = b, a
	}
	n, isInt := b.(int)
	if bb, ok := b.(bool); ok {
		n, isInt = boolInt(bb), true
	}
	switch x := a.(type) {
	case string:
		if isInt {
			return strings.Repeat(x, max(n, 0)), nil
		}
	case []byte:
		if isInt {
			return Repeat(x, n), nil
		}
	case tupler:
		if isInt {
			return Tuple(Repeat(x.TupleItems(), n)), nil
		}
	}
	if xs, ok := listItems(a); ok && isInt {
		return Repeat(xs, n), nil
	}
	if isSequence(a) && kindOf(b) != intNum {
		return nil, TypeError.New("can't multiply sequence by non-int of type '" + TypeName(b) + "'")
	}
	return nil, unsupported("*", a, b)
}

func isSequence(v any) bool {
	switch v.(type) {
	case string, []byte, tupler:
		return true
	}
	_, ok := listItems(v)
	return ok
}

// TrueDiv returns a / b (always a float for numbers).
func TrueDiv(a, b any) (any, error) {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("/", a, b)
	}
	return nil, unsupported("/", a, b)
}

// FloorDiv returns a // b.
func FloorDiv(a, b any) (any, error) {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("//", a, b)
	}
	return nil, unsupported("//", a, b)
}

// Mod returns a % b; for a str left operand it is printf-style formatting
// (see PercentFormat).
func Mod(a, b any) (any, error) {
	if s, ok := a.(string); ok {
		return PercentFormat(s, b)
	}
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("%", a, b)
	}
	return nil, unsupported("%", a, b)
}

// DivMod returns divmod(a, b).
func DivMod(a, b any) (Tuple, error) {
	if kindOf(a) == floatNum || kindOf(b) == floatNum {
		x, err := toFloat(a)
		if err != nil {
			return nil, unsupported("divmod()", a, b)
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, unsupported("divmod()", a, b)
		}
		r, err := DivModFloat(x, y)
		return Tuple{r.V0, r.V1}, err
	}
	if kindOf(a) == notNum || kindOf(b) == notNum {
		return nil, unsupported("divmod()", a, b)
	}
	q, err := FloorDiv(a, b)
	if err != nil {
		return nil, err
	}
	m, _ := Mod(a, b)
	return Tuple{q, m}, nil
}

// Pow returns a ** b: an int for ints with b >= 0 (exact), a float when b
// is a negative int or either is a float.
func Pow(a, b any) (any, error) {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		return arith("**", a, b)
	}
	return nil, unsupported("** or pow()", a, b)
}

// Neg returns -a.
func Neg(a any) (any, error) {
	switch x := a.(type) {
	case int:
		if x != math.MinInt64 {
			return -x, nil
		}
	case float64:
		return -x, nil
	case bool:
		return -boolInt(x), nil
	}
	if b := toBig(a); b != nil {
		return normBig(new(big.Int).Neg(b)), nil
	}
	return nil, TypeError.New("bad operand type for unary -: '" + TypeName(a) + "'")
}

// Pos returns +a.
func Pos(a any) (any, error) {
	switch x := a.(type) {
	case int, float64, *big.Int:
		return x, nil
	case bool:
		return boolInt(x), nil
	}
	return nil, TypeError.New("bad operand type for unary +: '" + TypeName(a) + "'")
}

// Invert returns ~a for ints.
func Invert(a any) (any, error) {
	switch x := a.(type) {
	case int:
		return ^x, nil
	case bool:
		return ^boolInt(x), nil
	case *big.Int:
		return normBig(new(big.Int).Not(x)), nil
	}
	return nil, TypeError.New("bad operand type for unary ~: '" + TypeName(a) + "'")
}

// Abs returns abs(a).
func Abs(a any) (any, error) {
	switch x := a.(type) {
	case float64:
		return math.Abs(x), nil
	case int, bool, *big.Int:
		if Truthy(mustLess(x, 0)) {
			return Neg(x)
		}
		return Pos(x)
	}
	return nil, TypeError.New("bad operand type for abs(): '" + TypeName(a) + "'")
}

func mustLess(a, b any) bool {
	lt, _ := Lt(a, b)
	return lt
}

// Not returns not a.
func Not(a any) bool { return !Truthy(a) }

// listItems returns the elements of a Python list held in a dynamic value.
func listItems(v any) ([]any, bool) {
	switch x := v.(type) {
	case tupler, []byte, string:
		return nil, false
	case []any:
		return x, true
	case interface{ listItems() []any }:
		return x.listItems(), true
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		return reflectItems(rv), true
	}
	return nil, false
}

// Equal reports a == b with Python's rules: numbers compare by value
// across int, float and bool; lists equal lists and tuples equal tuples
// element by element; dicts and sets by content.
func Equal(a, b any) bool {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		c, ok := numCompare(a, b)
		return ok && c == 0
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case nil, NoneType:
		return isNone(b)
	case []byte:
		y, ok := b.([]byte)
		return ok && bytes.Equal(x, y)
	case PyEqualer:
		return x.PyEq(b)
	case tupler:
		y, ok := b.(tupler)
		return ok && SliceEqual(x.TupleItems(), y.TupleItems())
	case dictLike:
		return dictEqual(x, b)
	case setLike:
		return setEqual(x, b)
	}
	return equalOther(a, b)
}

func isNone(v any) bool {
	switch v.(type) {
	case nil, NoneType:
		return true
	}
	return false
}

func equalOther(a, b any) bool {
	if xs, ok := listItems(a); ok {
		ys, ok := listItems(b)
		return ok && SliceEqual(xs, ys)
	}
	if y, ok := b.(PyEqualer); ok {
		return y.PyEq(a)
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb || !ta.Comparable() {
		return false
	}
	return a == b
}

func dictEqual(x dictLike, b any) bool {
	y, ok := b.(dictLike)
	if !ok || x.dictLen() != y.dictLen() {
		return false
	}
	for _, kv := range x.dictItemsAny() {
		v, ok := y.dictLookupAny(kv.V0)
		if !ok || !Equal(kv.V1, v) {
			return false
		}
	}
	return true
}

func setEqual(x setLike, b any) bool {
	y, ok := b.(setLike)
	if !ok || x.setLen() != y.setLen() {
		return false
	}
	for _, it := range x.setItemsAny() {
		if !y.setContainsAny(it) {
			return false
		}
	}
	return true
}

// numCompare compares two numbers exactly (ints against floats too); ok
// is false when a NaN makes them unordered.
func numCompare(a, b any) (c int, ok bool) {
	if kindOf(a) == intNum && kindOf(b) == intNum {
		x, y := toBig(a).Int64(), toBig(b).Int64()
		return cmpOrdered(x, y), true
	}
	if kindOf(a) != floatNum && kindOf(b) != floatNum {
		return toBig(a).Cmp(toBig(b)), true
	}
	x, y := numRat(a), numRat(b)
	if x == nil || y == nil {
		fx, fy := floatOrInf(a), floatOrInf(b)
		if math.IsNaN(fx) || math.IsNaN(fy) {
			return 0, false
		}
		return cmpOrdered(fx, fy), true
	}
	return x.Cmp(y), true
}

func cmpOrdered[T int64 | float64](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// numRat returns a number exactly as a rational, nil for inf and nan.
func numRat(v any) *big.Rat {
	if f, ok := v.(float64); ok {
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return nil
		}
		return new(big.Rat).SetFloat64(f)
	}
	return new(big.Rat).SetInt(toBig(v))
}

func floatOrInf(v any) float64 {
	if f, ok := v.(float64); ok {
		return f
	}
	return 0
}

// Ne returns a != b.
func Ne(a, b any) bool { return !Equal(a, b) }

// Lt returns a < b; TypeError "'<' not supported between instances of 'str'
// and 'int'".
func Lt(a, b any) (bool, error) { return order("<", a, b) }

// Le returns a <= b.
func Le(a, b any) (bool, error) { return order("<=", a, b) }

// Gt returns a > b.
func Gt(a, b any) (bool, error) { return order(">", a, b) }

// Ge returns a >= b.
func Ge(a, b any) (bool, error) { return order(">=", a, b) }

// Compare returns -1, 0 or +1 as a < b, a == b or a > b; TypeError as Lt.
func Compare(a, b any) (int, error) {
	if lt, err := Lt(a, b); err != nil || lt {
		return -1, err
	}
	if Equal(a, b) {
		return 0, nil
	}
	return 1, nil
}

// order evaluates a rich comparison.
func order(op string, a, b any) (bool, error) {
	c, ok, err := compareForOrder(op, a, b)
	if err != nil || !ok {
		return false, err
	}
	switch op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	}
	return c >= 0, nil
}

// compareForOrder returns the three-way comparison of a and b, ok=false
// for unordered numbers (NaN), or Python's TypeError.
func compareForOrder(op string, a, b any) (int, bool, error) {
	if kindOf(a) != notNum && kindOf(b) != notNum {
		c, ok := numCompare(a, b)
		return c, ok, nil
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y), true, nil
		}
	case []byte:
		if y, ok := b.([]byte); ok {
			return bytes.Compare(x, y), true, nil
		}
	case tupler:
		if y, ok := b.(tupler); ok {
			return seqCompare(op, x.TupleItems(), y.TupleItems())
		}
	}
	if xs, ok := listItems(a); ok {
		if ys, ok := listItems(b); ok {
			return seqCompare(op, xs, ys)
		}
	}
	if c, ok, err := compareFields(op, a, b); ok || err != nil {
		return c, ok, err
	}
	return 0, false, TypeError.New("'" + op + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'")
}

// seqCompare compares sequences lexicographically: the first unequal
// elements decide, else the lengths.
func seqCompare(op string, xs, ys []any) (int, bool, error) {
	for i := 0; i < len(xs) && i < len(ys); i++ {
		if !Equal(xs[i], ys[i]) {
			return compareForOrder(op, xs[i], ys[i])
		}
	}
	return cmpOrdered(int64(len(xs)), int64(len(ys))), true, nil
}

// In returns x in container for dynamic values: substring test for str,
// element test for lists, tuples and sets, key test for dicts.
func In(x, container any) (bool, error) {
	switch c := container.(type) {
	case string:
		s, ok := x.(string)
		if !ok {
			return false, TypeError.New("'in <string>' requires string as left operand, not " + TypeName(x))
		}
		return strings.Contains(c, s), nil
	case tupler:
		return Contains(c.TupleItems(), x), nil
	case dictLike:
		_, ok := c.dictLookupAny(x)
		return ok, nil
	case setLike:
		return c.setContainsAny(x), nil
	}
	if xs, ok := listItems(container); ok {
		return Contains(xs, x), nil
	}
	return false, TypeError.New("argument of type '" + TypeName(container) + "' is not iterable")
}

// BitAnd returns a & b for ints (bools give a bool when both are bools)
// and sets.
func BitAnd(a, b any) (any, error) { return bitOp("&", a, b) }

// BitOr returns a | b for ints and sets (and dicts: the merge).
func BitOr(a, b any) (any, error) { return bitOp("|", a, b) }

// BitXor returns a ^ b for ints and sets.
func BitXor(a, b any) (any, error) { return bitOp("^", a, b) }

// LShift returns a << b for ints: ValueError "negative shift count";
// exact beyond 64 bits.
func LShift(a, b any) (any, error) { return bitOp("<<", a, b) }

// RShift returns a >> b for ints: ValueError "negative shift count".
func RShift(a, b any) (any, error) { return bitOp(">>", a, b) }

func bitOp(op string, a, b any) (any, error) {
	x, y := toBig(a), toBig(b)
	if x == nil || y == nil || kindOf(a) == floatNum || kindOf(b) == floatNum {
		return setOp(op, a, b)
	}
	if ba, ok := a.(bool); ok && op != "<<" && op != ">>" {
		if bb, ok := b.(bool); ok {
			return boolOp(op, ba, bb), nil
		}
	}
	r := new(big.Int)
	switch op {
	case "&":
		r.And(x, y)
	case "|":
		r.Or(x, y)
	case "^":
		r.Xor(x, y)
	default:
		return shift(op, x, y)
	}
	return normBig(r), nil
}

func boolOp(op string, a, b bool) bool {
	switch op {
	case "&":
		return a && b
	case "|":
		return a || b
	}
	return a != b
}

func shift(op string, x, y *big.Int) (any, error) {
	if y.Sign() < 0 {
		return nil, ValueError.New("negative shift count")
	}
	if !y.IsInt64() || y.Int64() > 1<<32 {
		if op == ">>" {
			return normBig(big.NewInt(int64(-boolInt(x.Sign() < 0)))), nil
		}
		if x.Sign() == 0 {
			return 0, nil
		}
		return nil, OverflowError.New("too many digits in integer")
	}
	n := uint(y.Int64())
	if op == "<<" {
		return normBig(new(big.Int).Lsh(x, n)), nil
	}
	return normBig(new(big.Int).Rsh(x, n)), nil
}

func setOp(op string, a, b any) (any, error) {
	x, okA := a.(*Set[any])
	y, okB := b.(*Set[any])
	if okA && okB {
		switch op {
		case "&":
			return x.Intersection(y), nil
		case "|":
			return x.Union(y), nil
		case "^":
			return x.SymmetricDifference(y), nil
		}
	}
	if dx, ok := a.(*Dict[any, any]); ok && op == "|" {
		if dy, ok := b.(*Dict[any, any]); ok {
			return dx.Merge(dy), nil
		}
	}
	return nil, unsupported(op, a, b)
}
