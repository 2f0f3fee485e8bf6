package rt

import "strings"

// AugOp returns a op b for the augmented assignment "a op= b" of dynamic
// operands. Its TypeError names the augmented operator, as CPython's
// does: "unsupported operand type(s) for +=: 'int' and 'str'".
func AugOp(op string, a, b any) (any, error) {
	var r any
	var err error
	switch op {
	case "+":
		r, err = Add(a, b)
	case "-":
		r, err = Sub(a, b)
	case "*":
		r, err = Mul(a, b)
	case "/":
		r, err = TrueDiv(a, b)
	case "//":
		r, err = FloorDiv(a, b)
	case "%":
		r, err = Mod(a, b)
	case "**":
		r, err = Pow(a, b)
	case "&":
		r, err = BitAnd(a, b)
	case "|":
		r, err = BitOr(a, b)
	case "^":
		r, err = BitXor(a, b)
	case "<<":
		r, err = LShift(a, b)
	case ">>":
		r, err = RShift(a, b)
	default:
		panic("rt.AugOp: operator " + op)
	}
	if e, ok := err.(*Exc); ok && e.Class == TypeError && len(e.Args) == 1 {
		bin := "unsupported operand type(s) for " + op + ": "
		if op == "**" {
			bin = "unsupported operand type(s) for ** or pow(): "
		}
		if msg, ok := e.Args[0].(string); ok && strings.HasPrefix(msg, bin) {
			e.Args[0] = "unsupported operand type(s) for " + op + "=: " + msg[len(bin):]
		}
	}
	return r, err
}
