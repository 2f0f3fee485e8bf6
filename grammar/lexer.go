package grammar

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by the lexer. Positions of tokens use Line 1-based
// and Column 1-based in bytes (not runes, unlike participle's own lexers),
// so that they convert to ast.Pos unchanged.
const (
	tokName lexer.TokenType = iota + 1
	tokKeyword
	tokNumber
	tokString
	tokOp
	tokNewline
	tokIndent
	tokDedent
	tokError
)

var symbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Name":    tokName,
	"Keyword": tokKeyword,
	"Number":  tokNumber,
	"String":  tokString,
	"Op":      tokOp,
	"NEWLINE": tokNewline,
	"INDENT":  tokIndent,
	"DEDENT":  tokDedent,
	"ERROR":   tokError,
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

// operators lists Python's operators and delimiters, longest first.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
	"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
}

// CPython's tokenizer limits.
const (
	maxBrackets = 200
	maxIndent   = 100
)

// pythonLexer implements participle's lexer.Definition for Python source.
type pythonLexer struct{}

func (pythonLexer) Symbols() map[string]lexer.TokenType { return symbols }

func (pythonLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return pythonLexer{}.LexBytes(filename, src)
}

func (pythonLexer) LexString(filename, s string) (lexer.Lexer, error) {
	return pythonLexer{}.LexBytes(filename, []byte(s))
}

func (pythonLexer) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	s := scan(filename, src)
	return &sliceLexer{toks: s.toks}, nil
}

// sliceLexer hands out tokens that were scanned beforehand.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (l *sliceLexer) Next() (lexer.Token, error) {
	if l.i >= len(l.toks) {
		return l.toks[len(l.toks)-1], nil
	}
	t := l.toks[l.i]
	l.i++
	return t, nil
}

// lexError is a tokenizer error: CPython reports it in preference to any
// parser error.
type lexError struct {
	pos lexer.Position
	msg string
}

type bracket struct {
	ch  byte
	pos lexer.Position
}

// scanner turns source bytes into tokens, keeping the indentation stack
// and the bracket stack as CPython's tokenizer does.
type scanner struct {
	file      string
	src       []byte
	off       int // current offset
	line      int // current line, 1-based
	lineStart int // offset of the current line's first byte

	toks     []lexer.Token
	indents  []int // indentation columns (tabs to multiples of 8)
	alts     []int // the same with tabs counted as 1, for TabError
	brackets []bracket
	err      *lexError
}

func scan(file string, src []byte) *scanner {
	s := &scanner{file: file, src: src, line: 1, indents: []int{0}, alts: []int{0}}
	s.toks = make([]lexer.Token, 0, len(src)/4+16)
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		s.off = 3
		s.lineStart = 3
	}
	s.run()
	return s
}

func (s *scanner) pos() lexer.Position {
	return lexer.Position{Filename: s.file, Offset: s.off, Line: s.line, Column: s.off - s.lineStart + 1}
}

func (s *scanner) posAt(off int) lexer.Position {
	return lexer.Position{Filename: s.file, Offset: off, Line: s.line, Column: off - s.lineStart + 1}
}

func (s *scanner) emit(t lexer.TokenType, v string, p lexer.Position) {
	s.toks = append(s.toks, lexer.Token{Type: t, Value: v, Pos: p})
}

func (s *scanner) fail(p lexer.Position, format string, args ...any) {
	if s.err == nil {
		s.err = &lexError{pos: p, msg: fmt.Sprintf(format, args...)}
	}
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.off
}

// run scans the whole input. On a tokenizer error it stops, emits an ERROR
// token at the error position and an EOF.
func (s *scanner) run() {
	atLineStart := true
	for s.err == nil {
		if atLineStart && len(s.brackets) == 0 {
			atLineStart = false
			if !s.indentation() {
				break
			}
			continue
		}
		if s.off >= len(s.src) {
			break
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.off++
		case c == '#':
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		case c == '\n' || c == '\r':
			p := s.pos()
			s.off++
			if c == '\r' && s.off < len(s.src) && s.src[s.off] == '\n' {
				s.off++
			}
			if len(s.brackets) == 0 {
				s.emit(tokNewline, "\n", p)
				atLineStart = true
			}
			s.newline()
		case c == '\\':
			s.continuation()
		default:
			s.token()
		}
	}
	s.finish()
}

// continuation handles a backslash outside strings.
func (s *scanner) continuation() {
	p := s.pos()
	s.off++
	if s.off >= len(s.src) {
		p.Column++
		s.fail(p, "unexpected EOF while parsing")
		return
	}
	c := s.src[s.off]
	if c != '\n' && c != '\r' {
		p.Column++
		s.fail(p, "unexpected character after line continuation character")
		return
	}
	s.off++
	if c == '\r' && s.off < len(s.src) && s.src[s.off] == '\n' {
		s.off++
	}
	s.newline()
	if s.off >= len(s.src) {
		s.fail(s.pos(), "unexpected EOF while parsing")
	}
}

func (s *scanner) finish() {
	end := s.pos()
	if s.err != nil {
		s.emit(tokError, "<error>", s.err.pos)
		s.emit(lexer.EOF, "", s.err.pos)
		return
	}
	if n := len(s.toks); n > 0 && s.toks[n-1].Type != tokNewline && s.toks[n-1].Type != tokDedent && s.toks[n-1].Type != tokIndent {
		s.emit(tokNewline, "", end)
	}
	if n := len(s.toks); n > 0 {
		end = s.toks[n-1].Pos
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(tokDedent, "", end)
	}
	s.emit(lexer.EOF, "", end)
}

// indentation measures the indentation of a new line, skipping blank and
// comment-only lines, and emits INDENT or DEDENT tokens. It returns false
// at the end of input.
func (s *scanner) indentation() bool {
	for {
		col, alt := 0, 0
		start := s.off
		for s.off < len(s.src) {
			switch s.src[s.off] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				goto measured
			}
			s.off++
		}
	measured:
		if s.off >= len(s.src) {
			return false
		}
		c := s.src[s.off]
		if c == '#' || c == '\n' || c == '\r' {
			// Blank or comment-only line: no indentation tokens.
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
			if s.off >= len(s.src) {
				return false
			}
			s.off++
			if c := s.src[s.off-1]; c == '\r' && s.off < len(s.src) && s.src[s.off] == '\n' {
				s.off++
			}
			s.newline()
			continue
		}
		if c == '\\' {
			// A line starting with a continuation keeps the indentation
			// rules simple: treat it as part of the indentation.
			return true
		}
		width := s.off - start
		top := s.indents[len(s.indents)-1]
		altTop := s.alts[len(s.alts)-1]
		switch {
		case col == top:
			if alt != altTop {
				s.fail(lexer.Position{Filename: s.file, Offset: start, Line: s.line, Column: 1}, "inconsistent use of tabs and spaces in indentation")
			}
		case col > top:
			if alt <= altTop {
				s.fail(lexer.Position{Filename: s.file, Offset: start, Line: s.line, Column: 1}, "inconsistent use of tabs and spaces in indentation")
				return true
			}
			if len(s.indents) >= maxIndent {
				s.fail(lexer.Position{Filename: s.file, Offset: start, Line: s.line, Column: 1}, "too many levels of indentation")
				return true
			}
			s.indents = append(s.indents, col)
			s.alts = append(s.alts, alt)
			p := s.posAt(start)
			p.Column = max(1, width)
			s.emit(tokIndent, "", p)
		default:
			n := 0
			for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
				s.indents = s.indents[:len(s.indents)-1]
				s.alts = s.alts[:len(s.alts)-1]
				n++
			}
			if col != s.indents[len(s.indents)-1] {
				// CPython points at the end of the line.
				p := s.posAt(start)
				end := s.off
				for end < len(s.src) && s.src[end] != '\n' && s.src[end] != '\r' {
					end++
				}
				p.Column = end - s.lineStart + 1
				s.fail(p, "unindent does not match any outer indentation level")
				return true
			}
			if alt != s.alts[len(s.alts)-1] {
				s.fail(lexer.Position{Filename: s.file, Offset: start, Line: s.line, Column: 1}, "inconsistent use of tabs and spaces in indentation")
				return true
			}
			for range n {
				s.emit(tokDedent, "", s.pos())
			}
		}
		return true
	}
}

func isIdentStart(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r))
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || '0' <= r && r <= '9' ||
		r >= utf8.RuneSelf && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Other_ID_Continue))
}

// token scans one token starting at a non-blank character.
func (s *scanner) token() {
	c := s.src[s.off]
	r, size := rune(c), 1
	if c >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(s.src[s.off:])
	}
	switch {
	case isIdentStart(r):
		s.identOrString()
	case '0' <= c && c <= '9' || c == '.' && s.off+1 < len(s.src) && '0' <= s.src[s.off+1] && s.src[s.off+1] <= '9':
		s.number()
	case c == '\'' || c == '"':
		s.str(s.off)
	default:
		if s.operator() {
			return
		}
		p := s.pos()
		if c == 0 {
			s.fail(p, "source code cannot contain null bytes")
			return
		}
		if r == utf8.RuneError && size == 1 {
			s.fail(p, "invalid non-UTF-8 byte 0x%02x", c)
			return
		}
		if c < 0x20 || c == 0x7f {
			s.fail(p, "invalid non-printable character U+%04X", c)
			return
		}
		if c < utf8.RuneSelf {
			s.fail(p, "invalid syntax")
			return
		}
		if unicode.IsPrint(r) {
			s.fail(p, "invalid character '%c' (U+%04X)", r, r)
		} else {
			s.fail(p, "invalid non-printable character U+%04X", r)
		}
	}
}

func (s *scanner) identOrString() {
	start := s.off
	for s.off < len(s.src) {
		r, size := rune(s.src[s.off]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s.src[s.off:])
		}
		if !isIdentChar(r) {
			break
		}
		s.off += size
	}
	word := string(s.src[start:s.off])
	if s.off < len(s.src) && (s.src[s.off] == '\'' || s.src[s.off] == '"') && isStringPrefix(word) {
		s.str(start)
		return
	}
	p := s.posAt(start)
	if keywords[word] {
		s.emit(tokKeyword, word, p)
	} else {
		s.emit(tokName, word, p)
	}
}

func isStringPrefix(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f')
	}
	return false
}

// str scans a string literal whose prefix starts at start and whose quote
// is at s.off. The token's value is the literal's source text.
func (s *scanner) str(start int) {
	p := s.posAt(start)
	q := s.src[s.off]
	triple := s.off+2 < len(s.src) && s.src[s.off+1] == q && s.src[s.off+2] == q
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= len(s.src) {
			line := s.line
			if s.src[len(s.src)-1] == '\n' && s.lineStart == len(s.src) {
				line--
			}
			if triple {
				s.fail(p, "unterminated triple-quoted string literal (detected at line %d)", line)
			} else {
				s.fail(p, "unterminated string literal (detected at line %d)", line)
			}
			return
		}
		c := s.src[s.off]
		switch {
		case c == '\\':
			s.off++
			if s.off < len(s.src) {
				c2 := s.src[s.off]
				s.off++
				if c2 == '\r' && s.off < len(s.src) && s.src[s.off] == '\n' {
					s.off++
				}
				if c2 == '\n' || c2 == '\r' {
					s.newline()
				}
			}
		case c == q:
			if !triple {
				s.off++
				s.emit(tokString, string(s.src[start:s.off]), p)
				return
			}
			if s.off+2 < len(s.src) && s.src[s.off+1] == q && s.src[s.off+2] == q {
				s.off += 3
				s.emit(tokString, string(s.src[start:s.off]), p)
				return
			}
			s.off++
		case c == '\n' || c == '\r':
			if !triple {
				s.fail(p, "unterminated string literal (detected at line %d)", s.line)
				return
			}
			s.off++
			if c == '\r' && s.off < len(s.src) && s.src[s.off] == '\n' {
				s.off++
			}
			s.newline()
		default:
			s.off++
		}
	}
}

func (s *scanner) operator() bool {
	rest := s.src[s.off:]
	for _, op := range operators {
		if bytes.HasPrefix(rest, []byte(op)) {
			p := s.pos()
			s.off += len(op)
			switch op[0] {
			case '(', '[', '{':
				if len(s.brackets) >= maxBrackets {
					s.fail(p, "too many nested parentheses")
					return true
				}
				s.brackets = append(s.brackets, bracket{op[0], p})
			case ')', ']', '}':
				if len(s.brackets) == 0 {
					s.fail(p, "unmatched '%s'", op)
					return true
				}
				open := s.brackets[len(s.brackets)-1]
				if closing(open.ch) != op[0] {
					if open.pos.Line != p.Line {
						s.fail(p, "closing parenthesis '%s' does not match opening parenthesis '%c' on line %d", op, open.ch, open.pos.Line)
					} else {
						s.fail(p, "closing parenthesis '%s' does not match opening parenthesis '%c'", op, open.ch)
					}
					return true
				}
				s.brackets = s.brackets[:len(s.brackets)-1]
			}
			s.emit(tokOp, op, p)
			return true
		}
	}
	return false
}

func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isDigit(c byte, base int) bool {
	switch base {
	case 16:
		return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f'
	case 8:
		return '0' <= c && c <= '7'
	case 2:
		return c == '0' || c == '1'
	}
	return '0' <= c && c <= '9'
}

func (s *scanner) peek(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// digits consumes digits of base with single underscores between them.
// It reports whether at least one digit was read; on a misplaced
// underscore it records an error.
func (s *scanner) digits(base int, kind string) bool {
	n := 0
	for {
		c := s.peek(0)
		if isDigit(c, base) {
			s.off++
			n++
			continue
		}
		if c == '_' {
			s.off++
			if !isDigit(s.peek(0), base) {
				s.fail(s.posAt(s.off-1), "invalid %s literal", kind)
				return false
			}
			continue
		}
		return n > 0
	}
}

// number scans a numeric literal, checking it as CPython's tokenizer does.
func (s *scanner) number() {
	start := s.off
	p := s.pos()
	c := s.src[s.off]
	kind := "decimal"
	if c == '0' && (s.peek(1)|0x20 == 'x' || s.peek(1)|0x20 == 'o' || s.peek(1)|0x20 == 'b') {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s.peek(1)|0x20]
		kind = map[int]string{16: "hexadecimal", 8: "octal", 2: "binary"}[base]
		s.off += 2
		if s.peek(0) == '_' {
			s.off++
		}
		if !isDigit(s.peek(0), base) {
			if d := s.peek(0); base < 10 && '0' <= d && d <= '9' {
				s.fail(s.pos(), "invalid digit '%c' in %s literal", d, kind)
			} else if s.err == nil {
				s.fail(s.posAt(s.off-1), "invalid %s literal", kind)
			}
			return
		}
		if !s.digits(base, kind) {
			return
		}
		if d := s.peek(0); base < 10 && '0' <= d && d <= '9' {
			s.fail(s.pos(), "invalid digit '%c' in %s literal", d, kind)
			return
		}
		s.endOfNumber(kind, start, p)
		return
	}
	if c != '.' {
		if !s.digits(10, kind) && s.err != nil {
			return
		}
		if c == '0' {
			// Leading zeros are only allowed when every digit is zero.
			for _, d := range s.src[start:s.off] {
				if d != '0' && d != '_' {
					next := s.peek(0)
					if next != '.' && next|0x20 != 'e' && next|0x20 != 'j' {
						s.fail(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
						return
					}
					break
				}
			}
		}
	}
	if s.peek(0) == '.' {
		s.off++
		if isDigit(s.peek(0), 10) {
			if !s.digits(10, kind) && s.err != nil {
				return
			}
		}
	}
	if s.peek(0)|0x20 == 'e' {
		e := s.off
		s.off++
		if s.peek(0) == '+' || s.peek(0) == '-' {
			s.off++
		}
		if !isDigit(s.peek(0), 10) {
			s.fail(s.posAt(e-1), "invalid decimal literal")
			return
		}
		if !s.digits(10, kind) {
			return
		}
	}
	if s.peek(0)|0x20 == 'j' {
		s.off++
	}
	s.endOfNumber(kind, start, p)
}

// endOfNumber rejects a number immediately followed by an identifier
// character, except for the keywords CPython tolerates there.
func (s *scanner) endOfNumber(kind string, start int, p lexer.Position) {
	if s.off < len(s.src) {
		r, _ := utf8.DecodeRune(s.src[s.off:])
		if isIdentChar(r) {
			rest := s.src[s.off:]
			ok := false
			for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
				if bytes.HasPrefix(rest, []byte(kw)) {
					ok = true
				}
			}
			if !ok {
				s.fail(s.posAt(s.off-1), "invalid %s literal", kind)
				return
			}
		}
	}
	s.emit(tokNumber, string(s.src[start:s.off]), p)
}
