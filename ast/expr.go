package ast

// ConstKind says which Python type a Constant has.
type ConstKind int

const (
	ConstNone ConstKind = iota
	ConstBool
	ConstInt
	ConstFloat
	ConstComplex
	ConstStr
	ConstBytes
	ConstEllipsis
)

// Constant is a literal. Value holds the decoded value: nil for None and
// Ellipsis, bool, *big.Int-compatible decimal text (string) for int,
// float64 for float, the imaginary part (float64) for complex, string for
// str (escapes resolved, adjacent literals joined), []byte for bytes.
// Int literals keep their decimal digits in Value (string) so that values
// beyond 64 bits are exact.
type Constant struct {
	Pos   Pos
	Kind  ConstKind
	Value any
}

// Name is an identifier.
type Name struct {
	Pos Pos
	ID  string
}

// JoinedStr is an f-string. Values are *Constant (str) and *FormattedValue.
type JoinedStr struct {
	Pos    Pos
	Values []Expr
}

// FormattedValue is one replacement field of an f-string. Conversion is 0,
// 's', 'r' or 'a'; FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Pos        Pos
	Value      Expr
	Conversion rune
	FormatSpec *JoinedStr
}

// BinOp is "left op right"; Op is "+", "-", "*", "/", "//", "%", "**",
// "@", "<<", ">>", "&", "|" or "^".
type BinOp struct {
	Pos   Pos
	Left  Expr
	Op    string
	Right Expr
}

// UnaryOp is "op operand"; Op is "-", "+", "~" or "not".
type UnaryOp struct {
	Pos     Pos
	Op      string
	Operand Expr
}

// BoolOp is "a and b and c" or "a or b"; Op is "and" or "or".
type BoolOp struct {
	Pos    Pos
	Op     string
	Values []Expr
}

// Compare is a (possibly chained) comparison. Ops are "==", "!=", "<",
// "<=", ">", ">=", "is", "is not", "in", "not in".
type Compare struct {
	Pos         Pos
	Left        Expr
	Ops         []string
	Comparators []Expr
}

// Call is a function call. Args may contain *Starred.
type Call struct {
	Pos      Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Attribute is "value.attr".
type Attribute struct {
	Pos   Pos
	Value Expr
	Attr  string
}

// Subscript is "value[slice]"; Slice may be a *Slice or a *Tuple of them.
type Subscript struct {
	Pos   Pos
	Value Expr
	Slice Expr
}

// Slice is "lower:upper:step" inside a subscript; parts may be nil.
type Slice struct {
	Pos   Pos
	Lower Expr
	Upper Expr
	Step  Expr
}

// Starred is "*value" in a call, display or assignment target.
type Starred struct {
	Pos   Pos
	Value Expr
}

// List is a list display.
type List struct {
	Pos  Pos
	Elts []Expr
}

// Tuple is a tuple display (with or without parentheses).
type Tuple struct {
	Pos  Pos
	Elts []Expr
}

// Set is a set display.
type Set struct {
	Pos  Pos
	Elts []Expr
}

// Dict is a dict display. A nil key marks "**value".
type Dict struct {
	Pos    Pos
	Keys   []Expr
	Values []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Pos        Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Pos        Pos
	Elt        Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Pos        Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Pos        Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// Lambda is a lambda expression.
type Lambda struct {
	Pos  Pos
	Args *Arguments
	Body Expr
}

// IfExp is "body if test else orelse".
type IfExp struct {
	Pos    Pos
	Test   Expr
	Body   Expr
	OrElse Expr
}

// Await is "await value".
type Await struct {
	Pos   Pos
	Value Expr
}

// Yield is "yield [value]".
type Yield struct {
	Pos   Pos
	Value Expr // nil when absent
}

// NamedExpr is "target := value".
type NamedExpr struct {
	Pos    Pos
	Target *Name
	Value  Expr
}

func (n *Constant) Position() Pos       { return n.Pos }
func (n *Name) Position() Pos           { return n.Pos }
func (n *JoinedStr) Position() Pos      { return n.Pos }
func (n *FormattedValue) Position() Pos { return n.Pos }
func (n *BinOp) Position() Pos          { return n.Pos }
func (n *UnaryOp) Position() Pos        { return n.Pos }
func (n *BoolOp) Position() Pos         { return n.Pos }
func (n *Compare) Position() Pos        { return n.Pos }
func (n *Call) Position() Pos           { return n.Pos }
func (n *Attribute) Position() Pos      { return n.Pos }
func (n *Subscript) Position() Pos      { return n.Pos }
func (n *Slice) Position() Pos          { return n.Pos }
func (n *Starred) Position() Pos        { return n.Pos }
func (n *List) Position() Pos           { return n.Pos }
func (n *Tuple) Position() Pos          { return n.Pos }
func (n *Set) Position() Pos            { return n.Pos }
func (n *Dict) Position() Pos           { return n.Pos }
func (n *ListComp) Position() Pos       { return n.Pos }
func (n *SetComp) Position() Pos        { return n.Pos }
func (n *GeneratorExp) Position() Pos   { return n.Pos }
func (n *DictComp) Position() Pos       { return n.Pos }
func (n *Lambda) Position() Pos         { return n.Pos }
func (n *IfExp) Position() Pos          { return n.Pos }
func (n *Await) Position() Pos          { return n.Pos }
func (n *Yield) Position() Pos          { return n.Pos }
func (n *NamedExpr) Position() Pos      { return n.Pos }

func (*Constant) exprNode()       {}
func (*Name) exprNode()           {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*GeneratorExp) exprNode()   {}
func (*DictComp) exprNode()       {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*NamedExpr) exprNode()      {}

// Clauses returns the "for ... in ..." clauses of a list, set or dict
// comprehension or a generator expression, and nil for any other e.
func Clauses(e Expr) []*Comprehension {
	switch e := e.(type) {
	case *ListComp:
		return e.Generators
	case *SetComp:
		return e.Generators
	case *DictComp:
		return e.Generators
	case *GeneratorExp:
		return e.Generators
	}
	return nil
}
