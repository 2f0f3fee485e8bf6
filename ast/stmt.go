package ast

// FunctionDef is "def" or "async def".
type FunctionDef struct {
	Pos           Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil when absent
	IsAsync       bool
}

// ClassDef is a class statement.
type ClassDef struct {
	Pos           Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is a return statement; Value is nil for a bare return.
type Return struct {
	Pos   Pos
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Pos     Pos
	Targets []Expr
}

// Assign is "a = b = value".
type Assign struct {
	Pos     Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is "target op= value"; Op is the operator without "=" ("+", "//", ...).
type AugAssign struct {
	Pos    Pos
	Target Expr
	Op     string
	Value  Expr
}

// AnnAssign is "target: annotation [= value]".
type AnnAssign struct {
	Pos        Pos
	Target     Expr
	Annotation Expr
	Value      Expr // nil when absent
	Simple     bool // target is a plain name
}

// For is "for" or "async for".
type For struct {
	Pos     Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	OrElse  []Stmt
	IsAsync bool
}

// While is a while loop.
type While struct {
	Pos    Pos
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// If is an if statement; elif chains nest in OrElse as in CPython.
type If struct {
	Pos    Pos
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// With is "with" or "async with".
type With struct {
	Pos     Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Raise is a raise statement; Exc is nil for a bare raise.
type Raise struct {
	Pos   Pos
	Exc   Expr
	Cause Expr // nil when there is no "from"
}

// Try is try/except/else/finally; IsStar marks "except*" handlers.
type Try struct {
	Pos       Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	OrElse    []Stmt
	FinalBody []Stmt
	IsStar    bool
}

// Assert is an assert statement.
type Assert struct {
	Pos  Pos
	Test Expr
	Msg  Expr // nil when absent
}

// Import is "import a, b as c".
type Import struct {
	Pos   Pos
	Names []*Alias
}

// ImportFrom is "from module import names"; Level counts leading dots.
type ImportFrom struct {
	Pos    Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is a global statement.
type Global struct {
	Pos   Pos
	Names []string
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Pos   Pos
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Pos   Pos
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Pos Pos }

// Break is a break statement.
type Break struct{ Pos Pos }

// Continue is a continue statement.
type Continue struct{ Pos Pos }

func (n *FunctionDef) Position() Pos { return n.Pos }
func (n *ClassDef) Position() Pos    { return n.Pos }
func (n *Return) Position() Pos      { return n.Pos }
func (n *Delete) Position() Pos      { return n.Pos }
func (n *Assign) Position() Pos      { return n.Pos }
func (n *AugAssign) Position() Pos   { return n.Pos }
func (n *AnnAssign) Position() Pos   { return n.Pos }
func (n *For) Position() Pos         { return n.Pos }
func (n *While) Position() Pos       { return n.Pos }
func (n *If) Position() Pos          { return n.Pos }
func (n *With) Position() Pos        { return n.Pos }
func (n *Raise) Position() Pos       { return n.Pos }
func (n *Try) Position() Pos         { return n.Pos }
func (n *Assert) Position() Pos      { return n.Pos }
func (n *Import) Position() Pos      { return n.Pos }
func (n *ImportFrom) Position() Pos  { return n.Pos }
func (n *Global) Position() Pos      { return n.Pos }
func (n *Nonlocal) Position() Pos    { return n.Pos }
func (n *ExprStmt) Position() Pos    { return n.Pos }
func (n *Pass) Position() Pos        { return n.Pos }
func (n *Break) Position() Pos       { return n.Pos }
func (n *Continue) Position() Pos    { return n.Pos }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
