package grammar

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// The statement grammar of grammar.go, parsed by hand. Participle
// interprets the tagged structs through reflection, trying the
// alternatives of each production in turn, which costs most of the time
// of a parse; here the next token picks the production, as in xparse.go,
// and the tree is built directly.
//
// parseFast accepts exactly the programs the participle grammar accepts
// and builds the same tree for them; every choice it makes is the one the
// grammar's ordered alternatives make, because the alternatives of each
// production start with different tokens. It does not report errors: on
// input it rejects, Parse runs the participle grammar, whose errors (and
// the furthest failure noted by the expression parser) give the
// diagnostics. A differential test and fuzz target (sparse_test.go)
// check that both parsers agree.

// maxRepeat is participle's bound on the repetitions of a group
// (participle.MaxIterations): beyond it, participle reports an error.
const maxRepeat = 1000000

// parseFast parses toks, which end with EOF, into a module; ok is false
// when the tokens are not a valid program.
func parseFast(toks []lexer.Token) (m *pModule, ok bool) {
	p := &xp{lex: &sliceTokens{toks: toks}, quiet: true}
	defer func() {
		// Any failure, including a bug here, leaves the diagnosis to
		// the participle grammar.
		if r := recover(); r != nil {
			m, ok = nil, false
		}
	}()
	m = &pModule{}
	for p.peek().Type != lexer.EOF {
		m.Stmts = append(m.Stmts, p.stmt())
		p.bound(len(m.Stmts))
	}
	return m, true
}

// bound fails a repetition that participle would refuse.
func (p *xp) bound(n int) {
	if n >= maxRepeat {
		p.fail()
	}
}

// isType reports whether the next token has type t.
func (p *xp) isType(t lexer.TokenType) bool { return p.peek().Type == t }

func (p *xp) expectType(t lexer.TokenType) {
	if !p.isType(t) {
		p.fail()
	}
	p.next()
}

// The required forms of the Parseable productions: the production must
// start at the next token.

func (p *xp) exprReq() *pExpr {
	if !p.startsExpr() {
		p.fail()
	}
	return p.expr()
}

func (p *xp) namedExprReq() *pNamedExpr {
	if !p.startsExpr() {
		p.fail()
	}
	return p.namedExpr()
}

func (p *xp) starExprsReq() *pStarExprs {
	if !p.startsStarExpr() {
		p.fail()
	}
	return p.starExprs()
}

func (p *xp) rhsReq() *pRHS {
	if !p.startsRHS() {
		p.fail()
	}
	return p.rhs()
}

func (p *xp) targetsReq() *pTargets {
	if !p.startsStarExpr() {
		p.fail()
	}
	return p.targets()
}

func (p *xp) primaryReq() *pPrimary {
	if !p.startsExpr() {
		p.fail()
	}
	return p.primary()
}

// ---- statements ----

func (p *xp) stmt() *pStmt {
	t := p.peek()
	s := &pStmt{Pos: t.Pos}
	if t.Type == tokKeyword || t.Type == tokOp {
		switch t.Value {
		case "if":
			s.If = p.ifStmt()
			return s
		case "def":
			s.Def = p.funcDef()
			return s
		case "for":
			s.For = p.forStmt()
			return s
		case "while":
			s.While = p.whileStmt()
			return s
		case "try":
			s.Try = p.tryStmt()
			return s
		case "with":
			s.With = p.withStmt()
			return s
		case "class":
			s.Class = p.classDef()
			return s
		case "@":
			s.Decorated = p.decorated()
			return s
		case "async":
			switch n := p.peek2(); {
			case n.Type != tokKeyword:
				p.fail()
			case n.Value == "def":
				s.Def = p.funcDef()
			case n.Value == "for":
				s.For = p.forStmt()
			case n.Value == "with":
				s.With = p.withStmt()
			default:
				p.fail()
			}
			return s
		}
	}
	s.Simple = p.simpleLine()
	return s
}

func (p *xp) simpleLine() *pSimpleLine {
	l := &pSimpleLine{Stmts: []*pSimple{p.simple()}}
	for p.is(";") && p.peek2().Type != tokNewline {
		p.next()
		l.Stmts = append(l.Stmts, p.simple())
		p.bound(len(l.Stmts))
	}
	p.accept(";")
	p.expectType(tokNewline)
	return l
}

func (p *xp) block() *pBlock {
	t := p.peek()
	b := &pBlock{Pos: t.Pos}
	if t.Type != tokNewline {
		b.Simple = p.simpleLine()
		return b
	}
	p.next()
	p.expectType(tokIndent)
	b.Stmts = []*pStmt{p.stmt()}
	for !p.isType(tokDedent) {
		b.Stmts = append(b.Stmts, p.stmt())
		p.bound(len(b.Stmts))
	}
	p.next()
	return b
}

// elseBlock parses an optional "else" ":" Block.
func (p *xp) elseBlock() *pBlock {
	if !p.accept("else") {
		return nil
	}
	p.expect(":")
	return p.block()
}

func (p *xp) ifStmt() *pIf {
	n := &pIf{Pos: p.next().Pos}
	n.Test = p.namedExprReq()
	p.expect(":")
	n.Body = p.block()
	for p.is("elif") {
		e := &pElif{Pos: p.next().Pos}
		e.Test = p.namedExprReq()
		p.expect(":")
		e.Body = p.block()
		n.Elifs = append(n.Elifs, e)
		p.bound(len(n.Elifs))
	}
	n.Else = p.elseBlock()
	return n
}

func (p *xp) whileStmt() *pWhile {
	n := &pWhile{Pos: p.next().Pos}
	n.Test = p.namedExprReq()
	p.expect(":")
	n.Body = p.block()
	n.Else = p.elseBlock()
	return n
}

func (p *xp) forStmt() *pFor {
	n := &pFor{Pos: p.peek().Pos}
	n.Async = p.accept("async")
	p.expect("for")
	n.Target = p.targetsReq()
	p.expect("in")
	n.Iter = p.starExprsReq()
	p.expect(":")
	n.Body = p.block()
	n.Else = p.elseBlock()
	return n
}

func (p *xp) tryStmt() *pTry {
	n := &pTry{Pos: p.next().Pos}
	p.expect(":")
	n.Body = p.block()
	if !p.is("except") {
		p.expect("finally")
		p.expect(":")
		n.Finally = p.block()
		return n
	}
	for p.is("except") {
		n.Handlers = append(n.Handlers, p.except())
		p.bound(len(n.Handlers))
	}
	n.Else = p.elseBlock()
	if p.accept("finally") {
		p.expect(":")
		n.Finally = p.block()
	}
	return n
}

func (p *xp) except() *pExcept {
	e := &pExcept{Pos: p.next().Pos}
	e.Star = p.accept("*")
	if p.startsExpr() {
		e.Types = []*pExpr{p.expr()}
		for p.accept(",") {
			e.Types = append(e.Types, p.exprReq())
			p.bound(len(e.Types))
		}
		if p.accept("as") {
			e.As = p.name()
		}
	}
	p.expect(":")
	e.Body = p.block()
	return e
}

func (p *xp) withStmt() *pWith {
	n := &pWith{Pos: p.peek().Pos}
	n.Async = p.accept("async")
	p.expect("with")
	n.Items = []*pWithItem{p.withItem()}
	for p.accept(",") {
		n.Items = append(n.Items, p.withItem())
		p.bound(len(n.Items))
	}
	p.expect(":")
	n.Body = p.block()
	return n
}

func (p *xp) withItem() *pWithItem {
	w := &pWithItem{Pos: p.peek().Pos}
	w.X = p.exprReq()
	if p.accept("as") {
		w.As = p.primaryReq()
	}
	return w
}

// startsParam reports whether t can begin a parameter.
func startsParam(t lexer.Token) bool {
	if t.Type == tokName {
		return true
	}
	return t.Type == tokOp && (t.Value == "/" || t.Value == "**" || t.Value == "*")
}

func (p *xp) funcDef() *pFuncDef {
	n := &pFuncDef{Pos: p.peek().Pos}
	n.Async = p.accept("async")
	p.expect("def")
	n.Name = p.name()
	p.expect("(")
	if startsParam(*p.peek()) {
		n.Params = []*pParam{p.param()}
		for p.is(",") && startsParam(p.peek2()) {
			p.next()
			n.Params = append(n.Params, p.param())
			p.bound(len(n.Params))
		}
		p.accept(",")
	}
	p.expect(")")
	if p.accept("->") {
		n.Returns = p.exprReq()
	}
	p.expect(":")
	n.Body = p.block()
	return n
}

func (p *xp) param() *pParam {
	pp := &pParam{Pos: p.peek().Pos}
	switch {
	case p.accept("/"):
		pp.Slash = true
	case p.accept("**"):
		pp.KwName = p.name()
		if p.accept(":") {
			pp.KwAnn = p.exprReq()
		}
	case p.accept("*"):
		pp.Star = true
		if p.isType(tokName) {
			pp.StarName = p.name()
			if p.accept(":") {
				if t := *p.peek(); p.accept("*") {
					pp.StarStar = &pStarTok{Pos: t.Pos, V: t.Value}
				}
				pp.StarAnn = p.exprReq()
			}
		}
	default:
		pp.Name = p.name()
		if p.accept(":") {
			pp.Ann = p.exprReq()
		}
		if p.accept("=") {
			pp.Default = p.exprReq()
		}
	}
	return pp
}

func (p *xp) classDef() *pClassDef {
	n := &pClassDef{Pos: p.next().Pos}
	n.Name = p.name()
	if p.is("(") {
		n.Args = p.call()
	}
	p.expect(":")
	n.Body = p.block()
	return n
}

func (p *xp) decorated() *pDecorated {
	n := &pDecorated{Pos: p.peek().Pos}
	for p.accept("@") {
		n.Decorators = append(n.Decorators, p.namedExprReq())
		p.bound(len(n.Decorators))
		p.expectType(tokNewline)
	}
	if p.is("class") {
		n.Class = p.classDef()
	} else {
		n.Def = p.funcDef()
	}
	return n
}

// ---- simple statements ----

func (p *xp) simple() *pSimple {
	t := p.peek()
	s := &pSimple{Pos: t.Pos}
	if p.startsRHS() {
		s.Expr = p.exprStmt()
		return s
	}
	if t.Type != tokKeyword {
		p.fail()
	}
	switch t.Value {
	case "return":
		p.next()
		s.Return = &pReturn{}
		if p.startsStarExpr() {
			s.Return.Value = p.starExprs()
		}
	case "pass":
		p.next()
		s.Pass = true
	case "break":
		p.next()
		s.Break = true
	case "continue":
		p.next()
		s.Continue = true
	case "raise":
		p.next()
		s.Raise = &pRaise{}
		if p.startsExpr() {
			s.Raise.Exc = p.expr()
			if p.accept("from") {
				s.Raise.Cause = p.exprReq()
			}
		}
	case "import":
		p.next()
		s.Import = []*pDottedAs{p.dottedAs()}
		for p.accept(",") {
			s.Import = append(s.Import, p.dottedAs())
			p.bound(len(s.Import))
		}
	case "from":
		s.From = p.from()
	case "global":
		p.next()
		s.Global = p.names(",")
	case "nonlocal":
		p.next()
		s.Nonlocal = p.names(",")
	case "del":
		p.next()
		s.Del = &pDel{Targets: p.starExprsReq()}
	case "assert":
		p.next()
		s.Assert = &pAssert{Test: p.exprReq()}
		if p.accept(",") {
			s.Assert.Msg = p.exprReq()
		}
	default:
		p.fail()
	}
	return s
}

func (p *xp) exprStmt() *pExprStmt {
	e := &pExprStmt{Pos: p.peek().Pos, First: p.rhs()}
	switch t := p.peek(); {
	case p.accept(":"):
		e.Annot = p.exprReq()
		if p.accept("=") {
			e.AnnValue = p.rhsReq()
		}
	case (t.Type == tokOp || t.Type == tokKeyword) && augOps[t.Value]:
		p.next()
		e.AugOp = augOp(t.Value)
		e.AugValue = p.rhsReq()
	case p.is("="):
		for p.accept("=") {
			e.Assigns = append(e.Assigns, p.rhsReq())
			p.bound(len(e.Assigns))
		}
	}
	return e
}

func (p *xp) dottedAs() *pDottedAs {
	d := &pDottedAs{Pos: p.peek().Pos, Name: []string{p.name().Name}}
	for p.accept(".") {
		d.Name = append(d.Name, p.name().Name)
		p.bound(len(d.Name))
	}
	if p.accept("as") {
		d.As = p.name()
	}
	return d
}

func (p *xp) importAs() *pImportAs {
	n := &pImportAs{Pos: p.peek().Pos, Name: p.name().Name}
	if p.accept("as") {
		n.As = p.name()
	}
	return n
}

func (p *xp) from() *pFrom {
	p.next()
	f := &pFrom{}
	for p.is(".") || p.is("...") {
		f.Dots = append(f.Dots, p.next().Value)
		p.bound(len(f.Dots))
	}
	if p.isType(tokName) {
		f.Module = p.names(".")
	}
	p.expect("import")
	switch t := *p.peek(); {
	case p.accept("*"):
		f.Star = &pStarTok{Pos: t.Pos, V: t.Value}
	case p.accept("("):
		f.Paren = []*pImportAs{p.importAs()}
		for p.is(",") && p.peek2().Type == tokName {
			p.next()
			f.Paren = append(f.Paren, p.importAs())
			p.bound(len(f.Paren))
		}
		p.accept(",")
		p.expect(")")
	default:
		f.Names = []*pImportAs{p.importAs()}
		for p.accept(",") {
			f.Names = append(f.Names, p.importAs())
			p.bound(len(f.Names))
		}
	}
	return f
}

// names parses Name (sep Name)*.
func (p *xp) names(sep string) []string {
	out := []string{p.name().Name}
	for p.accept(sep) {
		out = append(out, p.name().Name)
		p.bound(len(out))
	}
	return out
}
