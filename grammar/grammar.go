package grammar

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The parse tree. Each struct is one production of the grammar described
// in doc.go; Pos is the position of its first token. Statement structs
// carry participle tags; expression structs have none, because
// xparse.go builds them (they implement participle.Parseable). Binary
// operators are a flat sequence of operands (pOpExpr) that convert.go
// groups by precedence.

type pModule struct {
	Stmts []*pStmt `parser:"@@*"`
}

type pStmt struct {
	Pos       lexer.Position
	Simple    *pSimpleLine `parser:"  @@"`
	If        *pIf         `parser:"| @@"`
	Def       *pFuncDef    `parser:"| @@"`
	For       *pFor        `parser:"| @@"`
	While     *pWhile      `parser:"| @@"`
	Try       *pTry        `parser:"| @@"`
	With      *pWith       `parser:"| @@"`
	Class     *pClassDef   `parser:"| @@"`
	Decorated *pDecorated  `parser:"| @@"`
}

type pSimpleLine struct {
	Stmts []*pSimple `parser:"@@ ( ';' @@ )* ';'? NEWLINE"`
}

type pBlock struct {
	Pos    lexer.Position
	Stmts  []*pStmt     `parser:"NEWLINE INDENT @@+ DEDENT"`
	Simple *pSimpleLine `parser:"| @@"`
}

type pIf struct {
	Pos   lexer.Position
	Test  *pNamedExpr `parser:"'if' @@ ':'"`
	Body  *pBlock     `parser:"@@"`
	Elifs []*pElif    `parser:"@@*"`
	Else  *pBlock     `parser:"( 'else' ':' @@ )?"`
}

type pElif struct {
	Pos  lexer.Position
	Test *pNamedExpr `parser:"'elif' @@ ':'"`
	Body *pBlock     `parser:"@@"`
}

type pWhile struct {
	Pos  lexer.Position
	Test *pNamedExpr `parser:"'while' @@ ':'"`
	Body *pBlock     `parser:"@@"`
	Else *pBlock     `parser:"( 'else' ':' @@ )?"`
}

type pFor struct {
	Pos    lexer.Position
	Async  bool        `parser:"@'async'?"`
	Target *pTargets   `parser:"'for' @@ 'in'"`
	Iter   *pStarExprs `parser:"@@ ':'"`
	Body   *pBlock     `parser:"@@"`
	Else   *pBlock     `parser:"( 'else' ':' @@ )?"`
}

type pTry struct {
	Pos      lexer.Position
	Body     *pBlock    `parser:"'try' ':' @@"`
	Handlers []*pExcept `parser:"( @@+"`
	Else     *pBlock    `parser:"  ( 'else' ':' @@ )?"`
	Finally  *pBlock    `parser:"  ( 'finally' ':' @@ )? | 'finally' ':' @@ )"`
}

type pExcept struct {
	Pos   lexer.Position
	Star  bool      `parser:"'except' @'*'?"`
	Types []*pExpr  `parser:"( @@ ( ',' @@ )*"`
	As    *pNameTok `parser:"( 'as' @@ )? )? ':'"`
	Body  *pBlock   `parser:"@@"`
}

type pWith struct {
	Pos   lexer.Position
	Async bool         `parser:"@'async'? 'with'"`
	Items []*pWithItem `parser:"@@ ( ',' @@ )* ':'"`
	Body  *pBlock      `parser:"@@"`
}

type pWithItem struct {
	Pos lexer.Position
	X   *pExpr    `parser:"@@"`
	As  *pPrimary `parser:"( 'as' @@ )?"`
}

type pFuncDef struct {
	Pos     lexer.Position
	Async   bool      `parser:"@'async'? 'def'"`
	Name    *pNameTok `parser:"@@ '('"`
	Params  []*pParam `parser:"( @@ ( ',' @@ )* ','? )? ')'"`
	Returns *pExpr    `parser:"( '->' @@ )? ':'"`
	Body    *pBlock   `parser:"@@"`
}

type pParam struct {
	Pos      lexer.Position
	Slash    bool      `parser:"  @'/'"`
	KwName   *pNameTok `parser:"| '**' @@"`
	KwAnn    *pExpr    `parser:"  ( ':' @@ )?"`
	Star     bool      `parser:"| @'*'"`
	StarName *pNameTok `parser:"  ( @@"`
	StarStar *pStarTok `parser:"    ( ':' @@?"`
	StarAnn  *pExpr    `parser:"      @@ )? )?"`
	Name     *pNameTok `parser:"| @@"`
	Ann      *pExpr    `parser:"  ( ':' @@ )?"`
	Default  *pExpr    `parser:"  ( '=' @@ )?"`
}

type pClassDef struct {
	Pos  lexer.Position
	Name *pNameTok `parser:"'class' @@"`
	Args *pCall    `parser:"@@? ':'"`
	Body *pBlock   `parser:"@@"`
}

type pDecorated struct {
	Pos        lexer.Position
	Decorators []*pNamedExpr `parser:"( '@' @@ NEWLINE )+"`
	Def        *pFuncDef     `parser:"( @@"`
	Class      *pClassDef    `parser:"| @@ )"`
}

type pSimple struct {
	Pos      lexer.Position
	Expr     *pExprStmt   `parser:"  @@"`
	Return   *pReturn     `parser:"| @@"`
	Pass     bool         `parser:"| @'pass'"`
	Break    bool         `parser:"| @'break'"`
	Continue bool         `parser:"| @'continue'"`
	Raise    *pRaise      `parser:"| @@"`
	Import   []*pDottedAs `parser:"| 'import' @@ ( ',' @@ )*"`
	From     *pFrom       `parser:"| @@"`
	Global   []string     `parser:"| 'global' @Name ( ',' @Name )*"`
	Nonlocal []string     `parser:"| 'nonlocal' @Name ( ',' @Name )*"`
	Del      *pDel        `parser:"| @@"`
	Assert   *pAssert     `parser:"| @@"`
}

type pReturn struct {
	Value *pStarExprs `parser:"'return' @@?"`
}

type pRaise struct {
	Exc   *pExpr `parser:"'raise' ( @@"`
	Cause *pExpr `parser:"( 'from' @@ )? )?"`
}

type pDel struct {
	Targets *pStarExprs `parser:"'del' @@"`
}

type pAssert struct {
	Test *pExpr `parser:"'assert' @@"`
	Msg  *pExpr `parser:"( ',' @@ )?"`
}

type pDottedAs struct {
	Pos  lexer.Position
	Name []string  `parser:"@Name ( '.' @Name )*"`
	As   *pNameTok `parser:"( 'as' @@ )?"`
}

type pFrom struct {
	Dots   []string     `parser:"'from' @( '.' | '...' )*"`
	Module []string     `parser:"( @Name ( '.' @Name )* )? 'import'"`
	Star   *pStarTok    `parser:"( @@"`
	Paren  []*pImportAs `parser:"| '(' @@ ( ',' @@ )* ','? ')'"`
	Names  []*pImportAs `parser:"| @@ ( ',' @@ )* )"`
}

type pStarTok struct {
	Pos lexer.Position
	V   string `parser:"@'*'"`
}

type pImportAs struct {
	Pos  lexer.Position
	Name string    `parser:"@Name"`
	As   *pNameTok `parser:"( 'as' @@ )?"`
}

// pExprStmt is an expression statement or an assignment of any kind.
type pExprStmt struct {
	Pos      lexer.Position
	First    *pRHS   `parser:"@@"`
	Annot    *pExpr  `parser:"( ':' @@"`
	AnnValue *pRHS   `parser:"( '=' @@ )?"`
	AugOp    augOp   `parser:"| @@"`
	AugValue *pRHS   `parser:"@@"`
	Assigns  []*pRHS `parser:"| ( '=' @@ )+ )?"`
}

type pRHS struct {
	Pos   lexer.Position
	Yield *pYield
	Exprs *pStarExprs
}

type pYield struct {
	Pos   lexer.Position
	From  *pExpr
	Value *pStarExprs
}

// pStarExprs is a comma-separated list that forms a tuple when it has a comma.
type pStarExprs struct {
	Pos   lexer.Position
	Items []*pStarExpr
	Comma bool
}

type pStarExpr struct {
	Pos  lexer.Position
	Star *pOpExpr
	X    *pNamedExpr
}

// pTargets is an assignment target list (for, del, comprehension).
type pTargets struct {
	Pos   lexer.Position
	Items []*pTarget
	Comma bool
}

type pTarget struct {
	Pos  lexer.Position
	Star bool
	X    *pPrimary
}

type pNamedExpr struct {
	Pos    lexer.Position
	X      *pExpr
	Walrus lexer.Position // of ":=", when Value is set
	Value  *pExpr
}

type pExpr struct {
	Pos    lexer.Position
	Lambda *pLambda
	Body   *pOpExpr
	Test   *pOpExpr
	Else   *pExpr
}

type pLambda struct {
	Pos    lexer.Position
	Params []*pLambdaParam
	Body   *pExpr
}

type pLambdaParam struct {
	Pos      lexer.Position
	Slash    bool
	KwName   *pNameTok
	Star     bool
	StarName *pNameTok
	Name     *pNameTok
	Default  *pExpr
}

// pOpExpr is a flat sequence "operand (op operand)*" of every binary,
// boolean and comparison operator; convert.go applies precedence.
type pOpExpr struct {
	Pos  lexer.Position
	Head *pOperand
	Tail []*pOpTail
}

type pOpTail struct {
	Pos lexer.Position
	Op  binOp
	X   *pOperand
}

type pOperand struct {
	Pos    lexer.Position
	Prefix []*pPrefix
	X      *pPrimary
}

type pPrefix struct {
	Pos lexer.Position
	Op  string
}

type pPrimary struct {
	Pos      lexer.Position
	Atom     *pAtom
	Trailers []*pTrailer
}

type pTrailer struct {
	Pos   lexer.Position
	Attr  *pNameTok
	Call  *pCall
	Index *pSubscript
}

type pCall struct {
	Pos   lexer.Position
	Args  []*pArg
	Comma bool
}

type pArg struct {
	Pos     lexer.Position
	Star    *pExpr
	DStar   *pExpr
	KwName  *pNameTok
	KwValue *pExpr
	X       *pNamedExpr
	Comp    []*pCompFor
}

type pSubscript struct {
	Pos   lexer.Position
	Items []*pSlice
	Comma bool
}

type pSlice struct {
	Pos   lexer.Position
	Star  *pOpExpr
	Lower *pNamedExpr
	Tail  *pSliceTail
	Bare  *pSliceTail
}

// pSliceTail is the ":upper[:step]" part of a slice.
type pSliceTail struct {
	Upper  *pExpr
	Colon2 bool
	Step   *pExpr
}

type pAtom struct {
	Pos   lexer.Position
	Name  string
	Num   string
	Strs  []*pString
	Const string
	Paren *pParen
	List  *pList
	Brace *pBrace
}

type pString struct {
	Pos lexer.Position
	V   string
}

type pNameTok struct {
	Pos  lexer.Position
	Name string
}

// pParen is a parenthesized expression, tuple, generator expression or
// yield. Items may carry "as" targets for parenthesized with-items.
type pParen struct {
	Pos   lexer.Position
	Yield *pYield
	First *pItem
	Comp  []*pCompFor
	Rest  []*pItem
	Comma bool
}

type pItem struct {
	Pos  lexer.Position
	Star *pOpExpr
	X    *pNamedExpr
	As   *pPrimary
}

type pList struct {
	Pos   lexer.Position
	First *pItem
	Comp  []*pCompFor
	Rest  []*pItem
	Comma bool
}

type pBrace struct {
	Pos   lexer.Position
	First *pDictItem
	Comp  []*pCompFor
	Rest  []*pDictItem
	Comma bool
}

type pDictItem struct {
	Pos   lexer.Position
	DStar *pOpExpr
	Star  *pOpExpr
	Key   *pNamedExpr
	Value *pExpr
}

type pCompFor struct {
	Pos    lexer.Position
	Async  bool
	Target *pTargets
	Iter   *pOpExpr
	Ifs    []*pOpExpr
}

// binOp is a binary, boolean or comparison operator, including the
// two-token "not in" and "is not".
type binOp string

var binOps = map[string]bool{
	"or": true, "and": true, "==": true, "!=": true, "<": true, "<=": true,
	">": true, ">=": true, "in": true, "|": true, "^": true, "&": true,
	"<<": true, ">>": true, "+": true, "-": true, "*": true, "/": true,
	"//": true, "%": true, "@": true, "**": true,
}

// parser is built on first use: building it reads the lexer's symbol
// table, which package initialization does not order before it.
// augOp matches an augmented assignment operator in a single step instead
// of one alternative at a time.
type augOp string

func matchSet(lex *lexer.PeekingLexer, set map[string]bool) (string, error) {
	t := lex.Peek()
	if (t.Type == tokOp || t.Type == tokKeyword) && set[t.Value] {
		lex.Next()
		return t.Value, nil
	}
	return "", participle.NextMatch
}

var (
	prefixOps = map[string]bool{"not": true, "-": true, "+": true, "~": true, "await": true}
	constants = map[string]bool{"None": true, "True": true, "False": true, "...": true}
	augOps    = map[string]bool{"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true,
		"**=": true, "@=": true, "&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true}
)

func (t *augOp) Parse(lex *lexer.PeekingLexer) error {
	v, err := matchSet(lex, augOps)
	*t = augOp(v)
	return err
}

var parser = sync.OnceValue(func() *participle.Parser[pModule] {
	return participle.MustBuild[pModule](
		participle.Lexer(pythonLexer{}),
		participle.UseLookahead(2),
	)
})
