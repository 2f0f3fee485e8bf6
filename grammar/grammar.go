package grammar

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The parse tree. Each struct is one production of the grammar described
// in doc.go; Pos is the position of its first token. Binary operators are
// parsed as a flat sequence of operands (pOpExpr) and grouped by precedence
// in convert.go, which keeps the tree shallow and the parser fast.

type pModule struct {
	Stmts []*pStmt `parser:"@@*"`
}

type pStmt struct {
	Pos       lexer.Position
	If        *pIf         `parser:"@@"`
	While     *pWhile      `parser:"| @@"`
	For       *pFor        `parser:"| @@"`
	Try       *pTry        `parser:"| @@"`
	With      *pWith       `parser:"| @@"`
	Def       *pFuncDef    `parser:"| @@"`
	Class     *pClassDef   `parser:"| @@"`
	Decorated *pDecorated  `parser:"| @@"`
	Simple    *pSimpleLine `parser:"| @@"`
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
	Slash    bool      `parser:"@'/'"`
	KwName   *pNameTok `parser:"| '**' @@"`
	KwAnn    *pExpr    `parser:"( ':' @@ )?"`
	Star     bool      `parser:"| @'*'"`
	StarName *pNameTok `parser:"( @@"`
	StarAnn  *pExpr    `parser:"( ':' @@ )? )?"`
	Name     *pNameTok `parser:"| @@"`
	Ann      *pExpr    `parser:"( ':' @@ )?"`
	Default  *pExpr    `parser:"( '=' @@ )?"`
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
	Pass     bool         `parser:"@'pass'"`
	Break    bool         `parser:"| @'break'"`
	Continue bool         `parser:"| @'continue'"`
	Return   *pReturn     `parser:"| @@"`
	Raise    *pRaise      `parser:"| @@"`
	Global   []string     `parser:"| 'global' @Name ( ',' @Name )*"`
	Nonlocal []string     `parser:"| 'nonlocal' @Name ( ',' @Name )*"`
	Del      *pDel        `parser:"| @@"`
	Assert   *pAssert     `parser:"| @@"`
	Import   []*pDottedAs `parser:"| 'import' @@ ( ',' @@ )*"`
	From     *pFrom       `parser:"| @@"`
	Expr     *pExprStmt   `parser:"| @@"`
}

type pReturn struct {
	Value *pStarExprs `parser:"'return' @@?"`
}

type pRaise struct {
	Exc   *pExpr `parser:"'raise' ( @@"`
	Cause *pExpr `parser:"( 'from' @@ )? )?"`
}

type pDel struct {
	Targets *pTargets `parser:"'del' @@"`
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
	AugOp    string  `parser:"| @( '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '@=' | '&=' | '|=' | '^=' | '<<=' | '>>=' )"`
	AugValue *pRHS   `parser:"@@"`
	Assigns  []*pRHS `parser:"| ( '=' @@ )+ )?"`
}

type pRHS struct {
	Pos   lexer.Position
	Yield *pYield     `parser:"@@"`
	Exprs *pStarExprs `parser:"| @@"`
}

type pYield struct {
	Pos   lexer.Position
	From  *pExpr      `parser:"'yield' ( 'from' @@"`
	Value *pStarExprs `parser:"| @@ )?"`
}

// pStarExprs is a comma-separated list that forms a tuple when it has a comma.
type pStarExprs struct {
	Pos   lexer.Position
	Items []*pStarExpr `parser:"@@ ( ',' @@ )*"`
	Comma bool         `parser:"@','?"`
}

type pStarExpr struct {
	Pos  lexer.Position
	Star *pOpExpr    `parser:"'*' @@"`
	X    *pNamedExpr `parser:"| @@"`
}

// pTargets is an assignment target list (for, del, comprehension).
type pTargets struct {
	Pos   lexer.Position
	Items []*pTarget `parser:"@@ ( ',' @@ )*"`
	Comma bool       `parser:"@','?"`
}

type pTarget struct {
	Pos  lexer.Position
	Star bool      `parser:"@'*'?"`
	X    *pPrimary `parser:"@@"`
}

type pNamedExpr struct {
	Pos   lexer.Position
	X     *pExpr `parser:"@@"`
	Value *pExpr `parser:"( ':=' @@ )?"`
}

type pExpr struct {
	Pos    lexer.Position
	Lambda *pLambda `parser:"@@"`
	Body   *pOpExpr `parser:"| @@"`
	Test   *pOpExpr `parser:"( 'if' @@"`
	Else   *pExpr   `parser:"( 'else' @@ )? )?"`
}

type pLambda struct {
	Pos    lexer.Position
	Params []*pLambdaParam `parser:"'lambda' ( @@ ( ',' @@ )* ','? )? ':'"`
	Body   *pExpr          `parser:"@@"`
}

type pLambdaParam struct {
	Pos      lexer.Position
	Slash    bool      `parser:"@'/'"`
	KwName   *pNameTok `parser:"| '**' @@"`
	Star     bool      `parser:"| @'*'"`
	StarName *pNameTok `parser:"@@?"`
	Name     *pNameTok `parser:"| @@"`
	Default  *pExpr    `parser:"( '=' @@ )?"`
}

// pOpExpr is a flat sequence "operand (op operand)*" of every binary,
// boolean and comparison operator; convert.go applies precedence.
type pOpExpr struct {
	Pos  lexer.Position
	Head *pOperand  `parser:"@@"`
	Tail []*pOpTail `parser:"@@*"`
}

type pOpTail struct {
	Pos lexer.Position
	Op  binOp     `parser:"@@"`
	X   *pOperand `parser:"@@"`
}

type pOperand struct {
	Pos    lexer.Position
	Prefix []*pPrefix `parser:"@@*"`
	X      *pPrimary  `parser:"@@"`
}

type pPrefix struct {
	Pos lexer.Position
	Op  string `parser:"@( 'not' | '-' | '+' | '~' | 'await' )"`
}

type pPrimary struct {
	Pos      lexer.Position
	Atom     *pAtom      `parser:"@@"`
	Trailers []*pTrailer `parser:"@@*"`
}

type pTrailer struct {
	Pos   lexer.Position
	Attr  *pNameTok   `parser:"'.' @@"`
	Call  *pCall      `parser:"| @@"`
	Index *pSubscript `parser:"| @@"`
}

type pCall struct {
	Pos  lexer.Position
	Args []*pArg `parser:"'(' ( @@ ( ',' @@ )* ','? )? ')'"`
}

type pArg struct {
	Pos     lexer.Position
	Star    *pExpr      `parser:"'*' @@"`
	DStar   *pExpr      `parser:"| '**' @@"`
	KwName  *pNameTok   `parser:"| @@ '='"`
	KwValue *pExpr      `parser:"@@"`
	X       *pNamedExpr `parser:"| @@"`
	Comp    []*pCompFor `parser:"@@*"`
}

type pSubscript struct {
	Pos   lexer.Position
	Items []*pSlice `parser:"'[' @@ ( ',' @@ )*"`
	Comma bool      `parser:"@','? ']'"`
}

type pSlice struct {
	Pos    lexer.Position
	Star   *pOpExpr    `parser:"'*' @@"`
	Lower  *pNamedExpr `parser:"| @@?"`
	Colon1 bool        `parser:"( @':'"`
	Upper  *pExpr      `parser:"@@?"`
	Colon2 bool        `parser:"( @':'"`
	Step   *pExpr      `parser:"@@? )? )?"`
}

type pAtom struct {
	Pos   lexer.Position
	Name  string     `parser:"@Name"`
	Num   string     `parser:"| @Number"`
	Strs  []*pString `parser:"| @@+"`
	Const string     `parser:"| @( 'None' | 'True' | 'False' | '...' )"`
	Paren *pParen    `parser:"| @@"`
	List  *pList     `parser:"| @@"`
	Brace *pBrace    `parser:"| @@"`
}

type pString struct {
	Pos lexer.Position
	V   string `parser:"@String"`
}

type pNameTok struct {
	Pos  lexer.Position
	Name string `parser:"@Name"`
}

// pParen is a parenthesized expression, tuple, generator expression or
// yield. Items may carry "as" targets for parenthesized with-items.
type pParen struct {
	Pos   lexer.Position
	Yield *pYield     `parser:"'(' ( @@"`
	First *pItem      `parser:"| @@"`
	Comp  []*pCompFor `parser:"@@*"`
	Rest  []*pItem    `parser:"( ',' @@ )*"`
	Comma bool        `parser:"@','? )? ')'"`
}

type pItem struct {
	Pos  lexer.Position
	Star *pOpExpr    `parser:"( '*' @@"`
	X    *pNamedExpr `parser:"| @@ )"`
	As   *pPrimary   `parser:"( 'as' @@ )?"`
}

type pList struct {
	Pos   lexer.Position
	First *pItem      `parser:"'[' ( @@"`
	Comp  []*pCompFor `parser:"@@*"`
	Rest  []*pItem    `parser:"( ',' @@ )*"`
	Comma bool        `parser:"@','? )? ']'"`
}

type pBrace struct {
	Pos   lexer.Position
	First *pDictItem   `parser:"'{' ( @@"`
	Comp  []*pCompFor  `parser:"@@*"`
	Rest  []*pDictItem `parser:"( ',' @@ )*"`
	Comma bool         `parser:"@','? )? '}'"`
}

type pDictItem struct {
	Pos   lexer.Position
	DStar *pOpExpr    `parser:"'**' @@"`
	Star  *pOpExpr    `parser:"| '*' @@"`
	Key   *pNamedExpr `parser:"| @@"`
	Value *pExpr      `parser:"( ':' @@ )?"`
}

type pCompFor struct {
	Pos    lexer.Position
	Async  bool       `parser:"@'async'? 'for'"`
	Target *pTargets  `parser:"@@ 'in'"`
	Iter   *pOpExpr   `parser:"@@"`
	Ifs    []*pOpExpr `parser:"( 'if' @@ )*"`
}

// binOp matches one binary, boolean or comparison operator, including the
// two-token "not in" and "is not", without trying each alternative in turn.
type binOp string

var binOps = map[string]bool{
	"or": true, "and": true, "==": true, "!=": true, "<": true, "<=": true,
	">": true, ">=": true, "in": true, "|": true, "^": true, "&": true,
	"<<": true, ">>": true, "+": true, "-": true, "*": true, "/": true,
	"//": true, "%": true, "@": true, "**": true,
}

func (b *binOp) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != tokOp && t.Type != tokKeyword {
		return participle.NextMatch
	}
	switch {
	case binOps[t.Value]:
		lex.Next()
		*b = binOp(t.Value)
	case t.Value == "is":
		lex.Next()
		*b = "is"
		if n := lex.Peek(); n.Type == tokKeyword && n.Value == "not" {
			lex.Next()
			*b = "is not"
		}
	case t.Value == "not":
		cp := lex.MakeCheckpoint()
		lex.Next()
		if n := lex.Peek(); n.Type == tokKeyword && n.Value == "in" {
			lex.Next()
			*b = "not in"
			return nil
		}
		lex.LoadCheckpoint(cp)
		return participle.NextMatch
	default:
		return participle.NextMatch
	}
	return nil
}

// parser is built on first use: building it reads the lexer's symbol
// table, which package initialization does not order before it.
var parser = sync.OnceValue(func() *participle.Parser[pModule] {
	return participle.MustBuild[pModule](
		participle.Lexer(pythonLexer{}),
		participle.UseLookahead(2),
	)
})
