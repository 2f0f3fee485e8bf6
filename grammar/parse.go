package grammar

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
)

// Parse parses a Python 3.11 source file. On failure the error is a
// diag.List of at most diag.MaxErrors syntax errors, sorted by position,
// with CPython's messages.
func Parse(filename string, src []byte) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			err = diag.List{{File: filename, Pos: ast.Pos{Line: 1, Col: 1}, Msg: fmt.Sprintf("internal error: parser failed: %v", r)}}
		}
	}()
	src, e := decodeSource(filename, src)
	if e == nil {
		e = checkUTF8(filename, src)
	}
	if e != nil {
		return nil, diag.List{e}
	}
	key, st := newParseKey(filename)
	defer parses.Delete(key)
	s := scan(key, src)
	if s.err != nil {
		return nil, diag.List{errorAt(filename, src, s.err.pos, s.err.msg)}
	}
	c := &converter{file: filename, src: src}
	mod = &ast.Module{Filename: filename}
	toks := s.toks
	if tree, ok := parseFast(toks); ok {
		mod.Body = append(mod.Body, c.module(tree).Body...)
		toks = nil
	}
	for toks != nil {
		tree, perr := parseTokens(toks)
		if tree != nil && perr == nil {
			mod.Body = append(mod.Body, c.module(tree).Body...)
			break
		}
		c.errs = append(c.errs, syntaxError(filename, src, s, toks, perr, st.far, st.msg))
		st.far, st.msg = nil, ""
		if len(s.brackets) > 0 || len(c.errs) >= diag.MaxErrors {
			break
		}
		rest := resume(toks, perr)
		if rest == nil {
			break
		}
		toks = rest
	}
	if len(c.errs) > 0 {
		c.errs.Sort()
		if len(c.errs) > diag.MaxErrors {
			c.errs = c.errs[:diag.MaxErrors]
		}
		return nil, c.errs
	}
	return mod, nil
}

func parseTokens(toks []lexer.Token) (*pModule, error) {
	peek, err := lexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	return parser().ParseFromLexer(peek)
}

func errorAt(file string, src []byte, p lexer.Position, msg string) *diag.Error {
	return &diag.Error{File: file, Pos: ast.Pos{Line: p.Line, Col: p.Column}, Msg: msg, Source: sourceLine(src, p.Line)}
}

var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// decodeSource honours a PEP 263 coding declaration on the first or
// second line: Latin-1 source is converted to UTF-8, so that columns are
// UTF-8 byte offsets as in CPython; another non-UTF-8 encoding is
// reported unless the file is plain ASCII.
func decodeSource(file string, src []byte) ([]byte, *diag.Error) {
	lines := bytes.SplitN(src, []byte("\n"), 3)
	for i, line := range lines[:min(2, len(lines))] {
		m := codingRE.FindSubmatch(line)
		if m == nil {
			if t := bytes.TrimSpace(line); i == 0 && (len(t) == 0 || t[0] == '#') {
				continue
			}
			break
		}
		enc := strings.ReplaceAll(strings.ToLower(string(m[1])), "_", "-")
		switch {
		case strings.HasPrefix(enc, "utf-8") || enc == "utf8":
			return src, nil
		case enc == "latin-1" || enc == "latin1" || enc == "l1" || enc == "cp819" ||
			strings.HasPrefix(enc, "iso-8859-1") || strings.HasPrefix(enc, "iso8859-1") || strings.HasPrefix(enc, "iso-latin-1"):
			out := make([]byte, 0, len(src)+len(src)/8)
			for _, b := range src {
				out = utf8.AppendRune(out, rune(b))
			}
			return out, nil
		}
		for _, b := range src {
			if b >= utf8.RuneSelf {
				return nil, &diag.Error{File: file, Pos: ast.Pos{Line: i + 1, Col: 1},
					Msg: fmt.Sprintf("unsupported: source encoding '%s' (use UTF-8 or Latin-1)", m[1]), Source: string(bytes.TrimRight(line, "\r"))}
			}
		}
		return src, nil
	}
	return src, nil
}

func checkUTF8(file string, src []byte) *diag.Error {
	if utf8.Valid(src) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return &diag.Error{File: file, Pos: ast.Pos{Line: line, Col: col},
				Msg:    fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], file, line),
				Source: strings.ToValidUTF8(sourceLine(src, line), "\uFFFD")}
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		i += n
		col += n
	}
	return nil
}

// tokenIndex finds the index of t in toks.
func tokenIndex(toks []lexer.Token, t lexer.Token) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Pos.Offset < t.Pos.Offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(toks) && toks[i].Pos.Offset == t.Pos.Offset; i++ {
		if toks[i].Type == t.Type {
			return i
		}
	}
	return min(lo, len(toks)-1)
}

// lineStart returns the index of the first token of the logical line
// containing token i.
func lineStart(toks []lexer.Token, i int) int {
	for i > 0 {
		switch toks[i-1].Type {
		case tokNewline, tokIndent, tokDedent:
			return i
		}
		i--
	}
	return 0
}

// syntaxError turns a participle error into a CPython-style diagnostic.
func syntaxError(file string, src []byte, s *scanner, toks []lexer.Token, err error, far *lexer.Token, farMsg string) *diag.Error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &diag.Error{File: file, Pos: ast.Pos{Line: 1, Col: 1}, Msg: "invalid syntax"}
	}
	p := perr.Position()
	tok := lexer.Token{Pos: p, Type: lexer.EOF}
	expected := ""
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		tok = ute.Unexpected
		msg := ute.Message()
		if i := strings.Index(msg, "(expected "); i >= 0 {
			expected = strings.TrimSuffix(msg[i+len("(expected "):], ")")
		}
	}
	if far != nil && far.Pos.Offset >= tok.Pos.Offset && (far.Pos.Offset > tok.Pos.Offset || farMsg != "") {
		tok, expected = *far, ""
		if farMsg != "" && len(s.brackets) == 0 {
			return errorAt(file, src, tok.Pos, farMsg)
		}
	}
	i := tokenIndex(toks, tok)
	if i >= 0 && i < len(toks) {
		tok = toks[i]
	}
	if n := len(s.brackets); n > 0 {
		open := s.brackets[n-1]
		if tok.Pos.Line > open.pos.Line || tok.Type == lexer.EOF || i+1 >= len(toks) || toks[i+1].Type == lexer.EOF || forgotComma(toks, i) {
			return errorAt(file, src, open.pos, fmt.Sprintf("'%c' was never closed", open.ch))
		}
	}
	at := func(msg string) *diag.Error { return errorAt(file, src, tok.Pos, msg) }
	if pe, ok := err.(*participle.ParseError); ok && pe.Msg == "too many nested expressions" {
		return errorAt(file, src, pe.Pos, pe.Msg)
	}
	first := toks[lineStart(toks, i)]
	switch {
	case tok.Type == tokIndent:
		return at("unexpected indent")
	case i >= 2 && toks[i-1].Type == tokNewline && toks[i-2].Value == ":" && toks[i-2].Type == tokOp && tok.Type != tokIndent:
		hs := lineStart(toks, i-2)
		return at(fmt.Sprintf("expected an indented block after %s on line %d", blockKind(toks, hs), toks[hs].Pos.Line))
	case first.Type == tokName && first.Value == "match" && endsWithColon(toks, i):
		return errorAt(file, src, first.Pos, "unsupported: match statement")
	case first.Type == tokName && first.Value == "print" && i == lineStart(toks, i)+1 && (tok.Type == tokString || tok.Type == tokName || tok.Type == tokNumber):
		return errorAt(file, src, first.Pos, "Missing parentheses in call to 'print'. Did you mean print(...)?")
	case strings.Contains(expected, "PExcept+"):
		return at("expected 'except' or 'finally' block")
	case tok.Value == "=" && tok.Type == tokOp && i == lineStart(toks, i)+2 && toks[i-1].Type == tokName &&
		(first.Value == "if" || first.Value == "elif" || first.Value == "while"):
		return errorAt(file, src, toks[i-1].Pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	case forgotComma(toks, i) && inExpressionBrackets(toks, i) && !(toks[i-1].Type == tokName && tok.Type == tokString):
		return errorAt(file, src, toks[operandStart(toks, i-1)].Pos, "invalid syntax. Perhaps you forgot a comma?")
	case strings.HasPrefix(expected, `":"`) && tok.Type == tokNewline && first.Type == tokKeyword && compoundKeywords[first.Value] && tok.Pos.Line == toks[i-1].Pos.Line:
		return at("expected ':'")
	case callArgAssign(toks, i) >= 0:
		return errorAt(file, src, toks[callArgAssign(toks, i)].Pos, `expression cannot contain assignment, perhaps you meant "=="?`)
	}
	return at("invalid syntax")
}

// callArgAssign reports, for a '=' at token i inside a call's arguments
// after an expression that is not a plain name (f(o.verbose=True)), the
// index of the token where that expression starts; -1 otherwise.
func callArgAssign(toks []lexer.Token, i int) int {
	if i < 2 || toks[i].Type != tokOp || toks[i].Value != "=" || !inExpressionBrackets(toks, i) {
		return -1
	}
	prev := toks[i-1]
	if !(prev.Type == tokName || prev.Type == tokNumber || prev.Type == tokString ||
		prev.Type == tokOp && (prev.Value == ")" || prev.Value == "]" || prev.Value == "}")) {
		return -1
	}
	start := operandStart(toks, i-1)
	if start >= i-1 || start < 1 {
		return -1
	}
	open := start - 1
	for depth := 0; open > 0; open-- {
		t := toks[open]
		if t.Type != tokOp {
			continue
		}
		if t.Value == ")" || t.Value == "]" || t.Value == "}" {
			depth++
		} else if t.Value == "(" || t.Value == "[" || t.Value == "{" {
			if depth == 0 {
				break
			}
			depth--
		}
	}
	if open < 1 || toks[open].Value != "(" {
		return -1
	}
	callee := toks[open-1]
	if callee.Type == tokName || callee.Type == tokOp && (callee.Value == ")" || callee.Value == "]") {
		return start
	}
	return -1
}

// forgotComma reports whether token i directly follows an operand, as in
// "(1 2": CPython blames the unclosed bracket for such errors.
func forgotComma(toks []lexer.Token, i int) bool {
	if i == 0 {
		return false
	}
	operand := func(t lexer.Token) bool {
		return t.Type == tokName || t.Type == tokNumber || t.Type == tokString ||
			t.Type == tokOp && (t.Value == ")" || t.Value == "]" || t.Value == "}")
	}
	return operand(toks[i]) && operand(toks[i-1])
}

// bracketDepth counts the brackets open before token i of a logical line
// starting at token from.
func bracketDepth(toks []lexer.Token, from, i int) int {
	depth := 0
	for _, t := range toks[from:i] {
		if t.Type == tokOp {
			switch t.Value {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			}
		}
	}
	return depth
}

// inExpressionBrackets reports whether token i is inside brackets that
// hold expressions (not a def's parameter list).
func inExpressionBrackets(toks []lexer.Token, i int) bool {
	from := lineStart(toks, i)
	depth := bracketDepth(toks, from, i)
	def := toks[from].Value == "def" || toks[from].Value == "async" && toks[from+1].Value == "def"
	return depth > 1 || depth == 1 && !def
}

// operandStart walks back from token i, the end of an expression, to the
// token where that expression starts within its bracket.
func operandStart(toks []lexer.Token, i int) int {
	depth := 0
	for j := i; j > 0; j-- {
		t := toks[j]
		if t.Type == tokOp {
			switch t.Value {
			case ")", "]", "}":
				depth++
			case "(", "[", "{":
				if depth == 0 {
					return j + 1
				}
				depth--
			case ",", ":", "=", ":=", "->", ";":
				if depth == 0 {
					return j + 1
				}
			}
		}
		if t.Type == tokKeyword && depth == 0 {
			switch t.Value {
			case "if", "else", "for", "in", "lambda", "return", "yield", "await", "import", "from", "del", "assert", "raise", "while", "elif", "with", "as":
				return j + 1
			}
		}
		if t.Type == tokNewline || t.Type == tokIndent || t.Type == tokDedent {
			return j + 1
		}
	}
	return 0
}

var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "with": true,
	"try": true, "except": true, "finally": true, "def": true, "class": true, "async": true,
}

func endsWithColon(toks []lexer.Token, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].Type == tokNewline {
			return i > 0 && toks[i-1].Value == ":"
		}
	}
	return false
}

// blockKind names the statement that opens a block, as CPython's
// "expected an indented block after ..." message does.
func blockKind(toks []lexer.Token, i int) string {
	t := toks[i]
	if t.Value == "@" {
		for j := i; j < len(toks); j++ {
			if toks[j].Value == "def" || toks[j].Value == "class" {
				t = toks[j]
				break
			}
		}
	}
	if t.Value == "async" && i+1 < len(toks) {
		t = toks[i+1]
	}
	switch t.Value {
	case "def":
		return "function definition"
	case "class":
		return "class definition"
	case "except":
		if i+1 < len(toks) && toks[i+1].Value == "*" {
			return "'except*' statement"
		}
	}
	return fmt.Sprintf("'%s' statement", t.Value)
}

// resume finds where parsing can start again after an error: the next
// statement at the top level, skipping clauses that continue a compound
// statement. It returns nil when there is none.
func resume(toks []lexer.Token, err error) []lexer.Token {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return nil
	}
	off := perr.Position().Offset
	depth := 0
	for i, t := range toks {
		switch t.Type {
		case tokIndent:
			depth++
		case tokDedent:
			depth--
		}
		if t.Pos.Offset <= off || depth != 0 || i == 0 {
			continue
		}
		prev := toks[i-1].Type
		if prev != tokNewline && prev != tokDedent || t.Type == tokDedent || t.Type == tokIndent {
			continue
		}
		switch t.Value {
		case "else", "elif", "except", "finally":
			continue
		}
		if t.Type == lexer.EOF {
			return nil
		}
		return toks[i:]
	}
	return nil
}
