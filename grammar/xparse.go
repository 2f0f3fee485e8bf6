package grammar

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Expressions are parsed by hand, by recursive descent over participle's
// token stream: the expression types below implement participle.Parseable,
// so the statement grammar in grammar.go uses them like any other
// production. Participle tries the alternatives of a disjunction one at a
// time through reflection, which for Python's deep expression grammar
// costs more than a second on a 20,000-line file; here the next token
// picks the production directly. The parse tree is the same one
// convert.go reads, and the grammar is the one doc.go describes.

// tokenStream is what the expression parser reads: participle's
// PeekingLexer inside the statement grammar, a plain token slice for the
// replacement fields of f-strings.
type tokenStream interface {
	Peek() *lexer.Token
	Next() *lexer.Token
	// Peek2 returns the token after the next one.
	Peek2() lexer.Token
}

// peeking adapts participle's lexer to tokenStream.
type peeking struct{ *lexer.PeekingLexer }

func (p peeking) Peek2() lexer.Token {
	cp := p.MakeCheckpoint()
	p.PeekingLexer.Next()
	t := *p.PeekingLexer.Peek()
	p.LoadCheckpoint(cp)
	return t
}

// sliceTokens is a tokenStream over scanned tokens ending with EOF.
type sliceTokens struct {
	toks []lexer.Token
	i    int
}

func (s *sliceTokens) Peek() *lexer.Token { return &s.toks[s.i] }

func (s *sliceTokens) Next() *lexer.Token {
	t := &s.toks[s.i]
	if s.i < len(s.toks)-1 {
		s.i++
	}
	return t
}

func (s *sliceTokens) Peek2() lexer.Token { return s.toks[min(s.i+1, len(s.toks)-1)] }

// xp is the expression parser's state.
type xp struct {
	lex   tokenStream
	depth int  // nesting of expr, bounded by maxDepth
	quiet bool // do not record failures (parseFast)
}

// maxDepth bounds the nesting of expressions (lambdas, conditional
// expressions, unary operators) so that hostile input cannot exhaust
// the stack; brackets are bounded by the lexer.
const maxDepth = 500

// tooDeep aborts a parse nested beyond maxDepth.
type tooDeep struct{ tok lexer.Token }

// noMatch aborts a parse that consumed nothing; syntaxErr one that failed.
type (
	noMatch   struct{}
	syntaxErr struct {
		tok lexer.Token
		msg string // CPython's message when it is not "invalid syntax"
	}
)

// parseState records, for one parse, the furthest token at which an
// expression failed. Participle backtracks over a failed Parseable and
// reports an earlier position; CPython reports the furthest one.
type parseState struct {
	mu  sync.Mutex
	far *lexer.Token
	msg string
}

// parses maps the per-parse file name carried by every token of a parse
// to its state, so that Parseable methods, which see only the lexer, can
// find it.
var (
	parses   sync.Map
	parseSeq atomic.Int64
)

func newParseKey(file string) (string, *parseState) {
	key := fmt.Sprintf("%s\x00%d", file, parseSeq.Add(1))
	st := &parseState{}
	parses.Store(key, st)
	return key, st
}

func (st *parseState) fail(t lexer.Token, msg string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.far == nil || t.Pos.Offset > st.far.Pos.Offset {
		st.far, st.msg = &t, msg
	}
}

func (p *xp) noteFailure(t lexer.Token, msg string) {
	if p.quiet {
		return
	}
	if v, ok := parses.Load(t.Pos.Filename); ok {
		v.(*parseState).fail(t, msg)
	}
}

func runX(lex *lexer.PeekingLexer, starts func(*xp) bool, parse func(*xp)) (err error) {
	return runStream(peeking{lex}, starts, parse)
}

func runStream(lex tokenStream, starts func(*xp) bool, parse func(*xp)) (err error) {
	p := &xp{lex: lex}
	if !starts(p) {
		p.noteFailure(*p.peek(), "")
		return participle.NextMatch
	}
	defer func() {
		if r := recover(); r != nil {
			switch r := r.(type) {
			case noMatch:
				err = participle.NextMatch
			case tooDeep:
				err = &participle.ParseError{Msg: "too many nested expressions", Pos: r.tok.Pos}
			case syntaxErr:
				p.noteFailure(r.tok, r.msg)
				err = &participle.UnexpectedTokenError{Unexpected: r.tok}
			default:
				panic(r)
			}
		}
	}()
	parse(p)
	return nil
}

func (p *xp) peek() *lexer.Token { return p.lex.Peek() }

func (p *xp) next() lexer.Token { return *p.lex.Next() }

// peek2 returns the token after the next one.
func (p *xp) peek2() lexer.Token { return p.lex.Peek2() }

// is reports whether the next token is the operator or keyword v.
func (p *xp) is(v string) bool {
	t := p.peek()
	return t.Value == v && (t.Type == tokOp || t.Type == tokKeyword)
}

func (p *xp) accept(v string) bool {
	if p.is(v) {
		p.next()
		return true
	}
	return false
}

func (p *xp) fail() { panic(syntaxErr{tok: *p.peek()}) }

// noCommaAfterComp rejects "[x for x in y, z]" at the comma.
func (p *xp) noCommaAfterComp(comps []*pCompFor) {
	if len(comps) > 0 && p.is(",") {
		p.fail()
	}
}

// noCompAfterItems rejects "[a, b for ...]" as CPython does.
func (p *xp) noCompAfterItems(first lexer.Position, list bool) {
	if !p.is("for") && !(p.is("async") && p.peek2().Value == "for") {
		return
	}
	if list {
		t := *p.peek()
		t.Pos = first
		panic(syntaxErr{tok: t, msg: "did you forget parentheses around the comprehension target?"})
	}
	p.fail()
}

func (p *xp) expect(v string) {
	if !p.accept(v) {
		p.fail()
	}
}

func (p *xp) name() *pNameTok {
	t := p.peek()
	if t.Type != tokName {
		p.fail()
	}
	p.next()
	return &pNameTok{Pos: t.Pos, Name: t.Value}
}

// startsExpr reports whether the next token can begin an expression.
func (p *xp) startsExpr() bool {
	t := p.peek()
	switch t.Type {
	case tokName, tokNumber, tokString:
		return true
	case tokKeyword:
		switch t.Value {
		case "None", "True", "False", "not", "await", "lambda":
			return true
		}
	case tokOp:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

func (p *xp) startsStarExpr() bool { return p.is("*") || p.startsExpr() }

func (p *xp) startsRHS() bool { return p.is("yield") || p.startsStarExpr() }

// ---- Parseable implementations used by the statement grammar ----

func (n *pExpr) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsExpr, func(p *xp) { *n = *p.expr() })
}

func (n *pNamedExpr) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsExpr, func(p *xp) { *n = *p.namedExpr() })
}

func (n *pStarExprs) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsStarExpr, func(p *xp) { *n = *p.starExprs() })
}

func (n *pRHS) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsRHS, func(p *xp) { *n = *p.rhs() })
}

func (n *pTargets) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsStarExpr, func(p *xp) { *n = *p.targets() })
}

func (n *pPrimary) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, (*xp).startsExpr, func(p *xp) { *n = *p.primary() })
}

func (n *pNameTok) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != tokName {
		(&xp{}).noteFailure(*t, "")
		return participle.NextMatch
	}
	lex.Next()
	*n = pNameTok{Pos: t.Pos, Name: t.Value}
	return nil
}

func (n *pCall) Parse(lex *lexer.PeekingLexer) error {
	return runX(lex, func(p *xp) bool { return p.is("(") }, func(p *xp) { *n = *p.call() })
}

// ---- productions ----

func (p *xp) rhs() *pRHS {
	pos := p.peek().Pos
	if p.is("yield") {
		return &pRHS{Pos: pos, Yield: p.yield()}
	}
	return &pRHS{Pos: pos, Exprs: p.starExprs()}
}

func (p *xp) yield() *pYield {
	y := &pYield{Pos: p.next().Pos}
	switch {
	case p.accept("from"):
		y.From = p.expr()
	case p.startsStarExpr():
		y.Value = p.starExprs()
	}
	return y
}

func (p *xp) starExprs() *pStarExprs {
	s := &pStarExprs{Pos: p.peek().Pos, Items: []*pStarExpr{p.starExpr()}}
	for p.accept(",") {
		if !p.startsStarExpr() {
			s.Comma = true
			break
		}
		s.Items = append(s.Items, p.starExpr())
	}
	return s
}

func (p *xp) starExpr() *pStarExpr {
	pos := p.peek().Pos
	if p.accept("*") {
		return &pStarExpr{Pos: pos, Star: p.opExpr()}
	}
	return &pStarExpr{Pos: pos, X: p.namedExpr()}
}

func (p *xp) namedExpr() *pNamedExpr {
	n := &pNamedExpr{Pos: p.peek().Pos, X: p.expr()}
	if p.is(":=") {
		n.Walrus = p.next().Pos
		n.Value = p.expr()
	}
	return n
}

func (p *xp) expr() *pExpr {
	pos := p.peek().Pos
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		panic(tooDeep{*p.peek()})
	}
	if p.is("lambda") {
		return &pExpr{Pos: pos, Lambda: p.lambda()}
	}
	if !p.startsExpr() {
		p.fail()
	}
	e := &pExpr{Pos: pos, Body: p.opExpr()}
	if p.accept("if") {
		e.Test = p.opExpr()
		if p.accept("else") {
			e.Else = p.expr()
		}
	}
	return e
}

func (p *xp) lambda() *pLambda {
	l := &pLambda{Pos: p.next().Pos}
	for !p.is(":") {
		l.Params = append(l.Params, p.lambdaParam())
		if !p.accept(",") {
			break
		}
	}
	p.expect(":")
	l.Body = p.expr()
	return l
}

func (p *xp) lambdaParam() *pLambdaParam {
	lp := &pLambdaParam{Pos: p.peek().Pos}
	switch {
	case p.accept("/"):
		lp.Slash = true
	case p.accept("**"):
		lp.KwName = p.name()
	case p.accept("*"):
		lp.Star = true
		if p.peek().Type == tokName {
			lp.StarName = p.name()
		}
	default:
		lp.Name = p.name()
		if p.accept("=") {
			lp.Default = p.expr()
		}
	}
	return lp
}

// peekBinOp returns the binary operator at the next tokens, or "".
func (p *xp) peekBinOp() binOp {
	t := p.peek()
	if t.Type != tokOp && t.Type != tokKeyword {
		return ""
	}
	switch {
	case binOps[t.Value]:
		return binOp(t.Value)
	case t.Value == "is":
		if n := p.peek2(); n.Type == tokKeyword && n.Value == "not" {
			return "is not"
		}
		return "is"
	case t.Value == "not":
		n := p.peek2()
		if n.Type == tokKeyword && n.Value == "in" {
			return "not in"
		}
		p.noteFailure(n, "")
	}
	return ""
}

func (p *xp) opExpr() *pOpExpr {
	e := &pOpExpr{Pos: p.peek().Pos, Head: p.operand()}
	for {
		op := p.peekBinOp()
		if op == "" {
			return e
		}
		t := &pOpTail{Pos: p.next().Pos, Op: op}
		if op == "is not" || op == "not in" {
			p.next()
		}
		t.X = p.operand()
		e.Tail = append(e.Tail, t)
	}
}

func (p *xp) operand() *pOperand {
	o := &pOperand{Pos: p.peek().Pos}
	for {
		t := p.peek()
		if (t.Type == tokOp || t.Type == tokKeyword) && prefixOps[t.Value] {
			if len(o.Prefix) >= maxDepth {
				panic(tooDeep{*t})
			}
			p.next()
			o.Prefix = append(o.Prefix, &pPrefix{Pos: t.Pos, Op: t.Value})
			continue
		}
		break
	}
	o.X = p.primary()
	return o
}

func (p *xp) primary() *pPrimary {
	pr := &pPrimary{Pos: p.peek().Pos, Atom: p.atom()}
	for {
		t := p.peek()
		if t.Type != tokOp {
			return pr
		}
		switch t.Value {
		case ".":
			p.next()
			pr.Trailers = append(pr.Trailers, &pTrailer{Pos: t.Pos, Attr: p.name()})
		case "(":
			pr.Trailers = append(pr.Trailers, &pTrailer{Pos: t.Pos, Call: p.call()})
		case "[":
			pr.Trailers = append(pr.Trailers, &pTrailer{Pos: t.Pos, Index: p.subscript()})
		default:
			return pr
		}
	}
}

func (p *xp) call() *pCall {
	c := &pCall{Pos: p.next().Pos}
	for !p.is(")") {
		c.Args = append(c.Args, p.arg())
		if !p.accept(",") {
			break
		}
		c.Comma = p.is(")")
	}
	p.expect(")")
	return c
}

func (p *xp) arg() *pArg {
	a := &pArg{Pos: p.peek().Pos}
	switch {
	case p.accept("*"):
		a.Star = p.expr()
	case p.accept("**"):
		a.DStar = p.expr()
	case p.peek().Type == tokName && p.peek2().Value == "=" && p.peek2().Type == tokOp:
		a.KwName = p.name()
		p.next()
		a.KwValue = p.expr()
	default:
		a.X = p.namedExpr()
		a.Comp = p.comps()
	}
	return a
}

func (p *xp) subscript() *pSubscript {
	s := &pSubscript{Pos: p.next().Pos, Items: []*pSlice{p.slice()}}
	for p.accept(",") {
		if p.is("]") {
			s.Comma = true
			break
		}
		s.Items = append(s.Items, p.slice())
	}
	p.expect("]")
	return s
}

func (p *xp) slice() *pSlice {
	s := &pSlice{Pos: p.peek().Pos}
	switch {
	case p.accept("*"):
		s.Star = p.opExpr()
	case p.is(":"):
		s.Bare = p.sliceTail()
	default:
		s.Lower = p.namedExpr()
		if p.is(":") {
			s.Tail = p.sliceTail()
		}
	}
	return s
}

func (p *xp) sliceTail() *pSliceTail {
	p.next()
	t := &pSliceTail{}
	if p.startsExpr() {
		t.Upper = p.expr()
	}
	if p.accept(":") {
		t.Colon2 = true
		if p.startsExpr() {
			t.Step = p.expr()
		}
	}
	return t
}

func (p *xp) atom() *pAtom {
	t := *p.peek()
	a := &pAtom{Pos: t.Pos}
	switch t.Type {
	case tokName:
		p.next()
		a.Name = t.Value
	case tokNumber:
		p.next()
		a.Num = t.Value
	case tokString:
		for p.peek().Type == tokString {
			s := p.next()
			a.Strs = append(a.Strs, &pString{Pos: s.Pos, V: s.Value})
		}
	case tokKeyword:
		if !constants[t.Value] {
			p.fail()
		}
		p.next()
		a.Const = t.Value
	case tokOp:
		switch t.Value {
		case "...":
			p.next()
			a.Const = "..."
		case "(":
			a.Paren = p.paren()
		case "[":
			a.List = p.list()
		case "{":
			a.Brace = p.brace()
		default:
			p.fail()
		}
	default:
		p.fail()
	}
	return a
}

func (p *xp) paren() *pParen {
	n := &pParen{Pos: p.next().Pos}
	switch {
	case p.is("yield"):
		n.Yield = p.yield()
	case !p.is(")"):
		n.First = p.item()
		n.Comp = p.comps()
		p.noCommaAfterComp(n.Comp)
		for p.accept(",") {
			if p.is(")") {
				n.Comma = true
				break
			}
			n.Rest = append(n.Rest, p.item())
		}
		if len(n.Comp) == 0 {
			p.noCompAfterItems(n.First.Pos, false)
		}
	}
	p.expect(")")
	return n
}

func (p *xp) item() *pItem {
	it := &pItem{Pos: p.peek().Pos}
	if p.accept("*") {
		it.Star = p.opExpr()
	} else {
		it.X = p.namedExpr()
	}
	if p.accept("as") {
		it.As = p.primary()
	}
	return it
}

func (p *xp) list() *pList {
	n := &pList{Pos: p.next().Pos}
	if !p.is("]") {
		n.First = p.item()
		n.Comp = p.comps()
		p.noCommaAfterComp(n.Comp)
		for p.accept(",") {
			if p.is("]") {
				n.Comma = true
				break
			}
			n.Rest = append(n.Rest, p.item())
		}
		if len(n.Comp) == 0 && len(n.Rest) > 0 {
			p.noCompAfterItems(n.First.Pos, true)
		}
	}
	p.expect("]")
	return n
}

func (p *xp) brace() *pBrace {
	n := &pBrace{Pos: p.next().Pos}
	if !p.is("}") {
		n.First = p.dictItem()
		n.Comp = p.comps()
		p.noCommaAfterComp(n.Comp)
		for p.accept(",") {
			if p.is("}") {
				n.Comma = true
				break
			}
			n.Rest = append(n.Rest, p.dictItem())
		}
	}
	p.expect("}")
	return n
}

func (p *xp) dictItem() *pDictItem {
	d := &pDictItem{Pos: p.peek().Pos}
	switch {
	case p.accept("**"):
		d.DStar = p.opExpr()
	case p.accept("*"):
		d.Star = p.opExpr()
	default:
		d.Key = p.namedExpr()
		if p.accept(":") {
			d.Value = p.expr()
		}
	}
	return d
}

func (p *xp) comps() []*pCompFor {
	var out []*pCompFor
	for p.is("for") || p.is("async") && p.peek2().Value == "for" {
		c := &pCompFor{Pos: p.peek().Pos}
		c.Async = p.accept("async")
		p.expect("for")
		c.Target = p.targets()
		p.expect("in")
		c.Iter = p.opExpr()
		for p.accept("if") {
			c.Ifs = append(c.Ifs, p.opExpr())
		}
		out = append(out, c)
	}
	return out
}

func (p *xp) targets() *pTargets {
	t := &pTargets{Pos: p.peek().Pos, Items: []*pTarget{p.target()}}
	for p.accept(",") {
		if !p.startsStarExpr() {
			t.Comma = true
			break
		}
		t.Items = append(t.Items, p.target())
	}
	return t
}

func (p *xp) target() *pTarget {
	t := &pTarget{Pos: p.peek().Pos}
	t.Star = p.accept("*")
	t.X = p.primary()
	return t
}
