package ast

import "fmt"

// Pos is a position in a Python source file.
//
// Line is 1-based. Col is 1-based and counts bytes of UTF-8 from the start
// of the line, as Go's go/token does (CPython's col_offset is Col-1).
type Pos struct {
	Line int
	Col  int
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// IsValid reports whether the position was set.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Node is implemented by every syntax node.
type Node interface {
	Position() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a parsed source file.
type Module struct {
	Filename string
	Body     []Stmt
}

// Arg is one parameter of a function or lambda.
type Arg struct {
	Pos        Pos
	Name       string
	Annotation Expr // nil when absent
}

// Arguments is the parameter list of a function or lambda, laid out as in
// CPython's ast.arguments. Defaults align with the tail of Args;
// KwDefaults aligns with KwOnlyArgs (nil entries have no default).
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	Vararg      *Arg // *args, nil when absent
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg // **kwargs, nil when absent
	Defaults    []Expr
}

// Keyword is a keyword argument in a call or class definition. Arg is empty
// for a **mapping argument.
type Keyword struct {
	Pos   Pos
	Arg   string
	Value Expr
}

// Alias is one name of an import statement.
type Alias struct {
	Pos    Pos
	Name   string // dotted for "import a.b"
	AsName string // empty when absent
}

// WithItem is one context manager of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // nil when absent
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	Pos  Pos
	Type Expr   // nil for a bare except
	Name string // empty when there is no "as"
	Body []Stmt
}

// Comprehension is one "for ... in ... if ..." clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}
