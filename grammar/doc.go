// Package grammar parses Python 3.11 source into the syntax tree of package
// ast. It is the only package that imports participle.
//
//	mod, err := grammar.Parse("main.py", src)
//
// On failure err is a diag.List of at most diag.MaxErrors syntax errors
// with CPython's messages and positions ("expected ':'", "unterminated
// string literal (detected at line 3)", "'(' was never closed", ...).
// After a syntax error parsing resumes at the next top-level statement,
// so independent errors are reported together; tokenizer errors stop
// the parse, as they do in CPython.
//
// # Stages
//
// lexer.go is an indentation-aware tokenizer implementing participle's
// lexer.Definition: NEWLINE, INDENT and DEDENT tokens, implicit line
// joining inside brackets, backslash continuation, comments, tabs (to
// multiples of 8, with CPython's TabError check), numbers and string
// literals of every prefix, checked as CPython's tokenizer checks them.
// Keywords are their own token type, so @Name never matches one.
//
// grammar.go holds the participle grammar of statements (tagged structs,
// one per production). Expressions are parsed by xparse.go, a recursive
// descent parser over the same token stream that participle calls
// through the participle.Parseable interface: deep expression grammars
// are slow to parse alternative by alternative, and binary operators are
// read as a flat operand/operator sequence that convert.go groups by
// precedence.
//
// sparse.go parses the same statement grammar by hand, with the
// expression parser of xparse.go, and builds the same tree several times
// faster; it accepts exactly the programs the participle grammar accepts
// (sparse_test.go compares the two). Parse uses it first and runs the
// participle grammar only on input it rejects, for the diagnostics.
//
// convert.go turns the parse tree into ast nodes in small functions, one
// per production, and reports what CPython rejects after parsing (invalid
// assignment targets, parameter order, argument order, ...). strings.go
// decodes string literals and parses f-strings into ast.JoinedStr.
//
// Positions: ast.Pos is the position of a node's first token, Line
// 1-based and Col 1-based in bytes (CPython's col_offset + 1). Tokens use
// the same units in lexer.Position.
//
// # Grammar
//
// The grammar in EBNF; NEWLINE, INDENT and DEDENT come from the lexer.
//
//	Module      = Stmt* EOF .
//	Stmt        = SimpleLine | If | FuncDef | For | While | Try | With | ClassDef | Decorated .
//	SimpleLine  = Simple (";" Simple)* ";"? NEWLINE .
//	Block       = NEWLINE INDENT Stmt+ DEDENT | SimpleLine .
//	Simple      = ExprStmt | "return" StarExprs? | "pass" | "break" | "continue"
//	            | "raise" (Expr ("from" Expr)?)? | "import" DottedAs ("," DottedAs)*
//	            | From | "global" Names | "nonlocal" Names | "del" StarExprs
//	            | "assert" Expr ("," Expr)? .
//	ExprStmt    = RHS ( ":" Expr ("=" RHS)? | AugOp RHS | ("=" RHS)+ )? .
//	From        = "from" ("." | "...")* DottedName? "import"
//	              ( "*" | "(" ImportAs ("," ImportAs)* ","? ")" | ImportAs ("," ImportAs)* ) .
//	If          = "if" NamedExpr ":" Block ("elif" NamedExpr ":" Block)* ("else" ":" Block)? .
//	While       = "while" NamedExpr ":" Block ("else" ":" Block)? .
//	For         = "async"? "for" Targets "in" StarExprs ":" Block ("else" ":" Block)? .
//	Try         = "try" ":" Block ( Except+ ("else" ":" Block)? ("finally" ":" Block)?
//	                              | "finally" ":" Block ) .
//	Except      = "except" "*"? (Expr ("," Expr)* ("as" Name)?)? ":" Block .
//	With        = "async"? "with" WithItem ("," WithItem)* ":" Block .
//	WithItem    = Expr ("as" Primary)? .
//	FuncDef     = "async"? "def" Name "(" (Param ("," Param)* ","?)? ")" ("->" Expr)? ":" Block .
//	Param       = "/" | "**" Name (":" Expr)? | "*" (Name (":" Expr)?)?
//	            | Name (":" Expr)? ("=" Expr)? .
//	ClassDef    = "class" Name Call? ":" Block .
//	Decorated   = ("@" NamedExpr NEWLINE)+ (FuncDef | ClassDef) .
//
// Expressions (xparse.go):
//
//	RHS         = Yield | StarExprs .
//	Yield       = "yield" ("from" Expr | StarExprs)? .
//	StarExprs   = StarExpr ("," StarExpr)* ","? .
//	StarExpr    = "*" OpExpr | NamedExpr .
//	NamedExpr   = Expr (":=" Expr)? .
//	Expr        = Lambda | OpExpr ("if" OpExpr "else" Expr)? .
//	Lambda      = "lambda" (LambdaParam ("," LambdaParam)* ","?)? ":" Expr .
//	OpExpr      = Operand (BinOp Operand)* .
//	BinOp       = "or" | "and" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in"
//	            | "is" "not"? | "|" | "^" | "&" | "<<" | ">>" | "+" | "-" | "*" | "/"
//	            | "//" | "%" | "@" | "**" .
//	Operand     = ("not" | "-" | "+" | "~" | "await")* Primary .
//	Primary     = Atom ( "." Name | Call | "[" Slice ("," Slice)* ","? "]" )* .
//	Call        = "(" (Arg ("," Arg)* ","?)? ")" .
//	Arg         = "*" Expr | "**" Expr | Name "=" Expr | NamedExpr CompFor* .
//	Slice       = "*" OpExpr | NamedExpr? (":" Expr? (":" Expr?)?)? .
//	Atom        = Name | Number | String+ | "None" | "True" | "False" | "..."
//	            | "(" (Yield | Item CompFor* ("," Item)* ","?)? ")"
//	            | "[" (Item CompFor* ("," Item)* ","?)? "]"
//	            | "{" (DictItem CompFor* ("," DictItem)* ","?)? "}" .
//	Item        = ("*" OpExpr | NamedExpr) ("as" Primary)? .
//	DictItem    = "**" OpExpr | "*" OpExpr | NamedExpr (":" Expr)? .
//	CompFor     = "async"? "for" Targets "in" OpExpr ("if" OpExpr)* .
//	Targets     = Target ("," Target)* ","? .
//	Target      = "*"? Primary .
//
// Operator precedence, loosest first: or; and; not; comparisons; |; ^;
// &; << >>; + -; * / // % @; unary + - ~; ** (right-associative, and
// binding tighter than a unary operator on its left); await.
//
// The grammar accepts a superset of Python where that keeps it simple
// (an "as" inside any parenthesis, walrus anywhere a NamedExpr appears,
// any primary as an assignment target); convert.go rejects the excess
// with CPython's messages.
//
// Outside the subset, with a diagnostic: match statements, "yield from"
// (package ast has no YieldFrom node) and \N{...} escapes.
package grammar
